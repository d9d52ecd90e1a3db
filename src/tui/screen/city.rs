//! Picking the city to work on, or creating one (name, country, the user's role).

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::window_top;
use crate::profile::{City, Role};
use crate::text::sanitize_line;
use crate::tui::app::App;
use crate::tui::keys::Act;
use crate::tui::widgets::text::TextField;

/// A city in the data folder, as the picker lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct CityRow {
    pub name: String,
    pub country: Option<String>,
    pub role: Role,
}

#[derive(Debug)]
pub struct CityScreen {
    pub cities: Vec<CityRow>,
    /// On the list; `cities.len()` is the "new city" row.
    pub cursor: usize,
    pub form: Option<CityForm>,
}

impl CityScreen {
    pub fn new(cities: Vec<CityRow>) -> CityScreen {
        let form = cities.is_empty().then(CityForm::default);
        CityScreen {
            cities,
            cursor: 0,
            form,
        }
    }
}

#[derive(Debug)]
pub struct CityForm {
    pub name: TextField,
    pub country: TextField,
    pub role: Role,
    /// 0 name, 1 country, 2 role.
    pub field: usize,
}

impl Default for CityForm {
    fn default() -> Self {
        CityForm {
            name: TextField::new("", false, Some("for example Riverton")),
            country: TextField::new("", false, Some("optional")),
            role: Role::Official,
            field: 0,
        }
    }
}

impl CityForm {
    pub fn key(&mut self, event: KeyEvent) {
        use ratatui::crossterm::event::KeyCode;
        match self.field {
            0 => {
                self.name.key(event);
            }
            1 => {
                self.country.key(event);
            }
            _ => match event.code {
                KeyCode::Char('m' | 'M') => self.role = Role::Mayor,
                KeyCode::Char('o' | 'O') => self.role = Role::Official,
                KeyCode::Char(' ') => self.act(Act::Toggle),
                _ => {}
            },
        }
    }

    pub fn paste(&mut self, text: &str) {
        match self.field {
            0 => self.name.paste(text),
            1 => self.country.paste(text),
            _ => false,
        };
    }

    pub fn act(&mut self, act: Act) {
        match act {
            Act::NextField | Act::Down => self.field = (self.field + 1).min(2),
            Act::PrevField | Act::Up => self.field = self.field.saturating_sub(1),
            Act::Left | Act::Right | Act::Toggle if self.field == 2 => {
                self.role = match self.role {
                    Role::Mayor => Role::Official,
                    Role::Official => Role::Mayor,
                }
            }
            _ => {}
        }
    }

    /// The city to create, or what is missing.
    pub fn city(&self, now: Timestamp) -> Result<City, String> {
        let name = self.name.text().trim().to_string();
        if name.is_empty() {
            return Err("type the city's name first".to_string());
        }
        let country = self.country.text().trim().to_string();
        Ok(City {
            name,
            country: (!country.is_empty()).then_some(country),
            role: self.role,
            created: now,
        })
    }
}

pub fn render(app: &App, state: &CityScreen, area: Rect, buf: &mut Buffer) {
    match &state.form {
        Some(form) => render_form(app, form, !state.cities.is_empty(), area, buf),
        None => render_list(app, state, area, buf),
    }
}

fn render_list(app: &App, state: &CityScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    Line::from(Span::styled(
        "Which city are you working on?",
        theme.title(),
    ))
    .render(area, buf);
    let list = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let rows = state.cities.len() + 1;
    let top = window_top(state.cursor, list.height as usize);
    for (screen_row, i) in (top..rows).take(list.height as usize).enumerate() {
        let text = match state.cities.get(i) {
            Some(c) => {
                let country = c
                    .country
                    .as_deref()
                    .map(|c| format!(", {}", sanitize_line(c)))
                    .unwrap_or_default();
                format!("  {}{country} · {}", sanitize_line(&c.name), c.role.name())
            }
            None => "  + New city".to_string(),
        };
        let style = if i == state.cursor {
            theme.selected()
        } else {
            Default::default()
        };
        let row = Rect {
            y: list.y + screen_row as u16,
            height: 1,
            ..list
        };
        Line::from(Span::styled(text, style)).render(row, buf);
    }
}

fn render_form(app: &App, form: &CityForm, can_cancel: bool, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let mut intro = vec![Line::from(Span::styled("A new city", theme.title()))];
    intro.push(Line::from(
        "Answers are saved per city. Your role chooses which questions are shown.",
    ));
    Paragraph::new(intro).wrap(Wrap { trim: true }).render(
        Rect {
            height: area.height.min(3),
            ..area
        },
        buf,
    );
    let labels = ["City name", "Country", "Your role"];
    for (i, label) in labels.iter().enumerate() {
        let y = area.y + 4 + (i as u16) * 2;
        if y >= area.bottom() {
            break;
        }
        let style = if form.field == i {
            theme.key()
        } else {
            theme.dim()
        };
        let marker = if form.field == i { "> " } else { "  " };
        let head = Rect {
            y,
            height: 1,
            width: area.width.min(14),
            ..area
        };
        Line::from(Span::styled(format!("{marker}{label}"), style)).render(head, buf);
        let field = Rect {
            x: area.x + 14,
            y,
            height: 1,
            width: area.width.saturating_sub(14),
        };
        match i {
            0 => form.name.render(field, buf, form.field == 0),
            1 => form.country.render(field, buf, form.field == 1),
            _ => {
                let pick = |r: Role, text: &'static str| {
                    let on = form.role == r;
                    Span::styled(
                        format!("{} {text} ", if on { "(•)" } else { "( )" }),
                        if on && form.field == 2 {
                            theme.selected()
                        } else {
                            Default::default()
                        },
                    )
                };
                Line::from(vec![
                    pick(Role::Mayor, "Mayor"),
                    pick(Role::Official, "City official"),
                ])
                .render(field, buf);
            }
        }
    }
    let hint = if can_cancel {
        "Tab: next field · Enter: create · Esc: back"
    } else {
        "Tab: next field · Enter: create"
    };
    let y = area.y + 11;
    if y < area.bottom() {
        Line::from(Span::styled(hint, theme.dim())).render(
            Rect {
                y,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

impl App {
    pub fn cities_screen(&self) -> Option<&CityScreen> {
        match &self.screen {
            super::Screen::City(c) => Some(c),
            _ => None,
        }
    }
}
