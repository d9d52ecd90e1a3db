//! A value with the byte range it came from in its workbook file, so that every problem can be
//! shown at its line and column.
//!
//! It reads from TOML exactly like `toml::Spanned` (the TOML parser fills in the range), and it
//! also goes through a compact binary form with its range kept, which is how the built-in
//! workbooks are embedded in the program already parsed and checked.

use std::cell::Cell;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeTuple, Serializer};

// The names the TOML parser recognises to fill in a value's range (the same as `toml::Spanned`).
const NAME: &str = "$__serde_spanned_private_Spanned";
const START: &str = "$__serde_spanned_private_start";
const END: &str = "$__serde_spanned_private_end";
const VALUE: &str = "$__serde_spanned_private_value";
const FIELDS: &[&str] = &[START, END, VALUE];

thread_local! {
    /// Where the text being read starts in its file (see [`with_offset`]).
    static OFFSET: Cell<usize> = const { Cell::new(0) };
}

/// Reads with every range moved `offset` bytes on: `read` parses a part of a file that starts
/// at that byte (a large workbook is parsed in parts, see `split`), and the ranges come out as
/// they are in the whole file.
pub fn with_offset<R>(offset: usize, read: impl FnOnce() -> R) -> R {
    struct Restore(usize);
    impl Drop for Restore {
        fn drop(&mut self) {
            OFFSET.set(self.0);
        }
    }
    let _restore = Restore(OFFSET.replace(offset));
    read()
}

/// A value and its byte range in the source. Two spanned values are equal when their values
/// are: where something was written does not change what it says.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    span: Range<usize>,
    value: T,
}

impl<T> Spanned<T> {
    pub fn new(span: Range<usize>, value: T) -> Spanned<T> {
        Spanned { span, value }
    }

    /// The byte range of the value in its file.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    pub fn get_ref(&self) -> &T {
        &self.value
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T: Hash> Hash for Spanned<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl<T: PartialOrd> PartialOrd for Spanned<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: Ord> Ord for Spanned<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<T> std::borrow::Borrow<str> for Spanned<T>
where
    T: std::borrow::Borrow<str>,
{
    fn borrow(&self) -> &str {
        self.value.borrow()
    }
}

/// Text formats (TOML, JSON) write the value alone; binary formats keep the range as well.
impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            return self.value.serialize(serializer);
        }
        // A tuple, not a struct, so that a format writing field names keeps it small.
        let mut out = serializer.serialize_tuple(3)?;
        out.serialize_element(&self.span.start)?;
        out.serialize_element(&self.span.end)?;
        out.serialize_element(&self.value)?;
        out.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct(NAME, FIELDS, SpannedVisitor(PhantomData))
    }
}

struct SpannedVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
    type Value = Spanned<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a value with its place in the file")
    }

    /// The TOML parser gives the range and the value as fields.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Spanned<T>, A::Error> {
        let (mut start, mut end, mut value): (Option<usize>, Option<usize>, Option<T>) =
            (None, None, None);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                START => start = Some(map.next_value()?),
                END => end = Some(map.next_value()?),
                VALUE => value = Some(map.next_value()?),
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            }
        }
        match (start, end, value) {
            (Some(start), Some(end), Some(value)) => {
                let offset = OFFSET.get();
                Ok(Spanned::new(start + offset..end + offset, value))
            }
            (None, _, _) => Err(de::Error::missing_field(START)),
            (_, None, _) => Err(de::Error::missing_field(END)),
            (_, _, None) => Err(de::Error::missing_field(VALUE)),
        }
    }

    /// The binary form is the range and the value, in order.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Spanned<T>, A::Error> {
        let missing = |field| de::Error::missing_field(field);
        let start = seq.next_element()?.ok_or_else(|| missing(START))?;
        let end = seq.next_element()?.ok_or_else(|| missing(END))?;
        let value = seq.next_element()?.ok_or_else(|| missing(VALUE))?;
        Ok(Spanned::new(start..end, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, serde::Serialize, Debug, PartialEq)]
    struct Doc {
        name: Spanned<String>,
        items: Spanned<Vec<i64>>,
    }

    #[test]
    fn toml_fills_in_the_range() {
        let text = "name = \"abc\"\nitems = [1, 2]\n";
        let doc: Doc = toml::from_str(text).unwrap();
        assert_eq!(&text[doc.name.span()], "\"abc\"");
        assert_eq!(&text[doc.items.span()], "[1, 2]");
        assert_eq!(toml::to_string(&doc).unwrap(), text);
    }

    #[test]
    fn a_part_read_with_its_offset_has_the_ranges_of_the_whole_text() {
        let whole = "# a part before\nname = \"abc\"\nitems = [1, 2]\n";
        let start = whole.find("name").unwrap();
        let doc: Doc = with_offset(start, || toml::from_str(&whole[start..]).unwrap());
        assert_eq!(&whole[doc.name.span()], "\"abc\"");
        assert_eq!(&whole[doc.items.span()], "[1, 2]");
        // Afterwards, ranges are read as they are again.
        let again: Doc = toml::from_str(&whole[start..]).unwrap();
        assert_eq!(again.name.span(), 7..12);
    }
}
