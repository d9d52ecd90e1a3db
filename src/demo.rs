//! The demo city for trainers: a fictional city with partly complete answers. It lives in a
//! throwaway folder of its own, never in the user's data directory, so a demo can neither read
//! nor change real cities.

use std::fs;
use std::path::PathBuf;

use crate::profile::Profile;
use crate::profile::store::{Store, Wait};

/// The demo city's answers, compiled into the program.
pub const DEMO_PROFILE: &str = include_str!("../demo/demo-city.toml");

/// The demo city's name (as in [`DEMO_PROFILE`]; a test keeps the two the same), known
/// without parsing the profile, which `workbook demo` then reads once, from its copy.
pub const DEMO_CITY: &str = "Alderwyn (demo city)";

/// Environment variable naming the demo's throwaway folder (default: the user's cache folder).
pub const WORKBOOK_DEMO_DIR: &str = "WORKBOOK_DEMO_DIR";

/// What can keep the demo from opening.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    Broken(#[from] toml::de::Error),
    NoHome,
    Reset {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Store(#[from] crate::profile::StoreError),
}

impl std::fmt::Display for DemoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            DemoError::Broken(error) => {
                crate::tr!("cli-demo-broken", error = error.to_string())
            }
            DemoError::NoHome => crate::tr!("cli-demo-no-home", variable = WORKBOOK_DEMO_DIR),
            DemoError::Reset { dir, .. } => {
                crate::tr!("cli-demo-cannot-reset", dir = dir.display().to_string())
            }
            DemoError::Store(error) => error.to_string(),
        };
        f.write_str(&text)
    }
}

/// [`DEMO_PROFILE`]'s values as MessagePack, written by the build (see build.rs).
static DEMO_BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/demo-city.msgpack"));

/// The pristine demo profile: decoded from what the build wrote, which takes a fifth of the
/// time parsing the TOML takes (`plan --demo` reads it at every start).
pub fn pristine() -> Result<Profile, DemoError> {
    match rmp_serde::from_slice(DEMO_BAKED) {
        Ok(profile) => Ok(profile),
        // Only a program built wrongly gets here; the TOML says the same.
        Err(_) => parsed(),
    }
}

/// The pristine demo profile, parsed from its TOML.
fn parsed() -> Result<Profile, DemoError> {
    Ok(toml::from_str(DEMO_PROFILE)?)
}

/// The throwaway folder holding the demo's copy: `WORKBOOK_DEMO_DIR`, else `demo/` in the
/// user's cache folder (e.g. `~/.cache/workbook/demo`).
pub fn demo_dir() -> Result<PathBuf, DemoError> {
    if let Some(dir) = std::env::var_os(WORKBOOK_DEMO_DIR) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Strong Cities Network", "workbook")
        .map(|d| d.cache_dir().join("demo"))
        .ok_or(DemoError::NoHome)
}

/// Makes sure the throwaway folder holds a copy of the demo city (a fresh one when `reset`),
/// and returns the folder's store and the demo city's name.
pub fn prepare(reset: bool) -> Result<(Store, String), DemoError> {
    let dir = demo_dir()?;
    if reset && dir.exists() {
        fs::remove_dir_all(&dir).map_err(|source| DemoError::Reset {
            dir: dir.clone(),
            source,
        })?;
    }
    let store = Store::open(&dir)?;
    let name = DEMO_CITY.to_string();
    if !store.city_path(&name).exists() {
        let demo = pristine()?;
        let (mut session, _) = store.create(demo.city.clone(), Wait::NO)?;
        session.save(&demo)?;
    }
    Ok((store, name))
}

/// The demo city as it stands: the throwaway copy if a demo has run, else the pristine one.
/// Reads only; never creates the throwaway folder.
pub fn current() -> Result<Profile, DemoError> {
    let demo = pristine()?;
    let dir = demo_dir()?;
    if !dir.join("cities").exists() {
        return Ok(demo);
    }
    let store = Store::open(&dir)?;
    if !store.city_path(&demo.city.name).exists() {
        return Ok(demo);
    }
    Ok(store.load(&demo.city.name)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_city_is_named_as_its_profile_says() {
        assert_eq!(pristine().expect("the demo city").city.name, DEMO_CITY);
    }

    #[test]
    fn the_baked_demo_city_is_the_one_its_toml_says() {
        let baked: Profile = rmp_serde::from_slice(DEMO_BAKED).expect("the baked demo city");
        let parsed = parsed().expect("the demo city's TOML");
        assert_eq!(baked, parsed);
        // Every value, in the form the store writes it, too.
        assert_eq!(
            crate::encode::toml::to_string(&baked).ok(),
            crate::encode::toml::to_string(&parsed).ok()
        );
    }
}
