//! City display names to file names. A name is display text, never a path: the file stem is an
//! ASCII slug of the name plus a hash of its comparison key, so that any name (accents,
//! non-Latin scripts, `../x`, `CON`, `a/b.`) maps to one safe file and two names never share it.
//!
//! Two names are the same city when their keys are equal: Unicode compatibility caseless
//! matching (NFKC and full case folding), so `Lyon`, `LYON` and the fullwidth `ＬＹＯＮ` are one
//! city. Characters that show as nothing are refused outright, because no key can make
//! `Lyon` and `Ly<zero width space>on` look different in a list.

use std::path::{Component, Path};

use caseless::Caseless;
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

use crate::tr;

/// Longest accepted city name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// Longest slug part of a file name, so that the file name stays far below 255 bytes.
const MAX_SLUG: usize = 40;

/// Why a name cannot be a city name; each message says what to type instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadName {
    Empty,
    Control {
        code: u32,
        position: usize,
    },
    /// `what` is the id of the message that says what kind of character it is.
    Invisible {
        code: u32,
        position: usize,
        what: &'static str,
    },
    TooLong,
}

impl std::fmt::Display for BadName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            BadName::Empty => tr!("profile-name-empty"),
            BadName::Control { code, position } => tr!(
                "profile-name-control",
                code = format!("U+{code:04X}"),
                position = *position
            ),
            BadName::Invisible {
                code,
                position,
                what,
            } => tr!(
                "profile-name-invisible",
                code = format!("U+{code:04X}"),
                position = *position,
                what = crate::messages::ui().text(what)
            ),
            BadName::TooLong => tr!("profile-name-too-long", most = MAX_NAME_CHARS),
        };
        f.write_str(&text)
    }
}

/// Checks a display name and returns it trimmed and in Unicode NFC form. Width and case stay
/// as typed: only the comparison key ignores them.
pub fn clean_name(name: &str) -> Result<String, BadName> {
    let name: String = name.trim().nfc().collect();
    if name.is_empty() {
        return Err(BadName::Empty);
    }
    for (index, c) in name.chars().enumerate() {
        let (code, position) = (c as u32, index + 1);
        if c.is_control() {
            return Err(BadName::Control { code, position });
        }
        if let Some(what) = invisible(c) {
            return Err(BadName::Invisible {
                code,
                position,
                what,
            });
        }
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(BadName::TooLong);
    }
    Ok(name)
}

/// What `c` is, if it is a character that shows as nothing (or as a blank where no space is).
///
/// - General category Cf (format): zero-width space and joiners, direction marks and
///   overrides, the soft hyphen, word joiner, byte order mark, tag characters.
/// - Zl, Zp: line and paragraph separators would break the line in every list.
/// - Cn: a code point with no character yet; no font draws it, so it cannot be told apart.
/// - Variation selectors (the Unicode property Variation_Selector, a Mn range the general
///   category does not single out) are refused too: they never change which letters a name
///   has, only which glyph is drawn (emoji or text style, an ideograph variant), and where the
///   font has no such sequence they show as nothing, so `Lyon` and `Lyon` + U+FE0F would list
///   identically while NFKC keeps them apart. An official city name needs neither an emoji
///   presentation nor a glyph variant; the name without the selector names the same city.
/// - The blank fillers: the Hangul fillers and the combining grapheme joiner (the assigned
///   Other_Default_Ignorable_Code_Point characters), the Khmer inherent vowels that fonts
///   do not draw, and the blank Braille pattern that is a letter-like "invisible space".
fn invisible(c: char) -> Option<&'static str> {
    match c.general_category() {
        GeneralCategory::Format => Some("profile-name-format-character"),
        GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator => {
            Some("profile-name-separator")
        }
        GeneralCategory::Unassigned => Some("profile-name-unassigned"),
        _ if is_variation_selector(c) => Some("profile-name-variation-selector"),
        _ if BLANK_FILLERS.contains(&c) => Some("profile-name-blank-filler"),
        _ => None,
    }
}

/// Characters outside Cf that draw nothing; see [`invisible`].
const BLANK_FILLERS: [char; 8] = [
    '\u{034F}', '\u{115F}', '\u{1160}', '\u{17B4}', '\u{17B5}', '\u{2800}', '\u{3164}', '\u{FFA0}',
];

/// The Variation_Selector property (PropList.txt): Mongolian free variation selectors, VS1-16
/// and the ideographic VS17-256.
fn is_variation_selector(c: char) -> bool {
    matches!(
        c,
        '\u{180B}'..='\u{180D}' | '\u{180F}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}'
    )
}

/// The form names are compared in: Unicode compatibility caseless matching (Unicode 3.13,
/// D146: NFKD(toCasefold(NFKD(toCasefold(NFD(name)))))), then composed. So `Zürich`, `ZÜRICH`
/// and a decomposed `Zu\u{308}rich` are one city, and so are `Straße` and `STRASSE`, the
/// fullwidth `ＬＹＯＮ` and `Lyon`, and Greek names whatever their final sigma. Full case folding
/// comes from `caseless` (the Unicode CaseFolding.txt table), normalisation from
/// `unicode-normalization`.
///
/// The `caseless` table (Unicode 16) can lag std's Unicode data, so a case pair newer than the
/// table (the capital double thorn U+A7D2, say) would not fold, and the upper-cased name would
/// be another city. Lower-casing the folded text closes that gap; it never splits what folding
/// joined, since equal text lower-cases to equal text.
pub fn name_key(name: &str) -> String {
    let key: String = name
        .trim()
        .nfd()
        .default_case_fold()
        .nfkd()
        .default_case_fold()
        .flat_map(char::to_lowercase)
        .nfkc()
        .collect();
    key.trim().to_string()
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
        assert!(same_name("Straße", "STRASSE"));
        assert!(same_name("İstanbul", "i\u{307}stanbul"));
        assert_ne!(file_stem("a/b"), file_stem("a b"));
    }

    #[test]
    fn compatibility_forms_and_full_case_folding_are_one_city() {
        // Fullwidth letters, ligatures and compatibility spaces (NFKC).
        assert!(same_name("Lyon", "ＬＹＯＮ"));
        assert_eq!(file_stem("Lyon"), file_stem("ＬＹＯＮ"));
        assert!(same_name("Ville-ﬂeurie", "Ville-fleurie"));
        assert!(same_name("Lyon Métropole", "Lyon\u{3000}MÉTROPOLE"));
        // Greek final sigma folds like any sigma, Cherokee to its capitals.
        assert!(same_name("Κως", "ΚΩΣ"));
        assert!(same_name("Κως", "κωσ"));
        assert!(same_name("\u{13A0}\u{13A1}", "\u{AB70}\u{AB71}"));
        // A case pair newer than the case folding table (found by the property test below).
        assert!(same_name("\u{A7D2}", "\u{A7D3}"));
        assert!(!same_name("Lyon", "Lyons"));
    }

    #[test]
    fn bad_names_are_refused_with_a_reason() {
        assert_eq!(clean_name("   "), Err(BadName::Empty));
        assert!(
            clean_name("a\u{7}b")
                .unwrap_err()
                .to_string()
                .contains("U+0007")
        );
        assert!(clean_name("a\nb").is_err());
        assert_eq!(
            clean_name(&"x".repeat(MAX_NAME_CHARS + 1)),
            Err(BadName::TooLong)
        );
        assert_eq!(clean_name("  Lyon ").unwrap(), "Lyon");
    }

    #[test]
    fn invisible_characters_are_refused_by_code_point() {
        let refused = [
            ('\u{200B}', "format"),    // zero width space
            ('\u{200D}', "format"),    // zero width joiner
            ('\u{2060}', "format"),    // word joiner
            ('\u{FEFF}', "format"),    // byte order mark
            ('\u{00AD}', "format"),    // soft hyphen
            ('\u{202E}', "format"),    // right-to-left override
            ('\u{2066}', "format"),    // left-to-right isolate
            ('\u{E0041}', "format"),   // tag latin capital letter a
            ('\u{2028}', "separator"), // line separator
            ('\u{FE0F}', "variation selector"),
            ('\u{E0100}', "variation selector"),
            ('\u{180B}', "variation selector"),
            ('\u{115F}', "filler"),
            ('\u{1160}', "filler"),
            ('\u{3164}', "filler"),
            ('\u{FFA0}', "filler"),
            ('\u{2800}', "filler"),
            ('\u{034F}', "filler"),
            ('\u{0378}', "no character"), // unassigned in Greek and Coptic
        ];
        for (c, what) in refused {
            let name = format!("Ly{c}on");
            let error = clean_name(&name).unwrap_err();
            let message = error.to_string();
            assert!(
                message.contains(&format!("U+{:04X}", c as u32)),
                "{message}"
            );
            assert!(message.contains(what), "{c:?}: {message}");
            assert!(message.contains("character 3"), "{message}");
            assert!(message.contains("Type the name with visible"), "{message}");
        }
        // Visible text of every kind stays accepted.
        for name in [
            "São Paulo",
            "東京",
            "القاهرة",
            "Ρόδος",
            "Saint-Étienne",
            "Київ",
            "Zu\u{308}rich",
            "Lyon ❤",
            "Lyon (69)",
        ] {
            assert!(clean_name(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn single_component_check_rejects_paths() {
        assert!(is_single_component("lyon-0123456789ab.toml"));
        for bad in ["", ".", "..", "a/b", "/a", "../a"] {
            assert!(!is_single_component(bad), "{bad:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_name_gives_one_safe_component(name in "\\PC{0,80}|[./\\\\: \\x00-\\x1f]{0,12}") {
            let stem = file_stem(&name);
            proptest::prop_assert!(is_stem(&stem), "{:?} -> {}", name, stem);
            let file = format!("{stem}.toml");
            proptest::prop_assert!(is_single_component(&file));
            proptest::prop_assert!(file.len() < 80);
            // Upper-casing a Greek letter with an iota subscript (ᾀ, U+0345 once decomposed)
            // writes the iota as a letter of its own, and a combining mark after it then
            // belongs to that letter: "ᾀ\u{c55}" and its upper case are not the same text, and
            // no caseless match treats them so. Every other name folds to one city.
            if !name.nfd().any(|c| c == '\u{345}') {
                proptest::prop_assert_eq!(&stem, &file_stem(&name.to_uppercase()));
            }
            proptest::prop_assert_eq!(&stem, &file_stem(&name.to_lowercase()));
            proptest::prop_assert_eq!(name_key(&name_key(&name)), name_key(&name));
        }
    }
}
