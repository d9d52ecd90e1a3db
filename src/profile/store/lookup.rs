//! Finding cities by name: the computed file first, then every profile in the folder, since
//! the name inside a file is what makes it a city, not the file's name.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::{CityEntry, Store, StoreError, Survey, city_entry, durable, exists, naming, not_found};
use crate::profile::model::Profile;

/// A profile file and what reading it gave.
type ProfileFile = (PathBuf, Result<Profile, StoreError>);

impl Store {
    /// Every profile file in the folder, sorted by file name, each read or with its problem.
    fn profiles(&self) -> Result<Vec<ProfileFile>, StoreError> {
        let entries =
            fs::read_dir(&self.dir).map_err(StoreError::io("profile-io-list", &self.dir))?;
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(StoreError::io("profile-io-list", &self.dir))?;
            let name = entry.file_name();
            if let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".toml"))
                && naming::is_stem(stem)
            {
                files.push(entry.path());
            }
        }
        files.sort();
        Ok(files
            .into_iter()
            .map(|file| {
                let profile = durable::read_profile(&file).map(|(p, _)| p);
                (file, profile)
            })
            .collect())
    }

    /// Every city, sorted by name; unreadable profiles are listed with their problem.
    pub fn list(&self) -> Result<Vec<CityEntry>, StoreError> {
        let mut cities: Vec<CityEntry> = self
            .profiles()?
            .into_iter()
            .map(|(file, profile)| city_entry(file, profile))
            .collect();
        // Accents and case do not move a name: `Évry` sorts among the E.
        cities.sort_by_cached_key(|c| workbook_core::locale::sort_key(&c.name));
        Ok(cities)
    }

    /// Every profile, with the files that cannot be used by name set apart.
    pub fn survey(&self) -> Result<Survey, StoreError> {
        let mut survey = Survey::default();
        let mut by_key: BTreeMap<String, Vec<(PathBuf, Profile)>> = BTreeMap::new();
        for (file, profile) in self.profiles()? {
            match profile {
                Ok(p) => by_key
                    .entry(naming::name_key(&p.city.name))
                    .or_default()
                    .push((file, p)),
                Err(e) => survey.problems.push((file, e)),
            }
        }
        for (_, mut group) in by_key {
            if group.len() == 1 {
                survey.cities.append(&mut group);
                continue;
            }
            let files: Vec<PathBuf> = group.iter().map(|(f, _)| f.clone()).collect();
            for (i, (file, profile)) in group.into_iter().enumerate() {
                let other = files[if i == 0 { 1 } else { 0 }].clone();
                let error = StoreError::Ambiguous {
                    name: profile.city.name,
                    first: file.clone(),
                    second: other,
                };
                survey.problems.push((file, error));
            }
        }
        Ok(survey)
    }

    /// Where a city lives and its profile, read without locking. The computed file is tried
    /// first; an unreadable one there is reported, never skipped. Otherwise every profile in
    /// the folder is read, so a name edited by hand is found; two files holding the name are
    /// an error naming both. (Two files where the computed one matches are not looked for:
    /// that would read every profile on every command.)
    pub fn find(&self, name: &str) -> Result<(PathBuf, Profile), StoreError> {
        let computed = self.city_path(name);
        if exists(&computed)? {
            let (profile, _) = durable::read_profile(&computed)?;
            if naming::same_name(&profile.city.name, name) {
                return Ok((computed, profile));
            }
        }
        let key = naming::name_key(name);
        let survey = self.survey()?;
        if let Some(found) = survey
            .cities
            .into_iter()
            .find(|(_, p)| naming::name_key(&p.city.name) == key)
        {
            return Ok(found);
        }
        let ambiguous = survey.problems.into_iter().find(|(_, e)| {
            matches!(e, StoreError::Ambiguous { name: held, .. } if naming::name_key(held) == key)
        });
        match ambiguous {
            Some((_, error)) => Err(error),
            None => Err(not_found(name)),
        }
    }

    /// Reads a city's profile without locking it (for display and plans).
    pub fn load(&self, name: &str) -> Result<Profile, StoreError> {
        self.find(name).map(|(_, profile)| profile)
    }

    /// The profile file whose newest good backup holds `name`: the computed file first, then
    /// any other (a city whose name was edited by hand, then deleted).
    pub(super) fn backed_up_as(&self, name: &str) -> Option<PathBuf> {
        let holds = |file: &Path| {
            durable::newest_good_backup(file)
                .is_some_and(|(_, p, _)| naming::same_name(&p.city.name, name))
        };
        let computed = self.city_path(name);
        if holds(&computed) {
            return Some(computed);
        }
        let mut files: Vec<PathBuf> = fs::read_dir(&self.dir)
            .ok()?
            .flatten()
            .filter_map(|entry| {
                let file = entry
                    .file_name()
                    .to_str()?
                    .strip_suffix(".bak.1")?
                    .to_owned();
                let stem = file.strip_suffix(".toml")?;
                naming::is_stem(stem).then(|| self.dir.join(&file))
            })
            .collect();
        files.sort();
        files.into_iter().find(|file| holds(file))
    }
}
