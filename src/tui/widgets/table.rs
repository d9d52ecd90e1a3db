//! A table answer: rows of typed cells. Arrows move between cells; Enter types a text, number
//! or date cell (Enter confirms, Esc cancels) or opens the list of a choice or yes/no cell.
//! Columns take the width their content needs as far as the window allows, and the selected
//! cell is shown (and typed) in full below the rows. Only the visible rows are drawn, so
//! hundreds of rows cost no more per frame than ten.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::text::TextField;
use crate::answer::{NumberFormat, Row, Source, cell_text, cell_value};
use crate::text::sanitize_line;
use crate::tui::bidi;
use crate::tui::clip::render_line;
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
    /// The options of a choice or yes/no cell while the user picks one: (value, label), the
    /// first being "leave empty".
    pub picking: Option<(ListCursor, Vec<(String, String)>)>,
    /// The selected row was just added: Esc on it while it is still empty takes it away again.
    added: bool,
    /// How the city writes decimals: number cells are shown and typed this way.
    pub format: NumberFormat,
    /// Yes/no cells as the interface's language names them: (value, label).
    yes_no: [(String, String); 2],
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
            picking: None,
            added: false,
            format,
            yes_no: crate::tui::labels::yes_no(),
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
        if self.picking.is_some() {
            return self.act_picking(act, page);
        }
        self.added = act == Act::Add;
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

    /// Enter on a cell: type a text cell, open the list of a choice or yes/no cell.
    fn activate_cell(&mut self) -> bool {
        match self.columns[self.col].kind {
            ColumnKind::Choice | ColumnKind::YesNo => self.start_picking(),
            _ => self.start_editing(),
        }
        false
    }

    fn start_picking(&mut self) {
        let column = &self.columns[self.col];
        let mut options = vec![(String::new(), crate::tr!("tui-table-leave-empty"))];
        match column.kind {
            ColumnKind::YesNo => options.extend(self.yes_no.iter().cloned()),
            _ => options.extend(
                column
                    .choices()
                    .iter()
                    .map(|c| (c.value().to_string(), sanitize_line(&c.label))),
            ),
        }
        let current = &self.rows[self.row.pos()][self.col];
        let at = options.iter().position(|(v, _)| v == current).unwrap_or(0);
        self.picking = Some((ListCursor::at(at, options.len()), options));
    }

    fn act_picking(&mut self, act: Act, page: usize) -> bool {
        let Some((cursor, options)) = &mut self.picking else {
            return false;
        };
        match act {
            Act::Select | Act::Toggle => {
                let value = options[cursor.pos()].0.clone();
                self.picking = None;
                let cell = &mut self.rows[self.row.pos()][self.col];
                if *cell == value {
                    return false;
                }
                *cell = value;
                true
            }
            Act::Back => {
                self.picking = None;
                false
            }
            other => {
                cursor.apply(other, page);
                false
            }
        }
    }

    /// Starts typing the selected cell; a choice or yes/no cell that Tab lands on is only
    /// selected, Enter opens its list.
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

    fn act_editing(&mut self, act: Act) -> bool {
        match act {
            Act::Select => self.commit_cell(),
            Act::NextField | Act::PrevField => {
                let changed = self.commit_cell();
                let last = self.columns.len().saturating_sub(1);
                self.col = if act == Act::NextField {
                    (self.col + 1).min(last)
                } else {
                    self.col.saturating_sub(1)
                };
                self.start_editing();
                changed
            }
            // Esc cancels: the cell keeps what it held before; a row just added and left
            // empty goes away again.
            Act::Back => {
                self.editing = None;
                let at = self.row.pos();
                if self.added && self.rows[at].iter().all(|c| c.trim().is_empty()) {
                    self.added = false;
                    self.rows.remove(at);
                    self.row.resize(self.rows.len());
                    return true;
                }
                false
            }
            _ => false,
        }
    }

    /// Ends typing or picking: typed text is kept, an open list closes unchanged.
    pub fn commit(&mut self) {
        self.picking = None;
        self.commit_cell();
    }

    /// Keeps the typed text in its cell; returns whether the cell changed.
    fn commit_cell(&mut self) -> bool {
        if let Some(field) = self.editing.take()
            && let Some(cell) = self
                .rows
                .get_mut(self.row.pos())
                .and_then(|r| r.get_mut(self.col))
        {
            let text = field.text();
            if *cell != text {
                *cell = text;
                return true;
            }
        }
        false
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
            ColumnKind::YesNo => match self.yes_no.iter().find(|(v, _)| v == text) {
                Some((_, label)) => label.clone(),
                None => sanitize_line(text),
            },
            _ => sanitize_line(text),
        }
    }

    pub fn key(&mut self, event: KeyEvent) -> bool {
        self.editing.as_mut().is_some_and(|f| f.key(event))
    }

    pub fn paste(&mut self, text: &str) -> bool {
        self.editing.as_mut().is_some_and(|f| f.paste(text))
    }

    /// Rows wanted: the header, the rows, and the selected cell in full below them.
    /// An open list of choices asks for room to show them all.
    pub fn height(&self) -> u16 {
        let picking = self.picking.as_ref().map_or(0, |(_, o)| o.len() + 2);
        self.rows.len().max(1).max(picking) as u16 + 1 + DETAIL
    }

    /// Column widths for `room` columns of cells: each column gets the width its header and
    /// cells need; when they do not all fit, the narrow ones keep theirs and the wide ones
    /// share what is left equally.
    fn widths(&self, room: u16) -> Vec<u16> {
        let n = self.columns.len();
        if n == 0 {
            return Vec::new();
        }
        let need: Vec<usize> = (0..n)
            .map(|c| {
                let cells = self.rows.iter().map(|r| width(&self.display(c, &r[c])));
                cells
                    .chain([width(&self.headers[c])])
                    .max()
                    .unwrap_or(1)
                    .max(1)
            })
            .collect();
        let mut left = usize::from(room).saturating_sub(n - 1);
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&c| need[c]);
        let mut widths = vec![0u16; n];
        for (i, &c) in order.iter().enumerate() {
            let share = (left / (n - i)).max(MIN_COLUMN);
            let w = need[c].min(share);
            widths[c] = w as u16;
            left = left.saturating_sub(w);
        }
        widths
    }

    /// The first column drawn, so that the selected column is on screen when not all fit.
    fn first_column(&self, widths: &[u16], room: u16) -> usize {
        let mut first = 0;
        while first < self.col {
            let used: usize = widths[first..=self.col]
                .iter()
                .map(|w| usize::from(*w) + 1)
                .sum();
            if used <= usize::from(room) + 1 {
                break;
            }
            first += 1;
        }
        first
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        if area.height == 0 || area.width == 0 {
            return;
        }
        // A small window keeps one line for the selected cell.
        let detail = match area.height {
            h if h >= DETAIL + 2 => DETAIL,
            h if h >= 3 => 1,
            _ => 0,
        };
        let grid = Rect {
            height: area.height - detail,
            ..area
        };
        let room = area.width.saturating_sub(NUMBER);
        let widths = self.widths(room);
        let first = self.first_column(&widths, room);
        let header: Vec<Span> = std::iter::once(Span::raw(" ".repeat(NUMBER.into())))
            .chain(
                self.headers[first..]
                    .iter()
                    .zip(&widths[first..])
                    .flat_map(|(h, w)| {
                        [
                            Span::styled(
                                bidi::fit(h, *w),
                                theme.title().add_modifier(Modifier::UNDERLINED),
                            ),
                            Span::raw(" "),
                        ]
                    }),
            )
            .collect();
        Line::from(header).render(Rect { height: 1, ..grid }, buf);
        let body = Rect {
            y: grid.y + 1,
            height: grid.height - 1,
            ..grid
        };
        if self.rows.is_empty() {
            render_line(
                Line::from(Span::styled(crate::tr!("tui-table-empty"), theme.dim())),
                Rect { height: 1, ..body },
                buf,
            );
            return;
        }
        let height = body.height as usize;
        if height > 0 {
            let (window, more) = super::list_window(&self.row, height);
            for (screen_row, r) in window.rows().enumerate() {
                let row_area = Rect {
                    y: body.y + screen_row as u16,
                    height: 1,
                    ..body
                };
                self.render_row(r, row_area, first, &widths, buf, theme);
            }
            if let Some(more) = more {
                let y = body.y + (window.end - window.start) as u16;
                crate::tui::clip::render_line(
                    Line::from(Span::styled(
                        format!("{:>w$}{more}", "", w = NUMBER.into()),
                        theme.dim(),
                    )),
                    Rect {
                        y,
                        height: 1,
                        ..body
                    },
                    buf,
                );
            }
        }
        if detail > 0 {
            let detail_area = Rect {
                y: grid.bottom(),
                height: detail,
                ..area
            };
            self.render_detail(detail_area, buf, theme);
        }
        if let Some((cursor, options)) = &self.picking {
            let mut below_header = Rect {
                height: area.bottom() - body.y,
                ..body
            };
            if below_header.height < 4 {
                below_header = area;
            }
            self.render_picker(cursor, options, below_header, first, &widths, buf, theme);
        }
    }

    /// The selected cell in full: its column and row, then its whole text wrapped (typed here
    /// while it is being edited).
    fn render_detail(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        let r = self.row.pos();
        let hint = if self.editing.is_some() {
            crate::tr!("tui-table-hint-typing")
        } else if matches!(
            self.columns[self.col].kind,
            ColumnKind::Choice | ColumnKind::YesNo
        ) {
            crate::tr!("tui-table-hint-pick")
        } else {
            crate::tr!("tui-table-hint-edit")
        };
        if area.height == 1 {
            let label = format!("{}: ", self.headers[self.col]);
            let used = (width(&label) as u16).min(area.width);
            Span::styled(bidi::text(bidi::unjoin(&label).into_owned()), theme.title())
                .render(area, buf);
            let rest = Rect {
                x: area.x + used,
                width: area.width - used,
                ..area
            };
            match &self.editing {
                Some(field) => field.render(rest, buf, true),
                None => {
                    let text = self.display(self.col, &self.rows[r][self.col]);
                    Span::raw(bidi::fit(&text, rest.width)).render(rest, buf);
                }
            }
            return;
        }
        let title = Line::from(vec![
            Span::styled(
                crate::tr!(
                    "tui-table-cell",
                    column = &self.headers[self.col],
                    row = r + 1
                ),
                theme.title(),
            ),
            Span::styled(format!("  {hint}"), theme.dim()),
        ]);
        render_line(title, Rect { height: 1, ..area }, buf);
        let text_area = Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        };
        match &self.editing {
            Some(field) => field.render_wrapped(text_area, buf),
            None => {
                let text = self.display(self.col, &self.rows[r][self.col]);
                if bidi::needed(&text) {
                    let lines: Vec<Line<'static>> =
                        text.lines().map(|l| Line::from(l.to_string())).collect();
                    Paragraph::new(bidi::wrap(&lines, text_area.width)).render(text_area, buf);
                } else {
                    Paragraph::new(text)
                        .wrap(Wrap { trim: false })
                        .render(text_area, buf);
                }
            }
        }
    }

    /// The options of a choice cell, in a box under the cell.
    #[allow(clippy::too_many_arguments)]
    fn render_picker(
        &self,
        cursor: &ListCursor,
        options: &[(String, String)],
        body: Rect,
        first: usize,
        widths: &[u16],
        buf: &mut Buffer,
        theme: Theme,
    ) {
        let x: u16 = NUMBER + widths[first..self.col].iter().map(|w| w + 1).sum::<u16>();
        let want = options.iter().map(|(_, l)| width(l)).max().unwrap_or(0) + 4;
        let w = (want as u16).clamp(16, body.width);
        let x = (body.x + x).min(body.right().saturating_sub(w));
        let h = (options.len() as u16 + 2).min(body.height);
        if h < 3 {
            return;
        }
        let popup = Rect::new(x, body.y, w, h);
        Clear.render(popup, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.dim());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let (window, more) = super::list_window(cursor, inner.height as usize);
        for (row, i) in window.rows().enumerate() {
            let style = if i == cursor.pos() {
                theme.selected()
            } else {
                Default::default()
            };
            Span::styled(bidi::fit(&options[i].1, inner.width), style).render(
                Rect {
                    y: inner.y + row as u16,
                    height: 1,
                    ..inner
                },
                buf,
            );
        }
        if let Some(more) = more {
            let y = inner.y + (window.end - window.start) as u16;
            crate::tui::clip::render_line(
                Line::from(Span::styled(more, theme.dim())),
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                buf,
            );
        }
    }

    fn render_row(
        &self,
        r: usize,
        area: Rect,
        first: usize,
        widths: &[u16],
        buf: &mut Buffer,
        theme: Theme,
    ) {
        let number = format!("{:>4} ", r + 1);
        Line::from(number).render(
            Rect {
                width: NUMBER.min(area.width),
                ..area
            },
            buf,
        );
        let mut x = area.x.saturating_add(NUMBER);
        for (c, width) in widths.iter().enumerate().skip(first) {
            if x >= area.right() {
                break;
            }
            let cell_area = Rect {
                x,
                width: (*width).min(area.right() - x),
                ..area
            };
            let selected = r == self.row.pos() && c == self.col;
            match &self.editing {
                Some(field) if selected => field.render(cell_area, buf, true),
                _ => {
                    let text = &self.rows[r][c];
                    let valid = text.trim().is_empty()
                        || cell_value(&self.columns[c], text.trim(), Source::Typed(self.format))
                            .is_ok();
                    let mut style = if valid {
                        Default::default()
                    } else {
                        theme.warn()
                    };
                    if selected {
                        style = style.patch(theme.selected());
                    }
                    let shown = bidi::fit(&self.display(c, text), cell_area.width);
                    Span::styled(shown, style).render(cell_area, buf);
                }
            }
            x = x.saturating_add(*width + 1);
        }
    }
}

/// The rows under the table that show the selected cell in full: its name and two rows of text.
const DETAIL: u16 = 3;
/// The row number column.
const NUMBER: u16 = 5;
/// No column is squeezed below this, so a header stays recognisable.
const MIN_COLUMN: usize = 4;

fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}
