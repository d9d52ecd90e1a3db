//! A table answer: rows of typed cells. Arrows move between cells, Enter types a text, number
//! or date cell, Space cycles a choice or yes/no cell. Only the visible rows are drawn, so
//! hundreds of rows cost no more per frame than ten.

use super::fit;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::TextField;
use crate::answer::{NumberFormat, Row, Source, cell_text, cell_value};
use crate::text::sanitize_line;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::theme::Theme;
use crate::workbook::{Column, ColumnKind};

#[derive(Debug, Clone)]
pub struct TableField {
    pub columns: Vec<Column>,
    /// Sanitised column headers.
    pub headers: Vec<String>,
    /// Cells in column order, as typed.
    pub rows: Vec<Vec<String>>,
    /// The selected row.
    pub row: ListCursor,
    pub col: usize,
    pub editing: Option<TextField>,
    /// How the city writes decimals: number cells are shown and typed this way.
    pub format: NumberFormat,
}

impl TableField {
    pub fn new(columns: &[Column], rows: &[Row], format: NumberFormat) -> TableField {
        let columns = columns.to_vec();
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                columns
                    .iter()
                    .map(|c| match (c.kind, r.get(c.id())) {
                        (ColumnKind::Number, Some(text)) => cell_text(c, text, format),
                        (_, text) => text.cloned().unwrap_or_default(),
                    })
                    .collect()
            })
            .collect();
        let headers = columns.iter().map(|c| sanitize_line(&c.label)).collect();
        TableField {
            columns,
            headers,
            row: ListCursor::new(rows.len()),
            rows,
            col: 0,
            editing: None,
            format,
        }
    }

    /// The rows as stored (empty cells left out), including a cell being typed.
    pub fn values(&self) -> Vec<Row> {
        let mut rows = self.rows.clone();
        if let Some(field) = &self.editing
            && let Some(cell) = rows
                .get_mut(self.row.pos())
                .and_then(|r| r.get_mut(self.col))
        {
            *cell = field.text();
        }
        rows.iter()
            .map(|cells| {
                self.columns
                    .iter()
                    .zip(cells)
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(c, v)| (c.id().to_string(), v.clone()))
                    .collect()
            })
            .collect()
    }

    pub fn act(&mut self, act: Act, page: usize) -> bool {
        if self.editing.is_some() {
            return self.act_editing(act);
        }
        let last_col = self.columns.len().saturating_sub(1);
        let at = self.row.pos();
        match act {
            Act::Up | Act::Down | Act::PageUp | Act::PageDown | Act::Top | Act::Bottom => {
                self.row.apply(act, page);
            }
            Act::Left => self.col = self.col.saturating_sub(1),
            Act::Right => self.col = (self.col + 1).min(last_col),
            // Tab walks the cells as a form does: a text cell it lands on is ready to type.
            Act::NextField | Act::PrevField if !self.rows.is_empty() => {
                self.col = if act == Act::NextField {
                    (self.col + 1).min(last_col)
                } else {
                    self.col.saturating_sub(1)
                };
                self.start_editing();
            }
            Act::Add => {
                self.rows.push(vec![String::new(); self.columns.len()]);
                self.row = ListCursor::at(self.rows.len() - 1, self.rows.len());
                self.col = 0;
                self.start_editing();
                return true;
            }
            Act::Delete if !self.rows.is_empty() => {
                self.rows.remove(at);
                self.row.resize(self.rows.len());
                return true;
            }
            Act::MoveUp if at > 0 => {
                self.rows.swap(at, at - 1);
                self.row.up();
                return true;
            }
            Act::MoveDown if at + 1 < self.rows.len() => {
                self.rows.swap(at, at + 1);
                self.row.down();
                return true;
            }
            Act::Select | Act::Toggle if !self.rows.is_empty() => return self.activate_cell(),
            _ => return false,
        }
        false
    }

    /// Enter on a cell: type text cells, cycle choice and yes/no cells.
    fn activate_cell(&mut self) -> bool {
        match self.columns[self.col].kind {
            ColumnKind::Choice | ColumnKind::YesNo => {
                self.cycle();
                true
            }
            _ => {
                self.start_editing();
                false
            }
        }
    }

    fn start_editing(&mut self) {
        if matches!(
            self.columns[self.col].kind,
            ColumnKind::Choice | ColumnKind::YesNo
        ) {
            return;
        }
        let text = self.rows[self.row.pos()][self.col].clone();
        self.editing = Some(TextField::new(&text, false, None));
    }

    fn cycle(&mut self) {
        let column = &self.columns[self.col];
        let options: Vec<String> = match column.kind {
            ColumnKind::YesNo => vec!["yes".into(), "no".into()],
            _ => column
                .choices()
                .iter()
                .map(|c| c.value().to_string())
                .collect(),
        };
        let cell = &mut self.rows[self.row.pos()][self.col];
        let at = options.iter().position(|o| o == cell);
        *cell = match at {
            None => options.first().cloned().unwrap_or_default(),
            Some(i) if i + 1 < options.len() => options[i + 1].clone(),
            Some(_) => String::new(),
        };
    }

    fn act_editing(&mut self, act: Act) -> bool {
        match act {
            Act::Select => {
                self.commit();
                true
            }
            Act::NextField | Act::PrevField => {
                self.commit();
                let last = self.columns.len().saturating_sub(1);
                self.col = if act == Act::NextField {
                    (self.col + 1).min(last)
                } else {
                    self.col.saturating_sub(1)
                };
                self.start_editing();
                true
            }
            Act::Back => {
                self.editing = None;
                true
            }
            _ => false,
        }
    }

    pub fn commit(&mut self) {
        if let Some(field) = self.editing.take()
            && let Some(cell) = self
                .rows
                .get_mut(self.row.pos())
                .and_then(|r| r.get_mut(self.col))
        {
            *cell = field.text();
        }
    }

    /// A cell as shown: a choice cell shows its label, any cell its sanitised text.
    fn display(&self, col: usize, text: &str) -> String {
        let column = &self.columns[col];
        match column.kind {
            ColumnKind::Choice => sanitize_line(
                column
                    .choices()
                    .iter()
                    .find(|c| c.value() == text)
                    .map(|c| c.label.as_str())
                    .unwrap_or(text),
            ),
            _ => sanitize_line(text),
        }
    }

    pub fn key(&mut self, event: KeyEvent) -> bool {
        self.editing.as_mut().is_some_and(|f| f.key(event))
    }

    pub fn paste(&mut self, text: &str) -> bool {
        self.editing.as_mut().is_some_and(|f| f.paste(text))
    }

    pub fn height(&self) -> u16 {
        (self.rows.len().max(1) + 2) as u16
    }

    fn widths(&self, width: u16) -> Vec<u16> {
        let n = self.columns.len().max(1) as u16;
        let each = (width.saturating_sub(n) / n).max(1);
        vec![each; self.columns.len()]
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        if area.height == 0 || area.width == 0 {
            return;
        }
        let widths = self.widths(area.width.saturating_sub(5));
        let header: Vec<Span> = std::iter::once(Span::raw("     "))
            .chain(self.headers.iter().zip(&widths).flat_map(|(h, w)| {
                [
                    Span::styled(fit(h, *w), theme.title().add_modifier(Modifier::UNDERLINED)),
                    Span::raw(" "),
                ]
            }))
            .collect();
        Line::from(header).render(Rect { height: 1, ..area }, buf);
        let body = Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        };
        if self.rows.is_empty() {
            Line::from(Span::styled(
                "No rows yet. Press a to add one.",
                theme.dim(),
            ))
            .render(body, buf);
            return;
        }
        let height = body.height as usize;
        if height == 0 {
            return;
        }
        let window = self.row.window(height);
        for (screen_row, r) in window.rows().enumerate() {
            self.render_row(
                r,
                Rect {
                    y: body.y + screen_row as u16,
                    height: 1,
                    ..body
                },
                &widths,
                buf,
                theme,
            );
        }
    }

    fn render_row(&self, r: usize, area: Rect, widths: &[u16], buf: &mut Buffer, theme: Theme) {
        let mut x = area.x;
        let number = format!("{:>4} ", r + 1);
        Line::from(number).render(
            Rect {
                width: 5.min(area.width),
                ..area
            },
            buf,
        );
        x = x.saturating_add(5);
        for (c, width) in widths.iter().enumerate() {
            let cell_area = Rect {
                x,
                width: (*width).min(area.right().saturating_sub(x)),
                ..area
            };
            if r == self.row.pos() && c == self.col && self.editing.is_some() {
                if let Some(field) = &self.editing {
                    field.render(cell_area, buf, true);
                }
            } else {
                let text = &self.rows[r][c];
                let valid = text.trim().is_empty()
                    || cell_value(&self.columns[c], text.trim(), Source::Typed(self.format))
                        .is_ok();
                let mut style = if valid {
                    Default::default()
                } else {
                    theme.warn()
                };
                if r == self.row.pos() && c == self.col {
                    style = style.patch(theme.selected());
                }
                Span::styled(fit(&self.display(c, text), *width), style).render(cell_area, buf);
            }
            x = x.saturating_add(*width + 1);
            if x >= area.right() {
                break;
            }
        }
    }
}
