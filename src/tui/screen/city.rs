//! Picking the city to work on, or creating one (name, country, the user's role).

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::answer::NumberFormat;
use crate::profile::{City, Role};
use crate::text::sanitize_line;
use crate::tr;
use crate::tui::app::{App, Command};
use crate::tui::bidi;
use crate::tui::clip::render_row;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::labels;
use crate::tui::transition::{Env, Input, Transition};
use crate::tui::widgets::text::TextField;
use unicode_width::UnicodeWidthStr;

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
    pub cursor: ListCursor,
    pub form: Option<CityForm>,
}

/// A row of the city list after the cities themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extra {
    NewCity,
    /// Offered while no city exists yet (the `d` key opens it at any time).
    Demo,
}

impl CityScreen {
    /// The picker on `cities`, listed in the order names sort in (accents and case aside).
    pub fn new(mut cities: Vec<CityRow>) -> CityScreen {
        cities.sort_by(|a, b| workbook_core::locale::compare_names(&a.name, &b.name));
        let form = cities.is_empty().then(CityForm::default);
        let rows = cities.len() + 1 + usize::from(cities.is_empty());
        CityScreen {
            cursor: ListCursor::new(rows),
            cities,
            form,
        }
    }

    /// The rows under the cities: "new city", and the demo while there is no city.
    pub fn extras(&self) -> &'static [Extra] {
        if self.cities.is_empty() {
            &[Extra::NewCity, Extra::Demo]
        } else {
            &[Extra::NewCity]
        }
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        if let Some(form) = &mut self.form {
            return match input {
                Input::Key(event) => {
                    form.key(event);
                    Transition::stay()
                }
                Input::Paste(text) => {
                    form.paste(&text);
                    Transition::stay()
                }
                Input::Act(Act::Back) => {
                    self.form = None;
                    Transition::stay()
                }
                Input::Act(Act::Select) => match form.city(env.now) {
                    Ok(city) => Transition::command(Command::CreateCity(city)),
                    Err(message) => {
                        form.field = 0;
                        Transition::warn(message)
                    }
                },
                Input::Act(act) => {
                    form.act(act);
                    Transition::stay()
                }
                Input::Scroll(_) => Transition::stay(),
            };
        }
        let Input::Act(act) = input else {
            return Transition::stay();
        };
        if self.cursor.apply(act, env.page()) {
            return Transition::stay();
        }
        match act {
            Act::Add => self.form = Some(CityForm::default()),
            Act::Demo => return Transition::command(Command::OpenDemo),
            Act::Select => match self.cities.get(self.cursor.pos()) {
                Some(city) => return Transition::command(Command::OpenCity(city.name.clone())),
                None => match self.extras().get(self.cursor.pos() - self.cities.len()) {
                    Some(Extra::Demo) => return Transition::command(Command::OpenDemo),
                    _ => self.form = Some(CityForm::default()),
                },
            },
            _ => {}
        }
        Transition::stay()
    }
}

#[derive(Debug)]
pub struct CityForm {
    pub name: TextField,
    pub country: TextField,
    pub role: Role,
    pub number_format: NumberFormat,
    /// 0 name, 1 country, 2 role, 3 number format.
    pub field: usize,
}

const FIELDS: usize = 4;

impl Default for CityForm {
    fn default() -> Self {
        CityForm {
            name: TextField::new("", false, Some(&tr!("tui-city-name-placeholder"))),
            country: TextField::new("", false, Some(&tr!("tui-city-country-placeholder"))),
            role: Role::Official,
            number_format: NumberFormat::from_env(),
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
            2 => match event.code {
                KeyCode::Char('m' | 'M') => self.role = Role::Mayor,
                KeyCode::Char('o' | 'O') => self.role = Role::Official,
                KeyCode::Char(' ') => self.act(Act::Toggle),
                _ => {}
            },
            _ => match event.code {
                KeyCode::Char('.') => self.number_format = NumberFormat::Point,
                KeyCode::Char(',') => self.number_format = NumberFormat::Comma,
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
            Act::NextField | Act::Down => self.field = (self.field + 1).min(FIELDS - 1),
            Act::PrevField | Act::Up => self.field = self.field.saturating_sub(1),
            Act::Left | Act::Right | Act::Toggle if self.field == 2 => {
                self.role = match self.role {
                    Role::Mayor => Role::Official,
                    Role::Official => Role::Mayor,
                }
            }
            Act::Left | Act::Right | Act::Toggle if self.field == 3 => {
                self.number_format = match self.number_format {
                    NumberFormat::Point => NumberFormat::Comma,
                    NumberFormat::Comma => NumberFormat::Point,
                }
            }
            _ => {}
        }
    }

    /// The city to create, or what is missing.
    pub fn city(&self, now: Timestamp) -> Result<City, String> {
        let name = self.name.text().trim().to_string();
        if name.is_empty() {
            return Err(tr!("tui-city-name-missing"));
        }
        let country = self.country.text().trim().to_string();
        Ok(City {
            name,
            country: (!country.is_empty()).then_some(country),
            role: self.role,
            created: now,
            number_format: self.number_format,
            track: Default::default(),
            currency: None,
            lang: None,
        })
    }
}

pub fn render(app: &App, state: &CityScreen, area: Rect, buf: &mut Buffer) {
    match &state.form {
        Some(form) => render_form(app, form, state.cities.is_empty(), area, buf),
        None => render_list(app, state, area, buf),
    }
}

fn render_list(app: &App, state: &CityScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    render_row(
        Line::from(Span::styled(tr!("tui-city-which"), theme.title())),
        Rect { height: 1, ..area },
        buf,
    );
    let list = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let window = state.cursor.window(list.height as usize);
    // Looked up once for every city.
    let (mayor, official) = (labels::role(Role::Mayor), labels::role(Role::Official));
    for (screen_row, i) in window.rows().enumerate() {
        let text = match state.cities.get(i) {
            Some(c) => {
                let country = c
                    .country
                    .as_deref()
                    .map(|c| format!(", {}", sanitize_line(c)))
                    .unwrap_or_default();
                let role = match c.role {
                    Role::Mayor => &mayor,
                    Role::Official => &official,
                };
                format!("  {}{country} · {role}", sanitize_line(&c.name))
            }
            None => match state.extras().get(i - state.cities.len()) {
                Some(Extra::Demo) => format!("  ▶ {}", tr!("tui-city-demo")),
                _ => format!("  + {}", tr!("tui-city-new")),
            },
        };
        let style = if i == state.cursor.pos() {
            theme.selected()
        } else {
            Default::default()
        };
        let row = Rect {
            y: list.y + screen_row as u16,
            height: 1,
            ..list
        };
        render_row(Line::from(Span::styled(text, style)), row, buf);
    }
}

fn render_form(app: &App, form: &CityForm, first: bool, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    // How to change the focused field: on the free row under it, or, in a window too short
    // for that, in place of the introduction.
    let field_hint = match form.field {
        2 => tr!("tui-city-role-hint"),
        3 => tr!("tui-city-numbers-hint"),
        _ => String::new(),
    };
    let hint_y = area.y + 5 + (form.field as u16) * 2;
    let hint_below = hint_y < area.bottom();
    let mut intro = vec![Line::from(Span::styled(
        tr!("tui-city-new-title"),
        theme.title(),
    ))];
    intro.push(Line::from(if !hint_below && !field_hint.is_empty() {
        field_hint.clone()
    } else if first {
        tr!("tui-city-intro-first")
    } else {
        tr!("tui-city-intro")
    }));
    let intro_area = Rect {
        height: area.height.min(3),
        ..area
    };
    if intro.iter().any(bidi::line_needed) {
        Paragraph::new(bidi::wrap(&intro, area.width)).render(intro_area, buf);
    } else {
        Paragraph::new(intro)
            .wrap(Wrap { trim: true })
            .render(intro_area, buf);
    }
    // Right to left, the labels are on the right and the fields to their left.
    let rtl = bidi::interface_rtl();
    let labels = [
        "tui-city-field-name",
        "tui-city-field-country",
        "tui-city-field-role",
        "tui-city-field-numbers",
    ]
    .map(|id| crate::messages::ui().text(id));
    // The labels' column: as wide as the widest label and its marker, at least 14 columns,
    // at most a third of the window.
    let widest = labels.iter().map(|l| l.width()).max().unwrap_or(0) + 3;
    let label_w = u16::try_from(widest.max(14))
        .unwrap_or(u16::MAX)
        .min((area.width / 3).max(14));
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
        let head_w = area.width.min(label_w);
        let head = Rect {
            x: if rtl { area.right() - head_w } else { area.x },
            y,
            height: 1,
            width: head_w,
        };
        render_row(
            Line::from(Span::styled(format!("{marker}{label}"), style)),
            head,
            buf,
        );
        let field = Rect {
            x: if rtl {
                area.x
            } else {
                area.x + label_w.min(area.width)
            },
            y,
            height: 1,
            width: area.width.saturating_sub(label_w),
        };
        match i {
            0 => form.name.render(field, buf, form.field == 0),
            1 => form.country.render(field, buf, form.field == 1),
            3 => {
                let pick = |f: NumberFormat, text: &'static str| {
                    let on = form.number_format == f;
                    Span::styled(
                        format!("{} {text} ", if on { "(•)" } else { "( )" }),
                        if on && form.field == 3 {
                            theme.selected()
                        } else {
                            Default::default()
                        },
                    )
                };
                render_row(
                    Line::from(vec![
                        pick(NumberFormat::Point, "1234.5"),
                        pick(NumberFormat::Comma, "1234,5"),
                    ]),
                    field,
                    buf,
                );
            }
            _ => {
                let pick = |r: Role, text: String| {
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
                let both = Line::from(vec![
                    pick(Role::Mayor, tr!("tui-city-role-mayor")),
                    pick(Role::Official, tr!("tui-city-role-official")),
                ]);
                // Too narrow for both: the chosen one, whole (the hint says how to change it),
                // rather than the other cut to a stub.
                let shown = if both.width() > usize::from(field.width) {
                    let chosen = match form.role {
                        Role::Mayor => tr!("tui-city-role-mayor"),
                        _ => tr!("tui-city-role-official"),
                    };
                    Line::from(pick(form.role, chosen))
                } else {
                    both
                };
                crate::tui::clip::render_line(shown, field, buf);
            }
        }
    }
    if !field_hint.is_empty() && hint_below {
        let y = hint_y;
        let indent = label_w.min(area.width / 3);
        render_row(
            Line::from(Span::styled(field_hint, theme.dim())),
            Rect {
                x: if rtl { area.x } else { area.x + indent },
                y,
                height: 1,
                width: area.width.saturating_sub(indent),
            },
            buf,
        );
    }
    let hint = tr!("tui-city-form-keys");
    let y = area.y + 13;
    if y < area.bottom() {
        render_row(
            Line::from(Span::styled(hint, theme.dim())),
            Rect {
                y,
                height: 1,
                ..area
            },
            buf,
        );
    }
}
