//! The rules a value must meet for a question, and the canonical value it is stored as. One
//! function for every front end; each error names the value and shows what is accepted.

use std::collections::BTreeMap;

use super::number::{Number, NumberFormat};
use super::{Invalid, MAX_TEXT_BYTES, OTHER, Row, Value};
use crate::tr;
use crate::workbook::{Choice, Column, ColumnKind, Kind, Question};

/// Where a value comes from, which decides how numbers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Typed by a user of a city that writes numbers in this format.
    Typed(NumberFormat),
    /// Read from a file: canonical numbers (`12.5`) first, then the city's format.
    Stored(NumberFormat),
}

impl Source {
    fn format(self) -> NumberFormat {
        match self {
            Source::Typed(f) | Source::Stored(f) => f,
        }
    }

    fn number(self, text: &str) -> Result<Number, Invalid> {
        if let Source::Stored(_) = self
            && let Some(n) = Number::from_canonical(text.trim())
        {
            return Ok(n);
        }
        Number::parse(text, self.format()).map_err(|e| Invalid(e.message()))
    }
}

fn invalid<T>(message: impl Into<String>) -> Result<T, Invalid> {
    Err(Invalid(message.into()))
}

/// Checks `value` (and the "other" text) against `question` and returns the canonical value.
/// The error message is written for the person answering.
pub fn validate(
    question: &Question,
    value: &Value,
    other: Option<&str>,
    source: Source,
) -> Result<Value, Invalid> {
    check_size(value)?;
    let value = match (question.kind(), value) {
        (Kind::ShortText, Value::Text(t)) => Value::Text(short_text(t)?),
        (Kind::LongText, Value::Text(t)) => Value::Text(t.clone()),
        (Kind::ShortText | Kind::LongText, Value::Number(n)) => Value::Text(n.to_string()),
        (Kind::Date, Value::Text(t)) => Value::Text(date(t)?),
        (Kind::YesNo, Value::Bool(b)) => Value::Bool(*b),
        (Kind::YesNo, Value::Text(t)) => Value::Bool(yes_no(t)?),
        (Kind::Number, Value::Number(n)) => {
            Value::Number(number(question, n.clone(), source.format())?)
        }
        (Kind::Number, Value::Text(t)) => {
            Value::Number(number(question, source.number(t)?, source.format())?)
        }
        (Kind::Scale, Value::Number(n)) => {
            Value::Number(scale_point(question, n.clone(), source.format())?)
        }
        (Kind::Scale, Value::Text(t)) => {
            Value::Number(scale_point(question, source.number(t)?, source.format())?)
        }
        (Kind::Number | Kind::Scale, Value::Other(toml::Value::Float(f))) => {
            let n = Number::from_f64(*f)
                .ok_or_else(|| Invalid(tr!("core-not-usable-number", value = f.to_string())))?;
            return validate(question, &Value::Number(n), other, source);
        }
        (Kind::SingleChoice, Value::Text(t)) => Value::Text(choice(question, t)?.to_string()),
        (Kind::SingleChoice, Value::List(items)) if items.len() == 1 => {
            Value::Text(choice(question, &items[0])?.to_string())
        }
        (Kind::MultiChoice, Value::List(items)) => Value::List(choices(question, items)?),
        (Kind::MultiChoice, Value::Text(t)) if !t.trim().is_empty() => {
            Value::List(choices(question, std::slice::from_ref(t))?)
        }
        (Kind::List, Value::List(items)) => Value::List(list(items)),
        (Kind::List, Value::Text(t)) => Value::List(list(std::slice::from_ref(t))),
        (Kind::List | Kind::MultiChoice, Value::Other(toml::Value::Array(items))) => {
            let items = scalars(items).ok_or_else(|| Invalid(tr!("core-list-holds-tables")))?;
            return validate(question, &Value::List(items), other, source);
        }
        (Kind::Table, Value::Table(rows)) => Value::Table(table(question.columns(), rows, source)?),
        (Kind::Table, Value::List(items)) if items.is_empty() => Value::Table(Vec::new()),
        (Kind::Table, Value::Other(toml::Value::Array(rows))) => {
            let rows = text_rows(rows).ok_or_else(|| Invalid(tr!("core-table-shape")))?;
            return validate(question, &Value::Table(rows), other, source);
        }
        (kind, value) => {
            return invalid(tr!(
                "core-wrong-shape",
                given = shape(value, source.format()),
                kind = kind_phrase(kind),
                accepted = accepted(question, source.format())
            ));
        }
    };
    check_other(question, &value, other)?;
    Ok(value)
}

/// What was given, in words, for a message saying it does not fit.
fn shape(value: &Value, format: NumberFormat) -> String {
    match value {
        Value::Bool(b) => tr!("core-shape-yes-no", value = b.to_string()),
        Value::Number(n) => tr!("core-shape-number", number = n.format(format)),
        Value::Text(t) => tr!("core-shape-text", text = preview(t)),
        Value::List(_) => tr!("core-shape-list"),
        Value::Table(_) => tr!("core-shape-table"),
        Value::Other(v) => tr!("core-shape-other", value = preview(&v.to_string())),
    }
}

fn preview(text: &str) -> String {
    let line = crate::text::sanitize_line(text);
    match line.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// A question kind in words (the kind's id stays in files and commands).
fn kind_phrase(kind: Kind) -> String {
    match kind {
        Kind::ShortText => tr!("core-kind-short-text"),
        Kind::LongText => tr!("core-kind-long-text"),
        Kind::SingleChoice => tr!("core-kind-single-choice"),
        Kind::MultiChoice => tr!("core-kind-multi-choice"),
        Kind::YesNo => tr!("core-kind-yes-no"),
        Kind::Scale => tr!("core-kind-scale"),
        Kind::Number => tr!("core-kind-number"),
        Kind::Date => tr!("core-kind-date"),
        Kind::List => tr!("core-kind-list"),
        Kind::Table => tr!("core-kind-table"),
    }
}

/// What a question accepts, as an example for error messages.
pub fn accepted(question: &Question, format: NumberFormat) -> String {
    match question.kind() {
        Kind::ShortText | Kind::LongText => tr!("core-accept-text"),
        Kind::Date => tr!("core-accept-date"),
        Kind::YesNo => tr!("core-accept-yes-no"),
        Kind::Number => tr!(
            "core-accept-number",
            example = Number::parse("1234.5", NumberFormat::Point)
                .map(|n| n.format(format))
                .unwrap_or_default()
        ),
        Kind::Scale => {
            let (min, max) = scale_range(question);
            tr!(
                "core-accept-scale",
                min = min.to_string(),
                max = max.to_string()
            )
        }
        Kind::SingleChoice | Kind::MultiChoice => {
            let known: Vec<&str> = question.choices().iter().map(Choice::value).collect();
            tr!("core-accept-choice", choices = known.join(", "))
        }
        Kind::List => tr!("core-accept-list"),
        Kind::Table => {
            let known: Vec<&str> = question.columns().iter().map(Column::id).collect();
            tr!("core-accept-table", columns = known.join(", "))
        }
    }
}

fn scalars(items: &[toml::Value]) -> Option<Vec<String>> {
    items.iter().map(scalar_text).collect()
}

fn scalar_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Number::from_f64(*f).map(|n| n.to_string()),
        toml::Value::Boolean(b) => Some(if *b { "yes" } else { "no" }.to_string()),
        toml::Value::Datetime(d) => Some(d.to_string()),
        toml::Value::Array(_) | toml::Value::Table(_) => None,
    }
}

fn text_rows(rows: &[toml::Value]) -> Option<Vec<Row>> {
    rows.iter()
        .map(|row| match row {
            toml::Value::Table(cells) => cells
                .iter()
                .map(|(k, v)| scalar_text(v).map(|t| (k.clone(), t)))
                .collect::<Option<BTreeMap<_, _>>>(),
            _ => None,
        })
        .collect()
}

/// Whether `text`, typed into the one field of a text, number or date question, is accepted as
/// [`validate`] accepts it (blank text is no answer, which is not a problem), without copying
/// it: the guided interface checks what is typed at every key, and a long text may be a
/// megabyte.
pub fn check_typed(question: &Question, text: &str, source: Source) -> Result<(), Invalid> {
    if text.trim().is_empty() {
        return Ok(());
    }
    match question.kind() {
        Kind::LongText => text_size(text.len()),
        _ => validate(question, &Value::Text(text.to_string()), None, source).map(|_| ()),
    }
}

fn check_size(value: &Value) -> Result<(), Invalid> {
    let bytes = match value {
        Value::Bool(_) | Value::Number(_) | Value::Other(_) => 0,
        Value::Text(t) => t.len(),
        Value::List(items) => items.iter().map(String::len).sum(),
        Value::Table(rows) => rows.iter().flat_map(|r| r.values()).map(String::len).sum(),
    };
    text_size(bytes)
}

fn text_size(bytes: usize) -> Result<(), Invalid> {
    if bytes > MAX_TEXT_BYTES {
        return invalid(tr!(
            "core-answer-too-large",
            bytes = bytes.to_string(),
            limit = MAX_TEXT_BYTES.to_string()
        ));
    }
    Ok(())
}

fn short_text(text: &str) -> Result<String, Invalid> {
    if text.contains('\n') {
        return invalid(tr!("core-short-text-one-line"));
    }
    Ok(text.to_string())
}

/// Accepts a calendar date written as YYYY-MM-DD (the form is shown in the user's language,
/// `AAAA-MM-JJ` in French; the date is stored as ISO whatever the language).
pub fn date(text: &str) -> Result<String, Invalid> {
    let trimmed = text.trim();
    match trimmed.parse::<jiff::civil::Date>() {
        Ok(d) if trimmed.len() == 10 => Ok(d.to_string()),
        _ => invalid(tr!("core-not-a-date", text = preview(trimmed))),
    }
}

/// Reads yes or no: `yes`, `y`, `true`, `no`, `n`, `false` in any case, and the words every
/// language the program speaks gives for them (`oui`, `sí`, `نعم`...), so that an answer typed
/// in one language reads the same under any other. The value stored is a yes/no, never the word.
pub fn yes_no(text: &str) -> Result<bool, Invalid> {
    let word = text.trim().to_lowercase();
    match word.as_str() {
        "yes" | "y" | "true" => return Ok(true),
        "no" | "n" | "false" => return Ok(false),
        _ => {}
    }
    let (yes, no) = yes_no_words();
    if yes.contains(&word) {
        Ok(true)
    } else if no.contains(&word) {
        Ok(false)
    } else {
        invalid(tr!("core-not-yes-no", text = preview(text.trim())))
    }
}

/// The words for yes and for no in every language the program speaks (`core-yes-words`,
/// `core-no-words`), lowercase; read once, as the message files are embedded.
fn yes_no_words() -> &'static (Vec<String>, Vec<String>) {
    static WORDS: std::sync::OnceLock<(Vec<String>, Vec<String>)> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let list = |text: String| -> Vec<String> {
            text.split(',')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect()
        };
        let (mut yes, mut no) = (Vec::new(), Vec::new());
        for tag in crate::messages::languages() {
            let messages = crate::messages::Messages::get(tag);
            yes.extend(list(tr!(in messages; "core-yes-words")));
            no.extend(list(tr!(in messages; "core-no-words")));
        }
        // A word that means yes in one language and no in another means neither.
        let both: Vec<String> = yes.iter().filter(|w| no.contains(w)).cloned().collect();
        yes.retain(|w| !both.contains(w));
        no.retain(|w| !both.contains(w));
        (yes, no)
    })
}

fn number(question: &Question, n: Number, format: NumberFormat) -> Result<Number, Invalid> {
    if question.integer && !n.is_integer() {
        return invalid(tr!("core-not-whole", number = n.format(format)));
    }
    let f = n.to_f64();
    // A bound as the city writes numbers (`2,5` in a decimal-comma city).
    let bound = |b: f64| Number::from_f64(b).map_or_else(|| b.to_string(), |b| b.format(format));
    if let Some(min) = question.min()
        && f < min
    {
        return invalid(tr!(
            "core-below-min",
            number = n.format(format),
            min = bound(min)
        ));
    }
    if let Some(max) = question.max()
        && f > max
    {
        return invalid(tr!(
            "core-above-max",
            number = n.format(format),
            max = bound(max)
        ));
    }
    Ok(n)
}

pub fn scale_range(question: &Question) -> (i64, i64) {
    (
        question.min().unwrap_or(1.0) as i64,
        question.max().unwrap_or(5.0) as i64,
    )
}

fn scale_point(question: &Question, n: Number, format: NumberFormat) -> Result<Number, Invalid> {
    let (min, max) = scale_range(question);
    match n.as_i64() {
        Some(point) if (min..=max).contains(&point) => Ok(n),
        _ => invalid(tr!(
            "core-not-on-scale",
            number = n.format(format),
            min = min.to_string(),
            max = max.to_string()
        )),
    }
}

/// The choice `value` names: its value, or (ignoring case and surrounding space) its value or
/// label. A text that two choices could mean is refused.
fn choice<'q>(question: &'q Question, value: &str) -> Result<&'q str, Invalid> {
    if question.other && value == OTHER {
        return Ok(OTHER);
    }
    if let Some(c) = question.choices().iter().find(|c| c.value() == value) {
        return Ok(c.value());
    }
    match find_choice(question.choices(), value) {
        Ok(c) => Ok(c.value()),
        Err(0) if question.other && value.trim().eq_ignore_ascii_case(OTHER) => Ok(OTHER),
        Err(0) => {
            let known: Vec<&str> = question.choices().iter().map(Choice::value).collect();
            let other = if question.other { ", other" } else { "" };
            invalid(tr!(
                "core-not-a-choice",
                text = preview(value),
                choices = format!("{}{other}", known.join(", "))
            ))
        }
        Err(_) => invalid(tr!("core-choice-ambiguous", text = preview(value))),
    }
}

/// The one choice whose value or label equals `text` ignoring case; else how many matched.
fn find_choice<'c>(choices: &'c [Choice], text: &str) -> Result<&'c Choice, usize> {
    let wanted = text.trim().to_lowercase();
    let matches: Vec<&Choice> = choices
        .iter()
        .filter(|c| c.value().to_lowercase() == wanted || c.label.trim().to_lowercase() == wanted)
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        many => Err(many.len()),
    }
}

fn choices(question: &Question, items: &[String]) -> Result<Vec<String>, Invalid> {
    let mut picked: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let value = choice(question, item)?.to_string();
        if !picked.contains(&value) {
            picked.push(value);
        }
    }
    // Stored in the workbook's order so that files diff well whatever order they were picked in.
    let order = |v: &String| {
        question
            .choices()
            .iter()
            .position(|c| c.value() == v)
            .unwrap_or(usize::MAX)
    };
    picked.sort_by_key(order);
    Ok(picked)
}

fn list(items: &[String]) -> Vec<String> {
    items
        .iter()
        .filter(|item| !item.trim().is_empty())
        .cloned()
        .collect()
}

fn table(columns: &[Column], rows: &[Row], source: Source) -> Result<Vec<Row>, Invalid> {
    let mut out = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let cleaned = table_row(columns, row, source)
            .map_err(|e| Invalid(tr!("core-in-row", row = index + 1, problem = e.0)))?;
        if !cleaned.is_empty() {
            out.push(cleaned);
        }
    }
    Ok(out)
}

/// Validates one table row; empty cells are dropped so that a blank row disappears.
pub fn table_row(columns: &[Column], row: &Row, source: Source) -> Result<Row, Invalid> {
    if let Some(unknown) = row
        .keys()
        .find(|k| !columns.iter().any(|c| c.id() == k.as_str()))
    {
        let known: Vec<&str> = columns.iter().map(Column::id).collect();
        return invalid(tr!(
            "core-unknown-column",
            column = preview(unknown),
            columns = known.join(", ")
        ));
    }
    let mut out = Row::new();
    for column in columns {
        let cell = row.get(column.id()).map(|s| s.trim()).unwrap_or("");
        if cell.is_empty() {
            continue;
        }
        let checked = cell_value(column, cell, source)
            .map_err(|e| Invalid(tr!("core-in-column", column = &column.label, problem = e.0)))?;
        out.insert(column.id().to_string(), checked);
    }
    if !out.is_empty()
        && let Some(missing) = columns
            .iter()
            .find(|c| c.required && !out.contains_key(c.id()))
    {
        return invalid(tr!("core-column-required", column = &missing.label));
    }
    Ok(out)
}

/// Checks one cell against its column's kind and returns its canonical text.
pub fn cell_value(column: &Column, cell: &str, source: Source) -> Result<String, Invalid> {
    match column.kind {
        ColumnKind::Text => Ok(cell.to_string()),
        ColumnKind::Number => source.number(cell).map(|n| n.to_string()),
        ColumnKind::Date => date(cell),
        ColumnKind::YesNo => yes_no(cell).map(|b| if b { "yes" } else { "no" }.to_string()),
        ColumnKind::Choice => {
            if let Some(c) = column.choices().iter().find(|c| c.value() == cell) {
                return Ok(c.value().to_string());
            }
            find_choice(column.choices(), cell)
                .map(|c| c.value().to_string())
                .map_err(|_| {
                    let known: Vec<&str> = column.choices().iter().map(Choice::value).collect();
                    Invalid(tr!(
                        "core-not-a-column-choice",
                        text = preview(cell),
                        choices = known.join(", ")
                    ))
                })
        }
    }
}

fn check_other(question: &Question, value: &Value, other: Option<&str>) -> Result<(), Invalid> {
    let other_picked = match value {
        Value::Text(t) => question.kind().has_choices() && t == OTHER,
        Value::List(items) => question.kind().has_choices() && items.iter().any(|i| i == OTHER),
        _ => false,
    };
    let other_text = other.map(str::trim).unwrap_or("");
    if other_picked && other_text.is_empty() {
        return invalid(tr!("core-other-needs-text"));
    }
    if !other_picked && !other_text.is_empty() {
        return invalid(tr!("core-other-not-picked"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::summary;
    use crate::messages::speak_on_this_thread;
    use crate::workbook::load::parse_workbook;
    use NumberFormat::{Comma, Point};

    const BOOK: &str = r#"
id = "t"
title = "T"
area = "t"
version = 1
summary = "s"

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
id = "review"
kind = "date"
prompt = "?"

[[sections.questions]]
id = "has_plan"
kind = "yes_no"
prompt = "?"

[[sections.questions]]
id = "notes"
kind = "long_text"
prompt = "?"

[[sections.questions]]
id = "lead"
kind = "short_text"
prompt = "?"

[[sections.questions]]
id = "budget"
kind = "number"
prompt = "?"
min = 0
max = 10.5

[[sections.questions]]
id = "trust"
kind = "scale"
prompt = "?"
min = 1
max = 5

[[sections.questions]]
id = "trend"
kind = "single_choice"
prompt = "?"
choices = [{ value = "up", label = "Going up" }, { value = "down", label = "Going down" }]

[[sections.questions]]
id = "partners"
kind = "table"
prompt = "?"
columns = [{ id = "name", label = "Name", required = true }, { id = "since", label = "Since", kind = "date" }]
"#;

    fn q(id: &str) -> Question {
        parse_workbook("t.toml", BOOK)
            .unwrap()
            .questions()
            .find(|q| q.id() == id)
            .unwrap()
            .clone()
    }

    fn refused(id: &str, typed: &str, format: NumberFormat) -> String {
        let value = Value::Text(typed.into());
        match validate(&q(id), &value, None, Source::Typed(format)) {
            Ok(v) => panic!("{typed:?} was accepted as {v:?}"),
            Err(e) => e.0,
        }
    }

    #[test]
    fn typed_text_is_checked_as_the_answer_it_would_be() {
        let huge = "x".repeat(MAX_TEXT_BYTES + 1);
        for (id, typed) in [
            ("notes", "Line one\nLine two"),
            ("notes", huge.as_str()),
            ("lead", "Ada"),
            ("lead", "two\nlines"),
            ("review", "2026-02-30"),
            ("review", "2026-03-01"),
            ("budget", "12,5"),
            ("budget", "lots"),
        ] {
            let source = Source::Typed(Comma);
            let whole = validate(&q(id), &Value::Text(typed.into()), None, source).map(|_| ());
            assert_eq!(
                check_typed(&q(id), typed, source),
                whole,
                "{id}: {typed:.20}"
            );
        }
        assert_eq!(
            check_typed(&q("budget"), "  ", Source::Typed(Point)),
            Ok(())
        );
    }

    #[test]
    fn a_french_user_reads_why_an_answer_is_refused_with_the_date_form_in_french() {
        let _fr = speak_on_this_thread("fr");
        assert_eq!(
            refused("review", "31/03/2026", Comma),
            "`31/03/2026` n'est pas une date\u{a0}; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-31"
        );
        // The form is shown in French; the date is typed and stored as ISO.
        let date = validate(
            &q("review"),
            &Value::Text("2026-03-31".into()),
            None,
            Source::Typed(Comma),
        );
        assert_eq!(date, Ok(Value::Text("2026-03-31".into())));
        assert_eq!(
            refused("budget", "1.5", Comma),
            "`1.5` utilise un point décimal, mais cette ville écrit les décimales avec une virgule\u{a0}: écrivez 1,5, ou changez le format des nombres de la ville (workbook city edit NOM --number-format point)"
        );
        // Numbers and bounds are written as the city writes them.
        assert_eq!(
            refused("budget", "12,5", Comma),
            "12,5 est supérieur au maximum de 10,5"
        );
        assert_eq!(
            refused("partners", "Ana", Comma),
            "le texte `Ana` ne peut pas répondre à une question de type «\u{a0}tableau\u{a0}»\u{a0}; saisissez des lignes avec name, since"
        );
    }

    #[test]
    fn a_spanish_user_reads_why_an_answer_is_refused() {
        let _es = speak_on_this_thread("es");
        assert_eq!(
            refused("has_plan", "quizás", Point),
            "`quizás` no es ni sí ni no"
        );
        assert_eq!(
            refused("trust", "7", Point),
            "7 no está en la escala; elija un punto entero de 1 a 5"
        );
        assert_eq!(
            refused("trend", "sideways", Point),
            "`sideways` no es una de las opciones: up, down"
        );
        let row = Value::Table(vec![Row::from([("since".into(), "2020-01-01".into())])]);
        let e = validate(&q("partners"), &row, None, Source::Typed(Point)).unwrap_err();
        assert_eq!(e.0, "fila 1: Name es obligatorio");
    }

    #[test]
    fn an_arabic_user_reads_why_an_answer_is_refused() {
        let _ar = speak_on_this_thread("ar");
        assert_eq!(refused("has_plan", "ربما", Point), "`ربما` ليس نعم ولا لا");
        assert_eq!(
            refused("review", "31/03/2026", Point),
            "`31/03/2026` ليس تاريخًا؛ اكتبه بالصيغة سنة-شهر-يوم، مثل 2026-03-31"
        );
        assert_eq!(refused("budget", "-3", Point), "-3 أقل من الحد الأدنى 0");
    }

    #[test]
    fn the_english_messages_are_as_they_were() {
        let _en = speak_on_this_thread("en");
        assert_eq!(
            refused("review", "31/03/2026", Point),
            "`31/03/2026` is not a date; write it as YYYY-MM-DD, for example 2026-03-31"
        );
        assert_eq!(
            refused("has_plan", "maybe", Point),
            "`maybe` is not yes or no"
        );
        assert_eq!(
            refused("trust", "7", Point),
            "7 is not on the scale; pick a whole point from 1 to 5"
        );
        assert_eq!(
            validate(&q("trend"), &Value::Bool(true), None, Source::Typed(Point))
                .unwrap_err()
                .0,
            "`true` (yes/no) cannot answer a single choice question; give one of: up, down"
        );
    }

    #[test]
    fn yes_and_no_are_read_in_every_language_whatever_the_interface_speaks() {
        for tag in ["en", "fr", "ar"] {
            let _speaking = speak_on_this_thread(tag);
            for word in ["yes", "Oui", "sí", "Si", "نعم", "true"] {
                assert_eq!(yes_no(word), Ok(true), "{word} in {tag}");
            }
            for word in ["no", "NON", "لا", "false", "n"] {
                assert_eq!(yes_no(word), Ok(false), "{word} in {tag}");
            }
            assert!(yes_no("peut-être").is_err());
        }
        // What is stored is a yes/no, not the word.
        let _fr = speak_on_this_thread("fr");
        let stored = validate(
            &q("has_plan"),
            &Value::Text("oui".into()),
            None,
            Source::Typed(Comma),
        );
        assert_eq!(stored, Ok(Value::Bool(true)));
    }

    #[test]
    fn answers_are_summed_up_in_the_users_language() {
        let rows = Value::Table(vec![
            Row::from([("name".into(), "Ana".into())]),
            Row::from([("name".into(), "Ben".into())]),
        ]);
        let shown = |tag: &str, question: &str, value: &Value| {
            let _speaking = speak_on_this_thread(tag);
            summary(&q(question), value, None, Point)
        };
        assert_eq!(shown("fr", "has_plan", &Value::Bool(true)), "oui");
        assert_eq!(shown("es", "has_plan", &Value::Bool(true)), "sí");
        assert_eq!(shown("ar", "has_plan", &Value::Bool(false)), "لا");
        assert_eq!(shown("en", "partners", &rows), "2 rows");
        assert_eq!(shown("fr", "partners", &rows), "2 lignes");
        assert_eq!(shown("ar", "partners", &rows), "صفان");
    }
}
