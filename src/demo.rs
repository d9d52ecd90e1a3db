//! The demo city for trainers: a fictional city with partly complete answers. It lives in a
//! throwaway folder of its own, never in the user's data directory, so a demo can neither read
//! nor change real cities.

use std::fs;
use std::path::PathBuf;

use crate::profile::Profile;
use crate::profile::store::{Store, Wait};

/// The demo city's answers, compiled into the program: in English and in each language it is
/// translated into (`demo/i18n/<lang>/demo-city.toml`), as (language, the TOML's values as
/// MessagePack, the TOML), written by the build (see build.rs).
static DEMO_CITIES: &[(&str, &[u8], &str)] = include!(concat!(env!("OUT_DIR"), "/demo-cities.rs"));

/// The English demo city's answers.
pub const DEMO_PROFILE: &str = include_str!("../demo/demo-city.toml");

/// The English demo city's name (as in [`DEMO_PROFILE`]; a test keeps the two the same).
pub const DEMO_CITY: &str = "Alderwyn (demo city)";

/// The demo city's name in each language it comes in (a test keeps each the same as its
/// profile's), known without reading the profile, which `workbook demo` then reads once, from
/// its copy.
const DEMO_NAMES: &[(&str, &str)] = &[
    ("en", DEMO_CITY),
    ("fr", "Alderwyn (ville de démonstration)"),
    ("es", "Alderwyn (ciudad de demostración)"),
    ("ar", "ألدروين (مدينة تجريبية)"),
];

/// The language the demo city is shown in: the one the program speaks, if the demo comes in
/// it, else English.
pub fn language() -> &'static str {
    embedded(crate::messages::ui().tag()).0
}

/// The demo city embedded for `tag`: its language, decoded profile and TOML; the English one
/// when the demo city does not come in `tag`.
fn embedded(tag: &str) -> &'static (&'static str, &'static [u8], &'static str) {
    DEMO_CITIES
        .iter()
        .find(|(t, _, _)| *t == tag)
        .unwrap_or(&DEMO_CITIES[0])
}

/// The demo city's name in `tag`.
pub fn name_in(tag: &str) -> &'static str {
    DEMO_NAMES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(DEMO_CITY, |(_, name)| name)
}

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

/// The pristine demo profile in the language the program speaks.
pub fn pristine() -> Result<Profile, DemoError> {
    pristine_in(language())
}

/// The pristine demo profile in `tag`: decoded from what the build wrote, which takes a fifth
/// of the time parsing the TOML takes (`plan --demo` reads it at every start). A translated
/// demo city writes its plan in its language.
pub fn pristine_in(tag: &str) -> Result<Profile, DemoError> {
    let (tag, baked, toml) = embedded(tag);
    let mut profile = match rmp_serde::from_slice(baked) {
        Ok(profile) => profile,
        // Only a program built wrongly gets here; the TOML says the same.
        Err(_) => parsed(toml)?,
    };
    if *tag != "en" {
        set_language(&mut profile, tag);
    }
    Ok(profile)
}

fn set_language(profile: &mut Profile, tag: &str) {
    profile.city.lang = Some(tag.to_string());
    profile.settle_format();
}

/// A demo profile parsed from its TOML.
fn parsed(toml: &str) -> Result<Profile, DemoError> {
    Ok(toml::from_str(toml)?)
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
    let name = name_in(language()).to_string();
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
    fn the_demo_city_is_named_as_its_profile_says_in_every_language() {
        assert_eq!(DEMO_CITIES.len(), DEMO_NAMES.len());
        for (tag, _, _) in DEMO_CITIES {
            let demo = pristine_in(tag).expect("the demo city");
            assert_eq!(demo.city.name, name_in(tag), "{tag}");
            assert_eq!(demo.city.lang.as_deref(), (*tag != "en").then_some(*tag));
        }
        assert_eq!(name_in("en"), DEMO_CITY);
    }

    #[test]
    fn the_baked_demo_city_is_the_one_its_toml_says() {
        for (tag, baked, toml) in DEMO_CITIES {
            let baked: Profile = rmp_serde::from_slice(baked).expect("the baked demo city");
            let parsed = parsed(toml).expect("the demo city's TOML");
            assert_eq!(baked, parsed, "{tag}");
            // Every value, in the form the store writes it, too.
            assert_eq!(
                crate::encode::toml::to_string(&baked).ok(),
                crate::encode::toml::to_string(&parsed).ok(),
                "{tag}"
            );
        }
    }

    #[test]
    fn the_demo_speaks_the_program_s_language() {
        let _french = crate::messages::speak_on_this_thread("fr");
        assert_eq!(language(), "fr");
        assert_eq!(
            pristine().unwrap().city.name,
            "Alderwyn (ville de démonstration)"
        );
        let _german = crate::messages::speak_on_this_thread("de");
        assert_eq!(language(), "en");
    }
}
