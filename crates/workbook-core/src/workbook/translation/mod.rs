//! Translations of workbooks and of the shared glossary, one TOML file per language and
//! English file: `workbooks/i18n/<lang>/<name>.toml` beside `workbooks/<name>.toml`.
//!
//! Every text a reader sees has a stable key made of ids that never change with the language
//! (`questions.has_mapped.prompt`, `questions.threats.choices.far_right`,
//! `sections.method.examples."Cape Town".text`, `glossary.Baseline.definition`), and the
//! translation file holds, under that key, the translated `text` and the `source`: a short hash
//! of the English it was translated from ([`source_hash`]). Comparing hashes tells a translator
//! exactly which entries are missing, stale (the English changed since) or orphaned (the key
//! names nothing any more). Ids, choice values, kinds and conditions are never translated, so
//! answers stored under one language read the same under any other.
//!
//! - [`texts`]: every translatable text of a workbook or glossary, with its key and its place in
//!   the English file; [`apply`] puts a translation's texts in place.
//! - [`file`]: reading a translation file, every problem located.
//! - [`check`]: what `workbook validate --lang` reports.
//! - [`template`]: a file to fill in, for what is missing or stale.

pub mod check;
pub mod file;
pub mod markdown;
pub mod template;
pub mod texts;

#[cfg(test)]
mod workbook_tests;

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use check::{English, check};
pub use file::{Entry, Translation, parse};
pub use template::{Template, template};
pub use texts::{Form, Text, apply, apply_glossary, glossary_texts, workbook_texts};

/// The folder, beside the English workbooks, that holds one folder of translations per
/// language.
pub const FOLDER: &str = "i18n";

/// How many hex digits of the SHA-256 a `source` keeps.
pub const HASH_DIGITS: usize = 8;

/// The `source` of a translation of `english`: the first 8 hex digits (lowercase) of the
/// SHA-256 of its UTF-8 bytes, with CRLF line ends read as LF (so a checkout that converts line
/// ends changes nothing). The same as `printf '%s' "$TEXT" | sha256sum | cut -c1-8`.
pub fn source_hash(english: &str) -> String {
    let digest = Sha256::digest(english.replace("\r\n", "\n").as_bytes());
    let mut hex = String::with_capacity(HASH_DIGITS);
    for byte in digest.iter().take(HASH_DIGITS / 2) {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// Where the translation into `lang` of the English file `english` lives:
/// `<its folder>/i18n/<lang>/<its file name>`.
pub fn path_for(english: &Path, lang: &Lang) -> PathBuf {
    let folder = english.parent().unwrap_or(Path::new(""));
    let name = english.file_name().unwrap_or_default();
    folder.join(FOLDER).join(lang.as_str()).join(name)
}

/// A language as a BCP 47 tag (`fr`, `es`, `ar`, `pt-BR`, `sr-Latn`), in its usual case: the
/// language in lowercase, a script in title case, a region in uppercase. It names a folder, so
/// it holds only ASCII letters, digits and hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lang(String);

impl Lang {
    /// Reads a tag; the error says what a tag looks like.
    pub fn parse(tag: &str) -> Result<Lang, String> {
        let mut parts = tag.split('-');
        let language = parts.next().unwrap_or_default();
        let well_formed = (2..=3).contains(&language.len())
            && language.chars().all(|c| c.is_ascii_alphabetic())
            && tag.split('-').skip(1).all(|p| {
                (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !well_formed {
            return Err(if tag.contains('_') {
                crate::tr!(
                    "core-lang-underscore",
                    tag = tag,
                    written = tag.replace('_', "-")
                )
            } else {
                crate::tr!("core-lang-not-a-tag", tag = tag)
            });
        }
        let language = language.to_ascii_lowercase();
        if language == "en" {
            return Err(crate::tr!("core-lang-english", tag = tag));
        }
        let mut canonical = language;
        for part in parts {
            canonical.push('-');
            canonical.push_str(&match part.len() {
                2 if part.chars().all(|c| c.is_ascii_alphabetic()) => part.to_ascii_uppercase(),
                4 if part.chars().all(|c| c.is_ascii_alphabetic()) => {
                    let lower = part.to_ascii_lowercase();
                    lower[..1].to_ascii_uppercase() + &lower[1..]
                }
                _ => part.to_ascii_lowercase(),
            });
        }
        Ok(Lang(canonical))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a text lives in a translation file: its table names, written as a TOML dotted key
/// (`questions.has_mapped.plan_sentence.yes`, `glossary."Hate crime".term`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(Vec<String>);

impl Key {
    pub fn new(parts: Vec<String>) -> Key {
        Key(parts)
    }

    pub fn parts(&self) -> &[String] {
        &self.0
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, part) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            f.write_str(&toml_key(part))?;
        }
        Ok(())
    }
}

/// One key as TOML writes it: bare when it can be, else quoted.
pub fn toml_key(part: &str) -> String {
    let bare = !part.is_empty()
        && part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare { part.to_string() } else { quoted(part) }
}

/// `text` as a one-line TOML basic string.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_start_of_sha256() {
        // printf '%s' 'hello' | sha256sum → 2cf24dba5fb0a30e26e83b2ac5b9e29e...
        assert_eq!(source_hash("hello"), "2cf24dba");
        // printf '' | sha256sum → e3b0c442...
        assert_eq!(source_hash(""), "e3b0c442");
        assert_eq!(source_hash("é"), source_hash("\u{e9}"));
        assert_ne!(source_hash("é"), source_hash("e\u{301}"));
        assert_eq!(source_hash("a\r\nb\r\n"), source_hash("a\nb\n"));
    }

    #[test]
    fn language_tags_are_read_in_their_usual_case() {
        assert_eq!(Lang::parse("fr").unwrap().as_str(), "fr");
        assert_eq!(Lang::parse("PT-br").unwrap().as_str(), "pt-BR");
        assert_eq!(Lang::parse("sr-latn-rs").unwrap().as_str(), "sr-Latn-RS");
        assert_eq!(Lang::parse("es-419").unwrap().as_str(), "es-419");
        assert!(Lang::parse("fr_FR").unwrap_err().contains("write `fr-FR`"));
        for bad in [
            "",
            "f",
            "french",
            "../fr",
            "fr/..",
            "fr-",
            "fr--x",
            "12",
            "fr-toolongpart",
        ] {
            assert!(Lang::parse(bad).is_err(), "{bad} was accepted");
        }
        assert!(Lang::parse("en").unwrap_err().contains("English"));
        assert!(Lang::parse("EN-gb").is_err());
    }

    #[test]
    fn keys_are_written_as_toml_dotted_keys() {
        let key = Key::new(vec![
            "questions".into(),
            "prevention.hard_to_reach".into(),
            "guidance".into(),
        ]);
        assert_eq!(
            key.to_string(),
            "questions.\"prevention.hard_to_reach\".guidance"
        );
        let parsed: toml::Table = toml::from_str(&format!("{key} = 1")).unwrap();
        assert!(parsed["questions"]["prevention.hard_to_reach"]["guidance"].is_integer());
        assert_eq!(quoted("a \"b\"\n\\"), "\"a \\\"b\\\"\\n\\\\\"");
    }

    #[test]
    fn translations_sit_beside_the_english_file() {
        let lang = Lang::parse("fr").unwrap();
        assert_eq!(
            path_for(Path::new("workbooks/mapping.toml"), &lang),
            Path::new("workbooks/i18n/fr/mapping.toml")
        );
        assert_eq!(
            path_for(Path::new("glossary.toml"), &lang),
            Path::new("i18n/fr/glossary.toml")
        );
    }
}
