//! Property tests: no input makes the workbook loader or linter panic, and every message it
//! prints is safe for a terminal.

use proptest::prelude::*;
use workbook::workbook::load::{SourceFile, check, decode};
use workbook::workbook::{Diagnostic, Origin};

const VALID: &str = include_str!("fixtures/valid/complete.toml");
const MAPPING: &str = include_str!("../workbooks/mapping.toml");

fn check_text(text: &str) -> Vec<Diagnostic> {
    let source = SourceFile {
        display: "prop.toml".to_string(),
        origin: Origin::BuiltIn,
        text: Ok(text.to_string()),
    };
    check(&source).1
}

fn assert_terminal_safe(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        let rendered = diagnostic.to_string();
        assert!(
            !rendered.chars().any(|c| c.is_control() && c != '\n'),
            "control character in {rendered:?}"
        );
    }
}

/// A small edit to a valid workbook: the kind of mistake people make by hand.
#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Insert(usize, String),
    Truncate(usize),
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    if lines.is_empty() {
        // An earlier edit truncated everything; edit one empty line rather than index nothing.
        lines.push(String::new());
    }
    let n = lines.len();
    match edit {
        Edit::DeleteLine(i) => {
            lines.remove(i % n);
        }
        Edit::DuplicateLine(i) => {
            let line = lines[i % n].clone();
            lines.insert(i % n, line);
        }
        Edit::SwapLines(a, b) => lines.swap(a % n, b % n),
        Edit::Insert(i, s) => {
            let line = &mut lines[i % n];
            let mut at = i % (line.len() + 1);
            while !line.is_char_boundary(at) {
                at -= 1;
            }
            line.insert_str(at, s);
        }
        Edit::Truncate(i) => {
            let joined = lines.join("\n");
            let mut at = i % (joined.len() + 1);
            while !joined.is_char_boundary(at) {
                at -= 1;
            }
            return joined[..at].to_string();
        }
    }
    lines.join("\n")
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::DeleteLine),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (
            any::<usize>(),
            "[\\[\\]{}=\"',.#a-z0-9 \\n\\x1b\\u{202e}]{0,12}"
        )
            .prop_map(|(i, s)| Edit::Insert(i, s)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        match decode("prop.toml", bytes) {
            Ok(text) => assert_terminal_safe(&check_text(&text)),
            Err(diagnostic) => assert_terminal_safe(&[diagnostic]),
        }
    }

    #[test]
    fn edited_workbooks_never_panic_and_report_safely(edits in proptest::collection::vec(edit(), 1..4)) {
        let mut text = VALID.to_string();
        for e in &edits {
            text = apply(&text, e);
        }
        assert_terminal_safe(&check_text(&text));
    }

    #[test]
    fn edited_builtin_workbooks_never_panic(e in edit()) {
        assert_terminal_safe(&check_text(&apply(MAPPING, &e)));
    }
}
