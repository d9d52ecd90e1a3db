//! Synthetic workbooks of any size, for benchmarks and stress tests: every question kind, a
//! follow-up every tenth question, guidance with markdown, and tables that feed the plan.

use std::fmt::Write;

/// TOML text of a valid workbook with `questions` questions in sections of 50.
pub fn synthetic(id: &str, questions: usize) -> String {
    let mut out = format!(
        "id = \"{id}\"\ntitle = \"Synthetic {questions}\"\narea = \"{id}\"\nversion = 1\nsummary = \"Generated for benchmarks.\"\n"
    );
    for q in 0..questions {
        if q % 50 == 0 {
            let s = q / 50;
            let _ = write!(
                out,
                "\n[[sections]]\nid = \"s{s}\"\ntitle = \"Section {s}\"\n\n[[sections.examples]]\ncity = \"Exampletown\"\ntext = \"An example.\"\nsource = \"https://example.org/\"\n"
            );
        }
        let _ = write!(
            out,
            "\n[[sections.questions]]\nid = \"q{q}\"\nprompt = \"Question {q}: what does the city do about topic {q}?\"\nguidance = \"**Why it matters:** topic {q} shapes the plan.\\n\\n- say who\\n- say when\"\nrequired = {}\n",
            q % 7 == 0
        );
        out.push_str(kind_settings(q));
        if q % 10 == 9 {
            let _ = writeln!(
                out,
                "show_if = {{ question = \"q{}\", answered = true }}",
                q - 1
            );
        }
    }
    out
}

fn kind_settings(q: usize) -> &'static str {
    match q % 10 {
        0 => "kind = \"yes_no\"\n",
        1 => {
            "kind = \"single_choice\"\nchoices = [{ value = \"a\", label = \"A\" }, { value = \"b\", label = \"B\" }]\nother = true\n"
        }
        2 => {
            "kind = \"multi_choice\"\nchoices = [{ value = \"a\", label = \"A\" }, { value = \"b\", label = \"B\" }, { value = \"c\", label = \"C\" }]\n"
        }
        3 => "kind = \"scale\"\nmin = 1\nmax = 5\n",
        4 => "kind = \"number\"\nmin = 0\nunit = \"people\"\n",
        5 => "kind = \"date\"\n",
        6 => "kind = \"list\"\n",
        7 => {
            "kind = \"table\"\nfeeds = \"actions\"\ncolumns = [{ id = \"action\", label = \"Action\", required = true }, { id = \"owner\", label = \"Owner\" }, { id = \"due\", label = \"Due\", kind = \"date\" }, { id = \"priority\", label = \"Priority\", kind = \"choice\", choices = [{ value = \"high\", label = \"High\" }, { value = \"medium\", label = \"Medium\" }, { value = \"low\", label = \"Low\" }] }]\n"
        }
        8 => "kind = \"long_text\"\n",
        _ => "kind = \"short_text\"\n",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::lint::lint;
    use crate::workbook::load::parse_workbook;

    #[test]
    fn synthetic_workbooks_are_valid() {
        let text = synthetic("big", 1_000);
        let workbook = parse_workbook("big.toml", &text).expect("parses");
        assert_eq!(workbook.question_count(), 1_000);
        assert!(lint(&workbook, "big.toml", &text).is_empty());
    }
}
