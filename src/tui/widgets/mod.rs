//! Answer editors, one per question kind, behind one [`Editor`] type the question screen uses.
//! An editor turns a stored answer (or a kept draft) into something to edit, and back.

pub mod choice;
pub mod edit;
pub mod list;
pub mod scale;
pub mod table;
pub mod text;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use serde::{Deserialize, Serialize};

use crate::answer::{Number, NumberFormat, Response, Value};
use crate::text::sanitize_line;
use crate::tui::keys::{Act, Ctx};
use crate::tui::theme::Theme;
use crate::workbook::{Kind, Question};

use choice::ChoiceField;
use list::ListField;
use scale::ScaleField;
use table::TableField;
use text::TextField;

#[derive(Debug, Clone)]
pub enum Editor {
    /// Short text, long text, number and date: typed text, validated on leaving.
    Text(TextField),
    Choice(ChoiceField),
    YesNo(ChoiceField),
    Scale(ScaleField),
    List(ListField),
    Table(TableField),
}

/// How a draft of a structured answer is kept in the profile's `drafts` (plain text kinds keep
/// the typed text itself).
#[derive(Debug, Serialize, Deserialize)]
struct StructuredDraft {
    value: Value,
    #[serde(default)]
    other: Option<String>,
}

impl Editor {
    /// An editor for `question` showing `draft` when there is one, else `value` (what the
    /// stored answer means), with numbers written the city's way.
    pub fn new(
        question: &Question,
        value: Option<&Value>,
        other: Option<&str>,
        draft: Option<&str>,
        format: NumberFormat,
    ) -> Editor {
        let structured: Option<StructuredDraft> = draft.and_then(|d| serde_json::from_str(d).ok());
        let (value, other) = match &structured {
            Some(d) => (Some(&d.value), d.other.as_deref()),
            None => (value, other),
        };
        let placeholder = question.placeholder.as_deref();
        match question.kind() {
            Kind::ShortText | Kind::LongText | Kind::Number | Kind::Date => {
                let text = match (draft, value) {
                    (Some(d), _) => d.to_string(),
                    (None, Some(Value::Number(n))) => n.format(format),
                    (None, Some(Value::Text(t))) => t.clone(),
                    _ => String::new(),
                };
                let date =
                    (question.kind() == Kind::Date).then(|| crate::tr!("tui-date-placeholder"));
                Editor::Text(TextField::new(
                    &text,
                    question.kind() == Kind::LongText,
                    placeholder.or(date.as_deref()),
                ))
            }
            Kind::SingleChoice | Kind::MultiChoice => {
                let options = question
                    .choices()
                    .iter()
                    .map(|c| (c.value().to_string(), sanitize_line(&c.label)))
                    .collect();
                let other_text = question.other.then(|| other.unwrap_or(""));
                let mut field =
                    ChoiceField::new(options, question.kind() == Kind::MultiChoice, other_text);
                match value {
                    Some(Value::Text(v)) => field.pick_value(v),
                    Some(Value::List(vs)) => vs.iter().for_each(|v| field.pick_value(v)),
                    _ => {}
                }
                field
                    .cursor
                    .set(field.picked.iter().position(|p| *p).unwrap_or(0));
                Editor::Choice(field)
            }
            Kind::YesNo => {
                let options = crate::tui::labels::yes_no().to_vec();
                let mut field = ChoiceField::new(options, false, None);
                if let Some(Value::Bool(b)) = value {
                    field.pick_value(if *b { "yes" } else { "no" });
                }
                Editor::YesNo(field)
            }
            Kind::Scale => {
                let (min, max) = crate::answer::scale_range(question);
                let labels = question
                    .scale_labels()
                    .iter()
                    .map(|l| sanitize_line(l))
                    .collect();
                let point = match value {
                    Some(Value::Number(n)) => n.as_i64(),
                    _ => None,
                };
                Editor::Scale(ScaleField::new(min, max, labels, point))
            }
            Kind::List => {
                let items = value
                    .and_then(Value::as_list)
                    .map(<[String]>::to_vec)
                    .unwrap_or_default();
                Editor::List(ListField::new(items, question.item_label.as_deref()))
            }
            Kind::Table => {
                let rows = match value {
                    Some(Value::Table(rows)) => rows.as_slice(),
                    _ => &[],
                };
                Editor::Table(TableField::new(question.columns(), rows, format))
            }
        }
    }

    /// The answer as edited (no value when nothing is entered). Not yet validated.
    pub fn response(&self) -> Response {
        let (value, other) = self.parts();
        Response { value, other }
    }

    fn parts(&self) -> (Option<Value>, Option<String>) {
        match self {
            Editor::Text(f) => {
                let t = f.text();
                ((!t.trim().is_empty()).then_some(Value::Text(t)), None)
            }
            Editor::Choice(f) => {
                let values = f.values();
                let other = f.other_text();
                if values.is_empty() {
                    return (None, None);
                }
                let other = other.filter(|_| values.iter().any(|v| v == crate::answer::OTHER));
                if f.multi {
                    (Some(Value::List(values)), other)
                } else {
                    (values.into_iter().next().map(Value::Text), other)
                }
            }
            Editor::YesNo(f) => (f.values().first().map(|v| Value::Bool(v == "yes")), None),
            Editor::Scale(f) => (f.value.map(|v| Value::Number(Number::from_i64(v))), None),
            Editor::List(f) => {
                let items = f.values();
                let any = items.iter().any(|i| !i.trim().is_empty());
                (any.then_some(Value::List(items)), None)
            }
            Editor::Table(f) => {
                let rows: Vec<_> = f.values().into_iter().filter(|r| !r.is_empty()).collect();
                ((!rows.is_empty()).then_some(Value::Table(rows)), None)
            }
        }
    }

    /// The text kept as a draft when the answer does not validate.
    pub fn draft(&self) -> String {
        match self {
            Editor::Text(f) => f.text(),
            _ => {
                let (value, other) = self.parts();
                let draft = StructuredDraft {
                    value: value.unwrap_or(Value::List(Vec::new())),
                    other,
                };
                serde_json::to_string(&draft).unwrap_or_default()
            }
        }
    }

    /// Which key bindings apply while this editor has the focus.
    pub fn ctx(&self) -> Ctx {
        match self {
            Editor::Text(f) if f.is_multiline() => Ctx::QuestionLong,
            Editor::Text(_) => Ctx::QuestionLine,
            Editor::Choice(f) if f.on_other() => Ctx::QuestionOther,
            Editor::Choice(_) | Editor::YesNo(_) => Ctx::QuestionChoice,
            Editor::Scale(_) => Ctx::QuestionScale,
            Editor::List(f) if f.editing.is_some() => Ctx::QuestionCell,
            Editor::List(_) => Ctx::QuestionList,
            Editor::Table(f) if f.editing.is_some() => Ctx::QuestionCell,
            Editor::Table(_) => Ctx::QuestionTable,
        }
    }

    /// A named action for the editor; returns whether the answer changed.
    pub fn act(&mut self, act: Act, page: usize) -> bool {
        match self {
            Editor::Text(_) => false,
            Editor::Choice(f) | Editor::YesNo(f) => f.act(act),
            Editor::Scale(f) => f.act(act),
            Editor::List(f) => f.act(act),
            Editor::Table(f) => f.act(act, page),
        }
    }

    /// A typed key; returns whether the answer changed.
    pub fn key(&mut self, event: KeyEvent) -> bool {
        match self {
            Editor::Text(f) => f.key(event),
            Editor::Choice(f) => f.key(event),
            Editor::YesNo(f) => yes_no_key(f, event),
            Editor::Scale(f) => f.key(event),
            Editor::List(f) => f.key(event),
            Editor::Table(f) => f.key(event),
        }
    }

    pub fn paste(&mut self, text: &str) -> bool {
        match self {
            Editor::Text(f) => f.paste(text),
            Editor::Choice(f) => f.paste(text),
            Editor::List(f) => f.paste(text),
            Editor::Table(f) => f.paste(text),
            Editor::YesNo(_) | Editor::Scale(_) => false,
        }
    }

    /// A single choice picks its highlighted option when the user moves on with Enter after
    /// moving the highlight; returns whether it did.
    pub fn pick_highlighted_if_none(&mut self) -> bool {
        match self {
            Editor::Choice(f) | Editor::YesNo(f) => f.pick_highlighted_if_none(),
            _ => false,
        }
    }

    /// Whether a list item or table cell is being typed.
    pub fn is_editing_item(&self) -> bool {
        match self {
            Editor::List(f) => f.editing.is_some(),
            Editor::Table(f) => f.editing.is_some() || f.picking.is_some(),
            _ => false,
        }
    }

    /// Ends any typing inside a list item or table cell, keeping the text.
    pub fn commit(&mut self) {
        match self {
            Editor::List(f) => f.commit(),
            Editor::Table(f) => f.commit(),
            _ => {}
        }
    }

    /// Rows the editor would like, before the screen shares out the space.
    pub fn height(&self) -> u16 {
        match self {
            // A long text takes what the screen can give: the box grows with the window.
            Editor::Text(f) if f.is_multiline() => u16::MAX / 4,
            Editor::Text(_) => 1,
            Editor::Choice(f) | Editor::YesNo(f) => f.height(),
            Editor::Scale(_) => 3,
            Editor::List(f) => f.height(),
            Editor::Table(f) => f.height(),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        match self {
            Editor::Text(f) => f.render(area, buf, true),
            Editor::Choice(f) | Editor::YesNo(f) => f.render(area, buf, theme),
            Editor::Scale(f) => f.render(area, buf, theme),
            Editor::List(f) => f.render(area, buf, theme),
            Editor::Table(f) => f.render(area, buf, theme),
        }
    }
}

/// `y` and `n` answer a yes/no question directly.
fn yes_no_key(field: &mut ChoiceField, event: KeyEvent) -> bool {
    use ratatui::crossterm::event::KeyCode;
    let value = match event.code {
        KeyCode::Char('y' | 'Y') => "yes",
        KeyCode::Char('n' | 'N') => "no",
        _ => return false,
    };
    field.picked.iter_mut().for_each(|p| *p = false);
    field.pick_value(value);
    true
}

/// The rows of a list shown in `height` rows: when the list is longer, the last row is kept
/// for a line saying how many options are hidden above and below, so nothing is hidden without
/// a sign.
pub(crate) fn list_window(
    cursor: &crate::tui::cursor::ListCursor,
    height: usize,
) -> (crate::tui::cursor::Window, Option<String>) {
    if cursor.len() <= height || height < 2 {
        return (cursor.window(height), None);
    }
    let window = cursor.window(height - 1);
    let more = match (window.above, window.below) {
        (0, below) => crate::tr!("tui-more-below", count = below),
        (above, 0) => crate::tr!("tui-more-above", count = above),
        (above, below) => crate::tr!("tui-more-both", above = above, below = below),
    };
    (window, Some(more))
}

/// Pads or cuts `text` to `width` columns (cut text ends with `…`).
pub(crate) fn fit(text: &str, width: u16) -> String {
    crate::tui::clip::fit(text, usize::from(width))
}
