//! Keys as data: one table maps key chords to the app's actions per screen, and the same table
//! feeds the help overlay and the footer. Terminal key events become [`Action`]s here and
//! nowhere else.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use unicode_width::UnicodeWidthStr;

/// What a key asks the app to do. Plain data, so that bindings can live in a static table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    Quit,
    Help,
    /// Close an overlay or go back one screen.
    Back,
    Next,
    Prev,
    Outline,
    NextRequired,
    Search,
    Review,
    Plan,
    ToggleAudience,
    Example,
    SaveNow,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Open or confirm the highlighted item.
    Select,
    Toggle,
    Add,
    Delete,
    MoveUp,
    MoveDown,
    NextField,
    PrevField,
    Continue,
    WritePlan,
    /// Show the plan in the next edition (public, council, restricted).
    Edition,
    /// Answer yes to a question the screen asks (replace a file).
    Yes,
    /// Answer no.
    No,
    ScrollUp,
    ScrollDown,
    /// Switch a read-only window to editing once the window that held the city has closed.
    TakeEdit,
    /// Resolve the notes on an answer: keep it, or use an answer a note keeps.
    Resolve,
    /// Switch the city between the core track and the full workbooks.
    SwitchTrack,
    /// Switch between the default colours and the projector's high contrast.
    ToggleTheme,
    /// Show the workbooks in the next language they are translated into.
    SwitchLanguage,
    /// Show the current question's id, for `answer set` and scripts.
    ShowId,
    /// Open the trainers' demo city.
    Demo,
    /// Keep the answer carried over from the last round as this round's answer, unchanged.
    KeepLast,
    /// Show every answer, only those still to confirm this round, or those changed since the
    /// last round.
    Filter,
    /// Fill a table or list answer from a spreadsheet file.
    Import,
    /// Complete the file name typed so far.
    Complete,
    /// Add the imported rows to the stored answer.
    Merge,
    /// Replace the stored answer with the imported rows.
    Replace,
}

/// Where the keyboard focus is: chooses which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ctx {
    CityList,
    CityForm,
    Home,
    /// A question whose editor takes typed text on one line (short text, number, date).
    QuestionLine,
    /// A long-text question: Enter is a new line.
    QuestionLong,
    QuestionChoice,
    /// The "other" text of a choice question has the focus.
    QuestionOther,
    QuestionScale,
    QuestionList,
    QuestionTable,
    /// A list item or table cell is being typed.
    QuestionCell,
    Outline,
    Search,
    Review,
    Plan,
    /// The plan preview's choice of format to write.
    PlanWrite,
    /// The plan preview asks whether to replace a file.
    PlanConfirm,
    /// The path of a spreadsheet to import is being typed.
    ImportPath,
    /// What an import would do, before anything is saved.
    ImportPreview,
    Help,
}

impl Ctx {
    /// Whether printable keys type text here (so single-letter shortcuts are off).
    pub fn typing(self) -> bool {
        matches!(
            self,
            Ctx::CityForm
                | Ctx::QuestionLine
                | Ctx::QuestionLong
                | Ctx::QuestionOther
                | Ctx::QuestionCell
                | Ctx::Search
                | Ctx::ImportPath
        )
    }

    fn is_question(self) -> bool {
        matches!(
            self,
            Ctx::QuestionLine
                | Ctx::QuestionLong
                | Ctx::QuestionChoice
                | Ctx::QuestionOther
                | Ctx::QuestionScale
                | Ctx::QuestionList
                | Ctx::QuestionTable
                | Ctx::QuestionCell
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Chord {
    Chord {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn ctrl_key(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::CONTROL,
    }
}

const fn alt(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::ALT,
    }
}

const fn shift(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::SHIFT,
    }
}

const fn ch(c: char) -> Chord {
    plain(KeyCode::Char(c))
}

/// Which screens a binding applies to.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    Everywhere,
    /// Every question editor.
    Question,
    /// Question editors where Enter does not type a line break.
    QuestionShort,
    Only(&'static [Ctx]),
    Except(&'static [Ctx]),
}

impl Scope {
    fn includes(self, ctx: Ctx) -> bool {
        match self {
            Scope::Everywhere => true,
            Scope::Question => ctx.is_question(),
            Scope::QuestionShort => {
                ctx.is_question()
                    && !matches!(
                        ctx,
                        Ctx::QuestionLong
                            | Ctx::QuestionList
                            | Ctx::QuestionTable
                            | Ctx::QuestionCell
                    )
            }
            Scope::Only(list) => list.contains(&ctx),
            Scope::Except(list) => !list.contains(&ctx),
        }
    }
}

pub struct Binding {
    pub chords: &'static [Chord],
    pub act: Act,
    pub scope: Scope,
    /// Shown in the footer (the few keys that matter); every binding is in the help overlay.
    pub footer: bool,
    /// The message (in `tui.ftl`) saying what the key does, as the help overlay lists it.
    pub help: &'static str,
}

use Ctx::*;
use KeyCode::{
    BackTab, Backspace, Delete as Del, Down as KDown, End, Enter, Esc, F, Home as KHome,
    Left as KLeft, PageDown as KPageDown, PageUp as KPageUp, Right as KRight, Tab, Up as KUp,
};

const LISTS: &[Ctx] = &[
    CityList,
    Home,
    Outline,
    Search,
    Review,
    QuestionChoice,
    QuestionList,
    QuestionTable,
    Plan,
    PlanWrite,
    ImportPreview,
    Help,
];

/// Every key binding. Order matters: the first binding that matches wins.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    Binding { chords: &[ctrl('q'), ctrl('c')], act: Act::Quit, scope: Scope::Everywhere, footer: false, help: "tui-key-quit" },
    Binding { chords: &[ch('q')], act: Act::Quit, scope: Scope::Only(&[CityList, Home]), footer: true, help: "tui-key-quit" },
    Binding { chords: &[plain(F(2))], act: Act::TakeEdit, scope: Scope::Everywhere, footer: false, help: "tui-key-take-edit" },
    Binding { chords: &[plain(F(3))], act: Act::Resolve, scope: Scope::Question, footer: false, help: "tui-key-resolve" },
    Binding { chords: &[plain(F(5))], act: Act::ShowId, scope: Scope::Question, footer: false, help: "tui-key-show-id" },
    Binding { chords: &[plain(F(6))], act: Act::KeepLast, scope: Scope::Question, footer: true, help: "tui-key-keep-last" },
    Binding { chords: &[plain(F(1)), ch('?')], act: Act::Help, scope: Scope::Everywhere, footer: true, help: "tui-key-help" },
    Binding { chords: &[plain(Esc)], act: Act::Back, scope: Scope::Except(&[CityList, Home]), footer: true, help: "tui-key-back" },
    // Moving through questions.
    Binding { chords: &[plain(Enter)], act: Act::Next, scope: Scope::QuestionShort, footer: true, help: "tui-key-next-short" },
    Binding { chords: &[ctrl('n'), alt(KRight)], act: Act::Next, scope: Scope::Question, footer: true, help: "tui-key-next" },
    Binding { chords: &[ctrl('p'), alt(KLeft)], act: Act::Prev, scope: Scope::Question, footer: true, help: "tui-key-prev" },
    Binding { chords: &[ctrl('o')], act: Act::Outline, scope: Scope::Question, footer: true, help: "tui-key-outline-jump" },
    Binding { chords: &[ch('o')], act: Act::Outline, scope: Scope::Only(&[Home, Review]), footer: false, help: "tui-key-outline" },
    Binding { chords: &[ctrl('g')], act: Act::NextRequired, scope: Scope::Question, footer: false, help: "tui-key-next-required" },
    Binding { chords: &[ch('g')], act: Act::NextRequired, scope: Scope::Only(&[Review]), footer: false, help: "tui-key-next-required" },
    Binding { chords: &[ctrl('f'), ch('/')], act: Act::Search, scope: Scope::Only(&[Home, Review, Outline, QuestionLine, QuestionLong, QuestionChoice, QuestionOther, QuestionScale, QuestionList, QuestionTable, QuestionCell]), footer: false, help: "tui-key-search" },
    Binding { chords: &[ctrl('r')], act: Act::Review, scope: Scope::Question, footer: false, help: "tui-key-review-all" },
    Binding { chords: &[ch('r')], act: Act::Review, scope: Scope::Only(&[Home]), footer: true, help: "tui-key-review" },
    Binding { chords: &[ctrl('l')], act: Act::Plan, scope: Scope::Question, footer: false, help: "tui-key-plan" },
    Binding { chords: &[ch('p')], act: Act::Plan, scope: Scope::Only(&[Home, Review]), footer: true, help: "tui-key-plan" },
    Binding { chords: &[ch('f')], act: Act::Filter, scope: Scope::Only(&[Review]), footer: true, help: "tui-key-filter" },
    Binding { chords: &[ch('w')], act: Act::WritePlan, scope: Scope::Only(&[Plan]), footer: true, help: "tui-key-write-plan" },
    Binding { chords: &[ch('e')], act: Act::Edition, scope: Scope::Only(&[Plan]), footer: true, help: "tui-key-edition" },
    Binding { chords: &[ch('y')], act: Act::Yes, scope: Scope::Only(&[PlanConfirm]), footer: true, help: "tui-key-yes-replace" },
    Binding { chords: &[ch('n')], act: Act::No, scope: Scope::Only(&[PlanConfirm]), footer: true, help: "tui-key-no-keep" },
    Binding { chords: &[ch('i')], act: Act::Import, scope: Scope::Only(&[QuestionList, QuestionTable]), footer: false, help: "tui-key-import" },
    Binding { chords: &[plain(Tab)], act: Act::Complete, scope: Scope::Only(&[ImportPath]), footer: true, help: "tui-key-complete" },
    Binding { chords: &[plain(Enter)], act: Act::Select, scope: Scope::Only(&[ImportPath]), footer: true, help: "tui-key-import-read" },
    Binding { chords: &[plain(Enter)], act: Act::Select, scope: Scope::Only(&[ImportPreview]), footer: true, help: "tui-key-import-save" },
    Binding { chords: &[ch('m')], act: Act::Merge, scope: Scope::Only(&[ImportPreview]), footer: true, help: "tui-key-import-merge" },
    Binding { chords: &[ch('r')], act: Act::Replace, scope: Scope::Only(&[ImportPreview]), footer: true, help: "tui-key-import-replace" },
    Binding { chords: &[plain(Tab)], act: Act::NextField, scope: Scope::Only(&[ImportPreview]), footer: false, help: "tui-key-import-next-sheet" },
    Binding { chords: &[ctrl('t')], act: Act::ToggleAudience, scope: Scope::Question, footer: false, help: "tui-key-audience" },
    Binding { chords: &[ch('a')], act: Act::ToggleAudience, scope: Scope::Only(&[Home, Review, Outline]), footer: false, help: "tui-key-audience" },
    Binding { chords: &[plain(F(4))], act: Act::Example, scope: Scope::Question, footer: false, help: "tui-key-example" },
    Binding { chords: &[ctrl('s')], act: Act::SaveNow, scope: Scope::Question, footer: false, help: "tui-key-save" },
    Binding { chords: &[ch('t')], act: Act::SwitchTrack, scope: Scope::Only(&[Home]), footer: true, help: "tui-key-track" },
    Binding { chords: &[ch('v')], act: Act::ToggleTheme, scope: Scope::Only(&[Home]), footer: true, help: "tui-key-theme" },
    Binding { chords: &[ch('l')], act: Act::SwitchLanguage, scope: Scope::Only(&[Home]), footer: false, help: "tui-key-language" },
    Binding { chords: &[ch('c')], act: Act::Continue, scope: Scope::Only(&[Home]), footer: true, help: "tui-key-continue" },
    Binding { chords: &[ch('n')], act: Act::Add, scope: Scope::Only(&[CityList]), footer: true, help: "tui-key-new-city" },
    Binding { chords: &[ch('d')], act: Act::Demo, scope: Scope::Only(&[CityList]), footer: false, help: "tui-key-demo" },
    Binding { chords: &[ctrl_key(KUp)], act: Act::ScrollUp, scope: Scope::Question, footer: false, help: "tui-key-scroll-up" },
    Binding { chords: &[ctrl_key(KDown)], act: Act::ScrollDown, scope: Scope::Question, footer: false, help: "tui-key-scroll-down" },
    // Editors and lists.
    Binding { chords: &[plain(Enter)], act: Act::Select, scope: Scope::Only(&[CityList, Home, Outline, Search, Review, QuestionList, QuestionTable, QuestionCell, CityForm, PlanWrite]), footer: true, help: "tui-key-select" },
    Binding { chords: &[ch(' ')], act: Act::Toggle, scope: Scope::Only(&[QuestionChoice, QuestionScale, CityForm]), footer: true, help: "tui-key-toggle" },
    Binding { chords: &[ch(' ')], act: Act::Toggle, scope: Scope::Only(&[QuestionTable]), footer: false, help: "tui-key-toggle-cell" },
    Binding { chords: &[ch('a'), plain(KeyCode::Insert)], act: Act::Add, scope: Scope::Only(&[QuestionList, QuestionTable]), footer: true, help: "tui-key-add" },
    Binding { chords: &[ch('d'), plain(Del)], act: Act::Delete, scope: Scope::Only(&[QuestionList, QuestionTable]), footer: true, help: "tui-key-delete" },
    Binding { chords: &[plain(Backspace), plain(Del)], act: Act::Delete, scope: Scope::Only(&[QuestionScale, QuestionChoice]), footer: false, help: "tui-key-clear" },
    Binding { chords: &[ch('K'), shift(KUp)], act: Act::MoveUp, scope: Scope::Only(&[QuestionList, QuestionTable]), footer: true, help: "tui-key-move-item-up" },
    Binding { chords: &[ch('J'), shift(KDown)], act: Act::MoveDown, scope: Scope::Only(&[QuestionList, QuestionTable]), footer: true, help: "tui-key-move-item-down" },
    Binding { chords: &[plain(Tab)], act: Act::NextField, scope: Scope::Only(&[CityForm, QuestionTable, QuestionCell, QuestionChoice, QuestionOther, Search]), footer: false, help: "tui-key-next-field" },
    Binding { chords: &[plain(BackTab), shift(BackTab)], act: Act::PrevField, scope: Scope::Only(&[CityForm, QuestionTable, QuestionCell, QuestionChoice, QuestionOther, Search]), footer: false, help: "tui-key-prev-field" },
    Binding { chords: &[plain(KUp), ch('k')], act: Act::Up, scope: Scope::Only(LISTS), footer: false, help: "tui-key-up" },
    Binding { chords: &[plain(KDown), ch('j')], act: Act::Down, scope: Scope::Only(LISTS), footer: false, help: "tui-key-down" },
    Binding { chords: &[plain(KUp)], act: Act::Up, scope: Scope::Only(&[QuestionOther, Search, CityForm]), footer: false, help: "tui-key-up" },
    Binding { chords: &[plain(KDown)], act: Act::Down, scope: Scope::Only(&[Search, CityForm]), footer: false, help: "tui-key-down" },
    Binding { chords: &[plain(KLeft), ch('h')], act: Act::Left, scope: Scope::Only(&[QuestionScale, QuestionTable, CityForm]), footer: false, help: "tui-key-left" },
    Binding { chords: &[plain(KRight), ch('l')], act: Act::Right, scope: Scope::Only(&[QuestionScale, QuestionTable, CityForm]), footer: false, help: "tui-key-right" },
    Binding { chords: &[plain(KPageUp)], act: Act::PageUp, scope: Scope::Only(LISTS), footer: false, help: "tui-key-page-up" },
    Binding { chords: &[plain(KPageDown)], act: Act::PageDown, scope: Scope::Only(LISTS), footer: false, help: "tui-key-page-down" },
    Binding { chords: &[plain(KHome)], act: Act::Top, scope: Scope::Only(LISTS), footer: false, help: "tui-key-first" },
    Binding { chords: &[plain(End)], act: Act::Bottom, scope: Scope::Only(LISTS), footer: false, help: "tui-key-last" },
];

impl Chord {
    fn matches(&self, event: &KeyEvent) -> bool {
        // Terminals report Shift with upper-case letters and symbols; the character says it all.
        let mods = match event.code {
            KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
            KeyCode::BackTab => KeyModifiers::NONE,
            _ => event.modifiers,
        };
        let want = match self.code {
            KeyCode::Char(_) | KeyCode::BackTab => self.mods - KeyModifiers::SHIFT,
            _ => self.mods,
        };
        self.code == event.code && mods == want
    }

    /// How the chord is written in the footer and help.
    pub fn label(&self) -> String {
        let key = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            KeyCode::Delete => "Del".into(),
            other => format!("{other:?}"),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl+");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt+");
        }
        if self.mods.contains(KeyModifiers::SHIFT) && !matches!(self.code, KeyCode::BackTab) {
            out.push_str("Shift+");
        }
        out + &key
    }

    fn printable(&self) -> bool {
        matches!(self.code, KeyCode::Char(_))
            && !self
                .mods
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    }
}

/// The named action `event` asks for in `ctx`, if any. Keys that match no binding go to the
/// focused editor as typed input. Printable keys never trigger a binding while typing.
pub fn lookup(ctx: Ctx, event: &KeyEvent) -> Option<Act> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    BINDINGS
        .iter()
        .filter(|b| b.scope.includes(ctx))
        .find(|b| {
            b.chords
                .iter()
                .any(|c| c.matches(event) && !(ctx.typing() && c.printable()))
        })
        .map(|b| b.act)
}

/// The bindings that apply in `ctx`, for the help overlay: each key once, with what it does
/// there, in the interface's language. Keys that would type text are left out while typing; a
/// key an earlier binding takes is left out of the later one (the first binding wins); bindings
/// that do the same thing share a line. Actions `offered` turns down (rounds keys for a city
/// that never closed a round) are left out.
pub fn help(ctx: Ctx, offered: &dyn Fn(Act) -> bool) -> Vec<(String, String)> {
    // Two chords can read the same (Shift+Tab arrives as BackTab with or without Shift).
    let mut listed: Vec<String> = Vec::new();
    let mut lines: Vec<(Vec<String>, &'static str)> = Vec::new();
    for b in BINDINGS
        .iter()
        .filter(|b| b.scope.includes(ctx) && offered(b.act))
    {
        let mut labels = Vec::new();
        for chord in b.chords.iter().filter(|c| !(ctx.typing() && c.printable())) {
            let label = chord.label();
            if !listed.contains(&label) {
                listed.push(label.clone());
                labels.push(label);
            }
        }
        if labels.is_empty() {
            continue;
        }
        match lines.iter_mut().find(|(_, help)| *help == b.help) {
            Some((shown, _)) => shown.extend(labels),
            None => lines.push((labels, b.help)),
        }
    }
    let messages = crate::messages::ui();
    lines
        .into_iter()
        .map(|(keys, help)| (keys.join(" "), messages.text(help)))
        .collect()
}

/// The few keys shown in the footer of `ctx`, each with its short label in the interface's
/// language: the editor's own keys first, then moving on, then help, at most eight; only
/// actions `offered` lets through (keeping last round's answer shows only while the answer is
/// carried over).
pub fn footer(ctx: Ctx, offered: &dyn Fn(Act) -> bool) -> Vec<(String, String)> {
    ranked_footer(ctx, offered)
        .into_iter()
        .map(|(_, k, l)| (k, l))
        .collect()
}

/// The footer of `ctx` as [`footer`] gives it, made to fit in `width` columns: while it is too
/// wide, the least important keys before help and quit give way (the last first), so that
/// help, which lists every key, always shows.
pub fn footer_within(
    ctx: Ctx,
    offered: &dyn Fn(Act) -> bool,
    width: usize,
) -> Vec<(String, String)> {
    let mut keys = ranked_footer(ctx, offered);
    let wide = |keys: &[(Act, String, String)]| {
        let text: usize = keys.iter().map(|(_, k, l)| k.width() + 1 + l.width()).sum();
        text + 2 * keys.len().saturating_sub(1)
    };
    while wide(&keys) > width {
        let least = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| !matches!(k.0, Act::Help | Act::Quit))
            .min_by_key(|(i, k)| (importance(k.0), std::cmp::Reverse(*i)))
            .map(|(i, _)| i);
        match least {
            Some(i) => keys.remove(i),
            None => break,
        };
    }
    keys.into_iter().map(|(_, k, l)| (k, l)).collect()
}

/// How much a key's place in a narrow footer matters: what answers and moves on first, the
/// palette and the track last.
fn importance(act: Act) -> u8 {
    match act {
        Act::Select | Act::Toggle | Act::Next | Act::Yes | Act::No | Act::WritePlan | Act::Add => 3,
        Act::Prev | Act::Back | Act::Delete | Act::Continue | Act::KeepLast => 2,
        Act::SwitchTrack | Act::ToggleTheme | Act::SwitchLanguage => 0,
        _ => 1,
    }
}

/// The footer's keys with their action, at most eight, help among them.
fn ranked_footer(ctx: Ctx, offered: &dyn Fn(Act) -> bool) -> Vec<(Act, String, String)> {
    let mut seen: Vec<Act> = Vec::new();
    let mut keys: Vec<(Act, String, &'static str)> = BINDINGS
        .iter()
        .filter(|b| b.footer && b.scope.includes(ctx) && offered(b.act))
        .filter_map(|b| {
            let chord = b.chords.iter().find(|c| !(ctx.typing() && c.printable()))?;
            if seen.contains(&b.act) {
                return None;
            }
            seen.push(b.act);
            Some((b.act, chord.label(), short(b.act, ctx)))
        })
        .collect();
    // Moving up and down is one entry: "K/J move".
    if let Some(down) = keys.iter().position(|k| k.0 == Act::MoveDown)
        && let Some(up) = keys.iter().position(|k| k.0 == Act::MoveUp)
    {
        let (_, down_key, _) = keys.remove(down);
        let up = if down < up { up - 1 } else { up };
        keys[up].1 = format!("{}/{down_key}", keys[up].1);
        keys[up].2 = "tui-footer-move";
    }
    keys.sort_by_key(|k| rank(k.0));
    // At most eight: the least important give way, help stays.
    while keys.len() > 8 {
        let least = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| k.0 != Act::Help)
            .min_by_key(|(i, k)| (importance(k.0), std::cmp::Reverse(*i)))
            .map_or(keys.len() - 1, |(i, _)| i);
        keys.remove(least);
    }
    let messages = crate::messages::ui();
    keys.into_iter()
        .map(|(act, k, l)| {
            let label = if l.is_empty() {
                String::new()
            } else {
                messages.text(l)
            };
            (act, k, label)
        })
        .collect()
}

/// How the first key bound to `act` in `ctx` is written ("F6"), for text that names it.
pub fn key_for(act: Act, ctx: Ctx) -> Option<String> {
    BINDINGS
        .iter()
        .filter(|b| b.act == act && b.scope.includes(ctx))
        .flat_map(|b| b.chords)
        .find(|c| !(ctx.typing() && c.printable()))
        .map(Chord::label)
}

fn rank(act: Act) -> u8 {
    match act {
        Act::Next | Act::Prev => 1,
        Act::Back | Act::Outline | Act::Review | Act::Plan | Act::Continue => 2,
        Act::Help | Act::Quit => 3,
        _ => 0,
    }
}

/// The message (in `tui.ftl`) naming what `act` does in `ctx`, in a word or two for the footer.
fn short(act: Act, ctx: Ctx) -> &'static str {
    match act {
        Act::Select => match ctx {
            Ctx::CityForm => "tui-footer-create",
            Ctx::PlanWrite => "tui-footer-write",
            Ctx::QuestionList | Ctx::QuestionTable => "tui-footer-edit",
            Ctx::QuestionCell => "tui-footer-done",
            Ctx::ImportPath => "tui-footer-read",
            Ctx::ImportPreview => "tui-footer-import",
            _ => "tui-footer-open",
        },
        Act::Quit => "tui-footer-quit",
        Act::Help => "tui-footer-help",
        Act::Back => "tui-footer-back",
        Act::Next => "tui-footer-next",
        Act::Prev => "tui-footer-previous",
        Act::Outline => "tui-footer-outline",
        Act::Review => "tui-footer-review",
        Act::Plan => "tui-footer-plan",
        Act::WritePlan => "tui-footer-write-file",
        Act::Edition => "tui-footer-edition",
        Act::Yes => "tui-footer-yes",
        Act::No => "tui-footer-no",
        Act::Continue => "tui-footer-continue",
        Act::SwitchTrack => "tui-footer-track",
        Act::ToggleTheme => "tui-footer-projector",
        Act::SwitchLanguage => "tui-footer-language",
        Act::Add => "tui-footer-add",
        Act::Delete => "tui-footer-delete",
        Act::Toggle => "tui-footer-pick",
        Act::MoveUp => "tui-footer-move-up",
        Act::MoveDown => "tui-footer-move-down",
        Act::KeepLast => "tui-footer-keep",
        Act::Filter => "tui-footer-filter",
        Act::Import => "tui-footer-import",
        Act::Complete => "tui-footer-complete",
        Act::Merge => "tui-footer-merge",
        Act::Replace => "tui-footer-replace",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn printable_shortcuts_type_text_while_typing() {
        let q = key(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Ctx::Home, &q), Some(Act::Help));
        assert_eq!(lookup(Ctx::QuestionLine, &q), None);
        assert_eq!(
            lookup(Ctx::QuestionLine, &key(KeyCode::F(1), KeyModifiers::NONE)),
            Some(Act::Help)
        );
    }

    #[test]
    fn enter_moves_on_from_short_answers_but_types_a_line_break_in_long_ones() {
        let enter = key(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(lookup(Ctx::QuestionLine, &enter), Some(Act::Next));
        assert_eq!(lookup(Ctx::QuestionChoice, &enter), Some(Act::Next));
        assert_eq!(lookup(Ctx::QuestionLong, &enter), None);
        assert_eq!(lookup(Ctx::QuestionTable, &enter), Some(Act::Select));
    }

    #[test]
    fn quit_works_everywhere() {
        for ctx in [
            Ctx::CityForm,
            Ctx::QuestionLong,
            Ctx::QuestionCell,
            Ctx::Search,
            Ctx::Help,
        ] {
            assert_eq!(
                lookup(ctx, &key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
                Some(Act::Quit)
            );
            assert_eq!(
                lookup(ctx, &key(KeyCode::Char('q'), KeyModifiers::CONTROL)),
                Some(Act::Quit)
            );
        }
    }

    const ALL: [Ctx; 20] = [
        Ctx::CityList,
        Ctx::CityForm,
        Ctx::Home,
        Ctx::QuestionLine,
        Ctx::QuestionLong,
        Ctx::QuestionChoice,
        Ctx::QuestionOther,
        Ctx::QuestionScale,
        Ctx::QuestionList,
        Ctx::QuestionTable,
        Ctx::QuestionCell,
        Ctx::Outline,
        Ctx::Search,
        Ctx::Review,
        Ctx::Plan,
        Ctx::PlanWrite,
        Ctx::PlanConfirm,
        Ctx::ImportPath,
        Ctx::ImportPreview,
        Ctx::Help,
    ];

    #[test]
    fn every_binding_is_in_the_help_of_its_screens_and_the_footer_is_short() {
        for b in BINDINGS {
            assert!(
                ALL.iter().any(|c| b.scope.includes(*c)),
                "{} is unreachable",
                b.help
            );
        }
        for ctx in ALL {
            assert!(footer(ctx, &|_| true).len() <= 8, "{ctx:?} footer too long");
            assert!(
                help(ctx, &|_| true).iter().any(|(_, h)| h.contains("help")),
                "{ctx:?}"
            );
        }
    }

    #[test]
    fn a_footer_too_wide_for_the_window_keeps_help_and_the_most_important_keys() {
        let line = |keys: Vec<(String, String)>| {
            keys.iter()
                .map(|(k, l)| format!("{k} {l}"))
                .collect::<Vec<_>>()
                .join("  ")
        };
        let all = |_| true;
        // Wide enough: the same footer.
        assert_eq!(
            footer_within(Ctx::QuestionChoice, &all, 200),
            footer(Ctx::QuestionChoice, &all)
        );
        assert_eq!(
            line(footer_within(Ctx::QuestionChoice, &all, 40)),
            "F6 keep  Space pick  Enter next  F1 help"
        );
        let _fr = crate::messages::speak_on_this_thread("fr");
        for ctx in ALL {
            for width in [40, 80] {
                let shown = line(footer_within(ctx, &all, width));
                assert!(shown.width() <= width, "{ctx:?} {width}: {shown}");
                assert!(shown.contains("F1 aide"), "{ctx:?} {width}: {shown}");
            }
        }
    }

    #[test]
    fn help_lists_each_key_once_and_each_meaning_once() {
        for ctx in ALL {
            let help = help(ctx, &|_| true);
            let mut keys: Vec<String> = Vec::new();
            let mut meanings: Vec<&String> = Vec::new();
            for (chords, meaning) in &help {
                assert!(!meanings.contains(&meaning), "{ctx:?}: {meaning} twice");
                meanings.push(meaning);
                for label in chords.split(' ') {
                    assert!(!keys.iter().any(|k| k == label), "{ctx:?}: {label} twice");
                    keys.push(label.to_string());
                }
            }
        }
        // The Home screen's q and Ctrl+Q share the line "save and quit".
        let home = help(Ctx::Home, &|_| true);
        assert!(
            home.contains(&("Ctrl+Q Ctrl+C q".to_string(), "save and quit".to_string())),
            "{home:?}"
        );
        let other = help(Ctx::QuestionOther, &|_| true);
        assert_eq!(other.iter().filter(|(_, h)| *h == "move up").count(), 1);
    }

    #[test]
    fn one_key_keeps_last_rounds_answer_in_every_question_editor_and_shows_only_when_offered() {
        let f6 = key(KeyCode::F(6), KeyModifiers::NONE);
        let questions = ALL.iter().filter(|c| c.is_question());
        for ctx in questions {
            assert_eq!(lookup(*ctx, &f6), Some(Act::KeepLast), "{ctx:?}");
            assert_eq!(key_for(Act::KeepLast, *ctx).as_deref(), Some("F6"));
            assert!(footer(*ctx, &|_| true).iter().any(|(_, s)| s == "keep"));
            let hidden = footer(*ctx, &|a| a != Act::KeepLast);
            assert!(hidden.iter().all(|(k, _)| k != "F6"), "{ctx:?}");
            assert!(
                help(*ctx, &|a| a != Act::KeepLast)
                    .iter()
                    .all(|(k, _)| !k.contains("F6"))
            );
        }
        // No other binding takes F6 anywhere, and the review's filter key is its own.
        for b in BINDINGS.iter().filter(|b| b.act != Act::KeepLast) {
            assert!(!b.chords.iter().any(|c| c.matches(&f6)), "{}", b.help);
        }
        let f = key(KeyCode::Char('f'), KeyModifiers::NONE);
        assert_eq!(lookup(Ctx::Review, &f), Some(Act::Filter));
        assert_eq!(lookup(Ctx::QuestionLine, &f), None, "f types in a field");
    }
}
