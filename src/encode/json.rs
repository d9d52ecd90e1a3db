//! JSON with every character in [`super::must_escape`] written as `\uXXXX`. serde_json already
//! escapes C0 controls, `"` and `\`; it passes DEL, C1 controls and bidi marks through raw,
//! which is what this formatter adds to.

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::find_escape;

/// Indented JSON, as every `--json` and the plan's JSON format print it.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = Vec::with_capacity(128);
    let formatter = Escaping(PrettyFormatter::new());
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    value.serialize(&mut serializer)?;
    String::from_utf8(out).map_err(serde::ser::Error::custom)
}

/// serde_json's pretty layout, escaping more inside strings. Every layout hook is forwarded
/// because `PrettyFormatter` keeps its indentation state in them.
struct Escaping(PrettyFormatter<'static>);

impl Formatter for Escaping {
    fn write_string_fragment<W>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // serde_json has escaped C0 controls, line feeds included, before this point.
        let mut rest = fragment;
        while let Some((at, c)) = find_escape(rest) {
            self.0.write_string_fragment(writer, &rest[..at])?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        self.0.write_string_fragment(writer, rest)
    }

    fn begin_array<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.begin_array(writer)
    }

    fn end_array<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.end_array(writer)
    }

    fn begin_array_value<W>(&mut self, writer: &mut W, first: bool) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.end_array_value(writer)
    }

    fn begin_object<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.begin_object(writer)
    }

    fn end_object<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.end_object(writer)
    }

    fn begin_object_key<W>(&mut self, writer: &mut W, first: bool) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.begin_object_key(writer, first)
    }

    fn end_object_key<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.end_object_key(writer)
    }

    fn begin_object_value<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::to_string_pretty;
    use crate::encode::must_escape;

    #[test]
    fn controls_and_bidi_marks_become_u_escapes() {
        let text = "a\u{1b}[31m\u{7f}\u{9b}\u{202e}\u{2066}\u{61c}\u{200f}b";
        assert_eq!(
            to_string_pretty(&text).unwrap(),
            r#""a\u001b[31m\u007f\u009b\u202e\u2066\u061c\u200fb""#
        );
    }

    #[test]
    fn serde_json_s_own_escapes_and_other_text_are_unchanged() {
        let text = "q\"b\\n\n\t/é😀\u{2028}";
        assert_eq!(
            to_string_pretty(&text).unwrap(),
            serde_json::to_string(&text).unwrap()
        );
    }

    #[test]
    fn pretty_layout_is_serde_json_s() {
        let mut map = BTreeMap::new();
        map.insert("k\u{9b}", vec!["v\u{7f}", "w"]);
        map.insert("plain", vec![]);
        let ours = to_string_pretty(&map).unwrap();
        let theirs = serde_json::to_string_pretty(&map)
            .unwrap()
            .replace('\u{9b}', "\\u009b")
            .replace('\u{7f}', "\\u007f");
        assert_eq!(ours, theirs);
    }

    fn hostile_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::char::range('\u{0}', '\u{a0}'),
            prop::sample::select(vec![
                '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}',
                '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '"', '\\', '\'', '\n',
                '\r', 'é', '😀',
            ]),
            any::<char>(),
        ]
    }

    fn hostile_string() -> impl Strategy<Value = String> {
        prop::collection::vec(hostile_char(), 0..24).prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #[test]
        fn no_raw_control_and_exact_round_trip(
            map in prop::collection::btree_map(hostile_string(), hostile_string(), 0..6),
        ) {
            let json = to_string_pretty(&map).unwrap();
            prop_assert!(!json.chars().any(|c| must_escape(c) && c != '\n'), "{json:?}");
            // The only line breaks are the layout's, one entry a line: none is inside a string.
            prop_assert_eq!(json.lines().count(), if map.is_empty() { 1 } else { map.len() + 2 });
            let back: BTreeMap<String, String> = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back, map);
        }
    }
}
