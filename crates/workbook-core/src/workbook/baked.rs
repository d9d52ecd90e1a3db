//! The built-in catalog in the form the program embeds: parsed, checked and resolved when the
//! program is built, so that starting it reads a compact binary instead of parsing, linting
//! and resolving five workbooks (MessagePack, through `rmp-serde`, which keeps the byte ranges
//! of every value for messages and reads the few untagged values the format has).
//!
//! Structs are written as arrays, without their field names (half the bytes, and most of the
//! work of reading them back was matching names), so every field is written even when empty:
//! the model's types skip none when serialising. The workbooks' file texts are left out too:
//! the program embeds the files anyway ([`builtin_text`]).
//!
//! Each workbook is encoded on its own, after a header that gives their lengths, so that a
//! start decodes them on two threads (the five built-in ones: 1.8 ms on one).

use std::borrow::Cow;

use super::load::{Catalog, LoadedWorkbook, Origin, builtin_text};
use super::resolve::SharedGlossary;
use super::translation::Lang;

/// What precedes the workbooks: the header's own length (4 bytes, little-endian), then this.
#[derive(serde::Serialize, serde::Deserialize)]
struct Header {
    /// The length of each workbook's bytes, in order after the header.
    lengths: Vec<usize>,
    glossary: SharedGlossary,
    /// Where each resolved `uses` entry's answer lives: workbook, section and question index,
    /// and the home workbook (a workbook file cannot say it, so the format has no key for it).
    homes: Vec<(usize, usize, usize, String)>,
    /// The language of the texts (a BCP 47 tag), or none for English.
    language: Option<String>,
}

/// Why an embedded catalog could not be read (only a program built wrongly has one).
#[derive(Debug, thiserror::Error)]
#[error("the built-in workbooks embedded in the program cannot be read: {0}")]
pub struct BakedError(String);

/// The catalog as bytes to embed. A catalog with problems is not embedded: the build stops.
pub fn encode(catalog: &Catalog) -> Result<Vec<u8>, BakedError> {
    if let Some(problem) = catalog.problems.first() {
        return Err(BakedError(problem.to_string()));
    }
    if let Some(other) = catalog
        .workbooks
        .iter()
        .find(|w| w.origin != Origin::BuiltIn)
    {
        return Err(BakedError(format!(
            "only built-in workbooks are embedded, not {}",
            other.display
        )));
    }
    let mut homes = Vec::new();
    for (w, loaded) in catalog.workbooks.iter().enumerate() {
        for (s, section) in loaded.workbook.sections.iter().enumerate() {
            for (q, question) in section.questions.iter().enumerate() {
                if let Some(home) = &question.home {
                    homes.push((w, s, q, home.clone()));
                }
            }
        }
    }
    // The files' texts are embedded anyway (see `load::builtin_text`); a third of the bytes
    // here, and validating them as UTF-8 was a good part of reading them back.
    let mut workbooks = catalog.workbooks.clone();
    for loaded in &mut workbooks {
        if builtin_text(&loaded.display) == Some(&*loaded.text) {
            loaded.text = Cow::Borrowed("");
        }
    }
    let mut glossary = catalog.glossary.clone();
    if builtin_text(&glossary.display) == Some(&*glossary.text) {
        glossary.text = Cow::Borrowed("");
    }
    let failed = |e: rmp_serde::encode::Error| BakedError(e.to_string());
    let parts = workbooks
        .iter()
        .map(rmp_serde::to_vec)
        .collect::<Result<Vec<_>, _>>()
        .map_err(failed)?;
    let header = rmp_serde::to_vec(&Header {
        lengths: parts.iter().map(Vec::len).collect(),
        glossary,
        homes,
        language: catalog.language.as_ref().map(ToString::to_string),
    })
    .map_err(failed)?;
    let header_len = u32::try_from(header.len()).map_err(|e| BakedError(e.to_string()))?;
    let mut bytes = header_len.to_le_bytes().to_vec();
    bytes.extend(header);
    for part in parts {
        bytes.extend(part);
    }
    Ok(bytes)
}

/// The header and each workbook's bytes.
fn split(bytes: &[u8]) -> Result<(Header, Vec<&[u8]>), BakedError> {
    let short = || BakedError("the bytes end early".to_string());
    let (len, rest) = bytes.split_first_chunk::<4>().ok_or_else(short)?;
    let (header, mut rest) = rest
        .split_at_checked(u32::from_le_bytes(*len) as usize)
        .ok_or_else(short)?;
    let header: Header = rmp_serde::from_slice(header).map_err(|e| BakedError(e.to_string()))?;
    let mut parts = Vec::with_capacity(header.lengths.len());
    for &len in &header.lengths {
        let (part, after) = rest.split_at_checked(len).ok_or_else(short)?;
        parts.push(part);
        rest = after;
    }
    Ok((header, parts))
}

/// Decodes each part, the later ones (about half the bytes) on a second thread. (Asking how
/// many cores there are reads cgroup files, which costs more than a thread on one core.)
fn decode_parts(parts: &[&[u8]]) -> Result<Vec<LoadedWorkbook>, BakedError> {
    let one = |part: &&[u8]| rmp_serde::from_slice(part).map_err(|e| BakedError(e.to_string()));
    let total: usize = parts.iter().map(|p| p.len()).sum();
    let mut here = 0;
    let mut bytes = 0;
    while here < parts.len() && bytes < total / 2 {
        bytes += parts[here].len();
        here += 1;
    }
    if here == parts.len() {
        return parts.iter().map(one).collect();
    }
    let (first, rest) = parts.split_at(here);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| rest.iter().map(one).collect::<Result<Vec<_>, _>>());
        let mut workbooks = first.iter().map(one).collect::<Result<Vec<_>, _>>()?;
        // A panic while decoding is a bug; carry it on.
        let later = later
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        workbooks.extend(later);
        Ok(workbooks)
    })
}

/// The catalog embedded as bytes by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Catalog, BakedError> {
    let (header, parts) = split(bytes)?;
    let mut workbooks = decode_parts(&parts)?;
    let mut glossary = header.glossary;
    for (w, s, q, home) in header.homes {
        let question = workbooks
            .get_mut(w)
            .and_then(|l| {
                std::sync::Arc::make_mut(&mut l.workbook)
                    .sections
                    .get_mut(s)
            })
            .and_then(|section| section.questions.get_mut(q))
            .ok_or_else(|| BakedError(format!("no question {w}.{s}.{q}")))?;
        question.home = Some(home);
    }
    for loaded in &mut workbooks {
        if loaded.text.is_empty()
            && let Some(text) = builtin_text(&loaded.display)
        {
            loaded.text = Cow::Borrowed(text);
        }
    }
    if glossary.text.is_empty()
        && let Some(text) = builtin_text(&glossary.display)
    {
        glossary.text = Cow::Borrowed(text);
    }
    let language = match header.language {
        Some(tag) => Some(Lang::parse(&tag).map_err(BakedError)?),
        None => None,
    };
    Ok(Catalog {
        workbooks,
        problems: Vec::new(),
        glossary,
        language,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_catalog_reads_back_as_it_was_written() {
        let catalog = Catalog::builtin();
        assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
        let back = decode(&encode(&catalog).unwrap()).unwrap();
        assert_eq!(back.workbooks.len(), catalog.workbooks.len());
        assert!(
            catalog
                .workbooks
                .iter()
                .any(|w| w.workbook.questions().any(|q| q.home.is_some())),
            "the built-in workbooks show each other's questions"
        );
        for (a, b) in back.workbooks.iter().zip(&catalog.workbooks) {
            // Every value and every byte range (the Debug form shows both) is the same.
            assert_eq!(format!("{:?}", a.workbook), format!("{:?}", b.workbook));
            assert_eq!(a.text, b.text);
            assert_eq!((&a.origin, &a.display), (&b.origin, &b.display));
            assert!(a.workbook.questions().any(|q| q.span().start > 0));
            let homes = |w: &LoadedWorkbook| -> Vec<Option<String>> {
                w.workbook.questions().map(|q| q.home.clone()).collect()
            };
            assert_eq!(homes(a), homes(b));
        }
        assert_eq!(
            format!("{:?}", back.glossary.entries),
            format!("{:?}", catalog.glossary.entries)
        );
        assert_eq!(back.glossary.text, catalog.glossary.text);
        // Cut short anywhere, the bytes are refused, never misread.
        let bytes = encode(&catalog).unwrap();
        for cut in [0, 3, 4, 100, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        assert!(!back.glossary.text.is_empty());
        // The texts come from the files embedded beside the catalog, not from its bytes.
        let bytes = encode(&catalog).unwrap();
        let text = &catalog.workbooks[0].text;
        let sample = &text.as_bytes()[text.len() / 2..text.len() / 2 + 200];
        assert!(!bytes.windows(sample.len()).any(|w| w == sample));
    }
}
