//! Which language the workbooks are shown in: `--lang`, else the config file's `lang`, else the
//! system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A city's plan is written in
//! the city's own language (`city new --lang`) unless `--lang` says otherwise.
//!
//! What the program itself says comes from its message files (`locales/`), in the same
//! language: [`speak`] chooses it before the command line is read, so that help and usage
//! errors are in it too.

use std::ffi::OsString;

use crate::workbook::translation::Lang;

/// A language as a user writes it: `en` (with any region) is English, the workbooks' own
/// language (`None`); anything else is a translation's tag.
pub fn parse(tag: &str) -> Result<Option<Lang>, String> {
    let base = tag.split(['-', '_']).next().unwrap_or_default();
    if base.eq_ignore_ascii_case("en") {
        return Ok(None);
    }
    Lang::parse(tag).map(Some)
}

/// The language a locale names (`fr_FR.UTF-8` is French); `None` for `C`, `POSIX`, English,
/// or a value that names no language.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    let language = name.split(['_', '-']).next().unwrap_or_default();
    if language.is_empty() || language == "C" || language == "POSIX" {
        return None;
    }
    parse(language).ok().flatten()
}

/// The first locale variable that is set, in the order the C library reads them for messages.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name).filter(|v| !v.is_empty()))
        .map(|value| from_locale(&value))
        .next()
        .flatten()
}

/// `wanted` as one of the `available` languages: itself, else its language without region or
/// script (`fr-CA` is shown in `fr`); `None` when there is no such translation.
pub fn available(wanted: &Lang, available: &[&str]) -> Option<Lang> {
    if available.contains(&wanted.as_str()) {
        return Some(wanted.clone());
    }
    let base = wanted.as_str().split('-').next().unwrap_or_default();
    available
        .contains(&base)
        .then(|| Lang::parse(base).ok())
        .flatten()
}

/// Chooses the language the program speaks, before the command line is parsed: `--lang` among
/// `args`, else the config file's `lang`, else the locale. Returns the language chosen.
///
/// With `validate` and `translate`, `--lang` names the translation checked or filled in, not
/// the language to speak: a coordinator checking the Arabic translation reads the report in
/// their own language.
pub fn speak(args: &[OsString]) -> &'static str {
    let tag = lang_argument(args)
        .or_else(|| crate::config::Config::load().ok().and_then(|c| c.lang))
        .or_else(|| from_environment(|name| std::env::var(name).ok()).map(|lang| lang.to_string()));
    workbook_core::messages::set_interface(tag.as_deref().unwrap_or("en"))
}

/// The value of `--lang VALUE` or `--lang=VALUE`, wherever it is (it is a global option), up to
/// a `--` that ends the options.
fn lang_argument(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return args.next().map(|v| v.to_string());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// A language's name in itself, for the places a user picks one.
pub fn native_name(tag: &str) -> &str {
    match tag.split('-').next().unwrap_or(tag) {
        "en" => "English",
        "fr" => "Français",
        "es" => "Español",
        "ar" => "العربية",
        "pt" => "Português",
        _ => tag,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(lang: Option<Lang>) -> String {
        lang.map_or("en".to_string(), |l| l.to_string())
    }

    #[test]
    fn locales_name_their_language() {
        assert_eq!(tag(from_locale("fr_FR.UTF-8")), "fr");
        assert_eq!(tag(from_locale("ar_MA.UTF-8")), "ar");
        assert_eq!(tag(from_locale("es_419")), "es");
        assert_eq!(tag(from_locale("C.UTF-8")), "en");
        assert_eq!(tag(from_locale("POSIX")), "en");
        assert_eq!(tag(from_locale("en_GB.UTF-8")), "en");
        assert_eq!(tag(from_locale("sr_RS@latin")), "sr");
    }

    #[test]
    fn lc_all_comes_before_lang() {
        let env = |name: &str| match name {
            "LC_ALL" => Some("es_ES.UTF-8".to_string()),
            "LANG" => Some("fr_FR.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(tag(from_environment(env)), "es");
        let empty_lc_all = |name: &str| match name {
            "LC_ALL" => Some(String::new()),
            "LANG" => Some("fr_FR.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(tag(from_environment(empty_lc_all)), "fr");
    }

    #[test]
    fn lang_is_found_before_the_command_line_is_parsed() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_argument(&args(&["workbook", "plan", "--lang", "fr"])).as_deref(),
            Some("fr")
        );
        assert_eq!(
            lang_argument(&args(&["workbook", "--lang=ar", "list"])).as_deref(),
            Some("ar")
        );
        assert_eq!(
            lang_argument(&args(&["workbook", "answer", "set", "--", "--lang", "fr"])),
            None
        );
    }

    #[test]
    fn a_region_falls_back_to_its_language() {
        let fr_ca = Lang::parse("fr-CA").unwrap();
        assert_eq!(tag(available(&fr_ca, &["en", "fr"])), "fr");
        assert_eq!(available(&fr_ca, &["en", "es"]), None);
        assert_eq!(tag(parse("en-GB").unwrap()), "en");
        assert!(parse("français").is_err());
    }
}
