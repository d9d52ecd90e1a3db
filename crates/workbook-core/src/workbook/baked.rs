//! The built-in catalog in the form the program embeds: parsed, checked and resolved when the
//! program is built, so that starting it reads a compact binary instead of parsing, linting
//! and resolving five workbooks (MessagePack, through `rmp-serde`, which keeps the byte ranges
//! of every value for messages and reads the few untagged values the format has).
//!
//! Structs are written as arrays, without their field names (half the bytes, and most of the
//! work of reading them back was matching names), so every field is written even when empty:
//! the model's types skip none when serialising. The workbooks' file texts are left out too:
//! the program embeds the files anyway ([`builtin_text`]).

use super::load::{Catalog, LoadedWorkbook, Origin, builtin_text};
use super::resolve::SharedGlossary;

#[derive(serde::Serialize, serde::Deserialize)]
struct Baked {
    workbooks: Vec<LoadedWorkbook>,
    glossary: SharedGlossary,
    /// Where each resolved `uses` entry's answer lives: workbook, section and question index,
    /// and the home workbook (a workbook file cannot say it, so the format has no key for it).
    homes: Vec<(usize, usize, usize, String)>,
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
        if builtin_text(&loaded.display) == Some(loaded.text.as_str()) {
            loaded.text.clear();
        }
    }
    let mut glossary = catalog.glossary.clone();
    if builtin_text(&glossary.display) == Some(glossary.text.as_str()) {
        glossary.text.clear();
    }
    let baked = Baked {
        workbooks,
        glossary,
        homes,
    };
    rmp_serde::to_vec(&baked).map_err(|e| BakedError(e.to_string()))
}

/// The catalog embedded as bytes by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Catalog, BakedError> {
    let mut baked: Baked = rmp_serde::from_slice(bytes).map_err(|e| BakedError(e.to_string()))?;
    for (w, s, q, home) in baked.homes {
        let question = baked
            .workbooks
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
    for loaded in &mut baked.workbooks {
        if loaded.text.is_empty()
            && let Some(text) = builtin_text(&loaded.display)
        {
            loaded.text = text.to_string();
        }
    }
    if baked.glossary.text.is_empty()
        && let Some(text) = builtin_text(&baked.glossary.display)
    {
        baked.glossary.text = text.to_string();
    }
    Ok(Catalog {
        workbooks: baked.workbooks,
        problems: Vec::new(),
        glossary: baked.glossary,
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
        assert!(!back.glossary.text.is_empty());
        // The texts come from the files embedded beside the catalog, not from its bytes.
        let bytes = encode(&catalog).unwrap();
        let text = &catalog.workbooks[0].text;
        let sample = &text.as_bytes()[text.len() / 2..text.len() / 2 + 200];
        assert!(!bytes.windows(sample.len()).any(|w| w == sample));
    }
}
