//! City display names to file names. A name is display text, never a path: the file stem is an
//! ASCII slug of the name plus a hash of its case-folded form, so that any name (accents,
//! non-Latin scripts, `../x`, `CON`, `a/b.`) maps to one safe file and two names never share it.

use std::path::{Component, Path};

use unicode_normalization::UnicodeNormalization;

/// Longest accepted city name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// Longest slug part of a file name, so that the file name stays far below 255 bytes.
const MAX_SLUG: usize = 40;

/// Why a name cannot be a city name; the text is written for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BadName(pub String);

/// Checks a display name and returns it trimmed and in Unicode NFC form.
pub fn clean_name(name: &str) -> Result<String, BadName> {
    let name: String = name.trim().nfc().collect();
    if name.is_empty() {
        return Err(BadName("a city name cannot be empty".into()));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(BadName(format!(
            "a city name cannot contain control characters (found U+{:04X})",
            c as u32
        )));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(BadName(format!(
            "a city name can have at most {MAX_NAME_CHARS} characters"
        )));
    }
    Ok(name)
}

/// The form names are compared in: NFC, then lower case, so `Zürich`, `ZÜRICH` and a decomposed
/// `Zu\u{308}rich` are one city.
pub fn name_key(name: &str) -> String {
    name.trim().nfc().collect::<String>().to_lowercase()
}

/// Whether two display names name the same city.
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// The file stem for a city: `slug-hash`, for example `sao-paulo-3f9a1c0b27d4`.
pub fn file_stem(name: &str) -> String {
    let key = name_key(name);
    format!(
        "{}-{:012x}",
        slug(&key),
        fnv1a(key.as_bytes()) & 0xffff_ffff_ffff
    )
}

/// Whether `stem` could have been made by [`file_stem`]; the store only touches such files.
pub fn is_stem(stem: &str) -> bool {
    let Some((slug, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    hash.len() == 12
        && hash
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        && !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `file` is exactly one ordinary path component (no `/`, `..`, drive or root), so that
/// joining it to the data directory stays inside it.
pub fn is_single_component(file: &str) -> bool {
    let mut components = Path::new(file).components();
    matches!(
        (components.next(), components.next()),
        (Some(Component::Normal(c)), None) if c == file
    )
}

/// ASCII letters and digits of the name, lower case, runs of anything else as one `-`; `city`
/// when nothing is left (a name in a non-Latin script). Accented Latin letters lose the accent.
fn slug(key: &str) -> String {
    let mut out = String::new();
    for c in key.nfd() {
        if c.is_ascii_alphanumeric() {
            if out.len() >= MAX_SLUG {
                break;
            }
            out.push(c.to_ascii_lowercase());
        } else if unicode_normalization::char::is_combining_mark(c) {
            continue;
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "city".to_string()
    } else {
        trimmed.to_string()
    }
}

/// 64-bit FNV-1a: tiny, and stable across Rust versions and platforms (std's hasher is not), so
/// a city keeps its file name forever.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_become_one_safe_component() {
        let names = [
            "../../etc/passwd",
            "/absolute",
            "C:\\Windows",
            "CON",
            "nul",
            "a/b.",
            "..",
            ".",
            "東京",
            "القاهرة",
            "São Paulo",
            "name with spaces   ",
            "\u{202e}evil",
        ];
        for name in names {
            let stem = file_stem(name);
            assert!(is_stem(&stem), "{name:?} -> {stem}");
            assert!(is_single_component(&format!("{stem}.toml")), "{stem}");
            assert!(!stem.starts_with('.') && !stem.starts_with('-'), "{stem}");
        }
        assert!(file_stem("São Paulo").starts_with("sao-paulo-"));
        assert!(file_stem("東京").starts_with("city-"));
        assert!(file_stem("CON").starts_with("con-"));
    }

    #[test]
    fn names_compare_case_and_normalisation_insensitively() {
        assert!(same_name("Zürich", "ZÜRICH"));
        assert!(same_name("Zürich", "Zu\u{308}rich"));
        assert_eq!(file_stem("Zürich"), file_stem("zu\u{308}RICH "));
        assert_ne!(file_stem("Zürich"), file_stem("Zurich"));
        assert_ne!(file_stem("a/b"), file_stem("a b"));
    }

    #[test]
    fn bad_names_are_refused_with_a_reason() {
        assert!(clean_name("   ").unwrap_err().0.contains("empty"));
        assert!(clean_name("a\u{7}b").unwrap_err().0.contains("U+0007"));
        assert!(clean_name("a\nb").is_err());
        assert!(clean_name(&"x".repeat(MAX_NAME_CHARS + 1)).is_err());
        assert_eq!(clean_name("  Lyon ").unwrap(), "Lyon");
    }

    #[test]
    fn single_component_check_rejects_paths() {
        assert!(is_single_component("lyon-0123456789ab.toml"));
        for bad in ["", ".", "..", "a/b", "/a", "../a"] {
            assert!(!is_single_component(bad), "{bad:?}");
        }
    }
}
