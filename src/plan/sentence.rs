//! Answers in words, and the workbook's plan sentences filled in with them, so that a council
//! reads "The city has mapped these issues before." instead of "Earlier mapping: Yes".

use crate::answer::{NumberFormat, OTHER, Value};
use crate::workbook::{Kind, PlanSentence, Question};

use super::escape::one_line;
use super::words::{W, Words};

/// The city's name and number format, and the plan's words, which sentences and values are
/// written with.
#[derive(Debug, Clone, Copy)]
pub struct Voice<'a> {
    pub city: &'a str,
    pub format: NumberFormat,
    pub words: &'a Words,
}

/// What a sentence came to for one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub sentence: String,
    /// Whether the sentence holds the whole answer; otherwise it introduces the items, text or
    /// table that follow it.
    pub complete: bool,
}

/// The workbook's sentence for this answer, filled in; `None` when the question has none for
/// it (no `plan_sentence`, or no sentence for this value).
pub fn say(question: &Question, value: &Value, other: Option<&str>, voice: Voice) -> Option<Said> {
    let sentence = question.plan_sentence.as_ref()?.get_ref();
    let text = match sentence {
        PlanSentence::One(text) => text.as_str(),
        PlanSentence::ByValue(_) => sentence.for_key(&key(value)?)?,
    };
    let complete = text.contains("{answer}")
        || matches!(sentence, PlanSentence::ByValue(_))
        || !matches!(
            question.kind(),
            Kind::MultiChoice | Kind::List | Kind::Table | Kind::LongText
        );
    let answer = words(question, value, other, voice);
    let filled = text
        .replace("{answer}", &answer)
        .replace("{other}", &one_line(other.unwrap_or("")))
        .replace("{city}", voice.city);
    Some(Said {
        sentence: one_line(&filled),
        complete,
    })
}

/// The key a sentence per value is chosen by: `yes`/`no`, a choice value, a scale point.
fn key(value: &Value) -> Option<String> {
    match value {
        Value::Bool(true) => Some("yes".into()),
        Value::Bool(false) => Some("no".into()),
        Value::Text(text) => Some(text.clone()),
        Value::Number(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

/// The answer in words, on one line: the text typed, a choice's label, the choices picked
/// ("a, b and c"), a number with its unit, a date as "31 March 2027", in the plan's language.
pub fn words(question: &Question, value: &Value, other: Option<&str>, voice: Voice) -> String {
    let words = voice.words;
    let label = |v: &str| {
        if v == OTHER {
            one_line(other.unwrap_or(""))
        } else {
            one_line(question.choice_label(v).unwrap_or(v))
        }
    };
    match value {
        Value::Bool(true) => words.text(W::Yes).to_string(),
        Value::Bool(false) => words.text(W::No).to_string(),
        Value::Number(n) if question.kind() == Kind::Scale => {
            let (min, max) = crate::answer::scale_range(question);
            n.as_i64()
                .and_then(|p| usize::try_from(p - min).ok())
                .and_then(|index| question.scale_labels().get(index))
                .map(|l| one_line(l))
                .unwrap_or_else(|| {
                    words.fill(W::ScaleOutOf, &[&n.format(voice.format), &max.to_string()])
                })
        }
        Value::Number(n) => {
            let unit = question.unit.as_deref().map(one_line).unwrap_or_default();
            format!(
                "{} {unit}",
                super::money::grouped(n, voice.format, words.group)
            )
            .trim_end()
            .to_string()
        }
        Value::Text(text) if question.kind() == Kind::Date => words.date(text),
        Value::Text(text) if question.kind().has_choices() => label(text),
        Value::Text(text) => one_line(text),
        Value::List(items) if question.kind().has_choices() => {
            words.join(&items.iter().map(|i| label(i)).collect::<Vec<_>>())
        }
        Value::List(items) => words.join(&items.iter().map(|i| one_line(i)).collect::<Vec<_>>()),
        Value::Table(rows) => crate::tr!(in words.messages; "plan-entries", count = rows.len()),
        Value::Other(raw) => one_line(&raw.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::load::parse_workbook;

    fn question(toml: &str) -> Question {
        let text = format!(
            "id = \"w\"\ntitle = \"W\"\narea = \"mapping\"\nversion = 1\nsummary = \"S\"\naudiences = [\"official\"]\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n[[sections.questions]]\n{toml}"
        );
        let workbook = parse_workbook("w.toml", &text).expect("parses");
        workbook.sections[0].questions[0].clone()
    }

    fn english() -> &'static Words {
        static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| Words::new("en", NumberFormat::Point))
    }

    fn voice() -> Voice<'static> {
        Voice {
            city: "Riverton",
            format: NumberFormat::Point,
            words: english(),
        }
    }

    #[test]
    fn yes_no_sentences_are_chosen_by_the_answer() {
        let q = question(
            "id = \"q\"\nkind = \"yes_no\"\nprompt = \"P\"\nplan_sentence = { yes = \"{city} has mapped it.\", no = \"{city} has not mapped it yet.\" }",
        );
        let said = say(&q, &Value::Bool(false), None, voice()).unwrap();
        assert_eq!(said.sentence, "Riverton has not mapped it yet.");
        assert!(said.complete);
    }

    #[test]
    fn a_date_and_a_number_read_in_words() {
        let q = question(
            "id = \"q\"\nkind = \"date\"\nprompt = \"P\"\nplan_sentence = \"The city last mapped these issues on {answer}.\"",
        );
        let said = say(&q, &Value::Text("2027-03-31".into()), None, voice()).unwrap();
        assert_eq!(
            said.sentence,
            "The city last mapped these issues on 31 March 2027."
        );
        let n = question("id = \"n\"\nkind = \"number\"\nprompt = \"P\"\nunit = \"EUR\"");
        let value = Value::Number(crate::answer::Number::from_i64(136500));
        assert_eq!(words(&n, &value, None, voice()), "136,500 EUR");
    }

    #[test]
    fn a_lead_in_introduces_the_items_and_choices_join_in_words() {
        let q = question(
            "id = \"q\"\nkind = \"multi_choice\"\nprompt = \"P\"\nchoices = [{ value = \"a\", label = \"Hate\" }, { value = \"b\", label = \"Extremism\" }, { value = \"c\", label = \"Polarisation\" }]\nplan_sentence = \"The city sees these threats:\"",
        );
        let value = Value::List(vec!["a".into(), "b".into(), "c".into()]);
        let said = say(&q, &value, None, voice()).unwrap();
        assert!(!said.complete);
        assert_eq!(
            words(&q, &value, None, voice()),
            "Hate, Extremism and Polarisation"
        );
    }

    #[test]
    fn a_value_without_its_own_sentence_has_none() {
        let q = question(
            "id = \"q\"\nkind = \"yes_no\"\nprompt = \"P\"\nplan_sentence = { yes = \"Yes it is.\" }",
        );
        assert_eq!(say(&q, &Value::Bool(false), None, voice()), None);
    }
}
