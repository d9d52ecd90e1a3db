//! Moving between questions and recording answers: opening a workbook where the city left
//! off, next and back, jumps, and the city picker's actions. Part of [`App`]; no I/O.

use std::sync::Arc;

use super::app::{App, Command, SaveState};
use super::keys::Act;
use super::markdown;
use super::screen::city::{CityForm, CityScreen};
use super::screen::question::QuestionScreen;
use super::screen::{Back, Screen};

impl App {
    // ---- City ---------------------------------------------------------------------------

    pub(crate) fn city_act(&mut self, mut state: CityScreen, act: Act) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(form) = &mut state.form {
            match act {
                Act::Back if !state.cities.is_empty() => state.form = None,
                Act::Select => match form.city(self.now) {
                    Ok(city) => commands.push(Command::CreateCity(city)),
                    Err(message) => {
                        form.field = 0;
                        self.note(message, true);
                    }
                },
                other => form.act(other),
            }
        } else {
            match act {
                Act::Up => state.cursor = state.cursor.saturating_sub(1),
                Act::Down => state.cursor = (state.cursor + 1).min(state.cities.len()),
                Act::Top => state.cursor = 0,
                Act::Bottom => state.cursor = state.cities.len(),
                Act::Add => state.form = Some(CityForm::default()),
                Act::Select => match state.cities.get(state.cursor) {
                    Some(city) => commands.push(Command::OpenCity(city.name.clone())),
                    None => state.form = Some(CityForm::default()),
                },
                _ => {}
            }
        }
        self.screen = Screen::City(state);
        commands
    }

    // ---- Workbook screens -----------------------------------------------------------------

    /// Opens workbook `book` where the city left off (or at its first question).
    pub fn open_workbook(&mut self, book: usize) -> Vec<Command> {
        let role = self.role();
        let resume = self
            .profile
            .as_ref()
            .and_then(|p| p.resume.questions.get(self.books[book].id()))
            .and_then(|id| self.books[book].index_of(id));
        let index = resume
            .or_else(|| self.books[book].first_shown(role))
            .unwrap_or(0);
        if self.books[book].is_empty() {
            self.note("this workbook has no questions", true);
            self.screen = Screen::Home(Default::default());
            return Vec::new();
        }
        self.open_question(book, index);
        Vec::new()
    }

    pub fn book_index(&self, id: &str) -> Option<usize> {
        self.books.iter().position(|b| b.id() == id)
    }

    /// Shows question `index` of `book`, rendering its guidance once.
    pub fn open_question(&mut self, book: usize, index: usize) {
        let theme = self.theme;
        let b = &self.books[book];
        self.guidance.entry((book, index)).or_insert_with(|| {
            Arc::new(markdown::render(
                &b.items[index].guidance,
                &b.glossary,
                theme,
            ))
        });
        let question = b.question(index);
        let (wb, qid) = (b.id().to_string(), b.items[index].id.clone());
        let profile = self.profile.as_mut();
        let (answer, draft) = match &profile {
            Some(p) => (p.answer(&wb, &qid), p.draft(&wb, &qid)),
            None => (None, None),
        };
        let state = QuestionScreen::new(book, index, question, answer, draft);
        if let Some(p) = profile {
            let moved = p.resume.workbook.as_deref() != Some(&wb)
                || p.resume.questions.get(&wb) != Some(&qid);
            // The place is saved with the next answer, or on quit; it is no unsaved answer.
            if moved {
                p.resume.workbook = Some(wb.clone());
                p.resume.questions.insert(wb, qid);
            }
        }
        self.screen = Screen::Question(state);
    }

    /// Records the answer being edited (valid: as the answer; invalid: as a draft, with the
    /// reason shown) and asks for a save if anything changed.
    pub fn commit_question(&mut self) -> Vec<Command> {
        let Screen::Question(q) = &mut self.screen else {
            return Vec::new();
        };
        q.editor.commit();
        let Some(profile) = self.profile.as_mut() else {
            return Vec::new();
        };
        if self.read_only {
            return Vec::new();
        }
        let book = &mut self.books[q.book];
        let outcome = super::screen::question::record(book, q, profile, self.now);
        if let Some(message) = &outcome.problem {
            self.message = Some((message.clone(), true));
        }
        if !outcome.changed {
            return if self.save == SaveState::Saved {
                Vec::new()
            } else {
                vec![Command::Save]
            };
        }
        let role = if self.show_all {
            None
        } else {
            Some(profile.city.role.audience())
        };
        book.answer_changed(profile, q.index, role);
        self.save = match &self.save {
            SaveState::Failed(m) => SaveState::Failed(m.clone()),
            _ => SaveState::Pending,
        };
        vec![Command::Save]
    }

    /// Leaves the question screen (if it is shown), recording its answer.
    pub(crate) fn leave_question(&mut self) -> Vec<Command> {
        if matches!(self.screen, Screen::Question(_)) {
            self.commit_question()
        } else {
            Vec::new()
        }
    }

    pub(crate) fn question_act(&mut self, state: QuestionScreen, act: Act) -> Vec<Command> {
        let (book, index) = (state.book, state.index);
        self.screen = Screen::Question(state);
        let role = self.role();
        match act {
            Act::Next => {
                if let Screen::Question(q) = &mut self.screen
                    && q.pick_highlighted_if_none()
                    && !self.read_only
                {
                    q.dirty = true;
                }
                let commands = self.commit_question();
                match self.books[book].next_shown(index, role) {
                    Some(next) => self.open_question(book, next),
                    None => {
                        self.screen = Screen::Review(self.review_state(book, Back::Home));
                        self.keep_note("end of the workbook: here is every answer");
                    }
                }
                commands
            }
            Act::Prev => {
                let commands = self.commit_question();
                let prev = self.books[book].prev_shown(index, role).unwrap_or(index);
                self.open_question(book, prev);
                commands
            }
            Act::Back => {
                let commands = self.commit_question();
                self.screen = Screen::Home(self.home_at(book));
                commands
            }
            Act::NextRequired => {
                let commands = self.commit_question();
                match self.books[book].next_required(index, role) {
                    Some(i) => self.open_question(book, i),
                    None => {
                        self.open_question(book, index);
                        self.keep_note("every required question shown is answered");
                    }
                }
                commands
            }
            Act::Outline | Act::Search | Act::Review | Act::Plan => {
                let commands = self.commit_question();
                let back = Back::Question(book, index);
                self.screen = match act {
                    Act::Outline => Screen::Outline(self.outline_state(book, Some(index), back)),
                    Act::Search => Screen::Search(super::screen::search::SearchScreen::new(back)),
                    Act::Review => Screen::Review(self.review_state(book, back)),
                    _ => return [commands, self.open_plan(back)].concat(),
                };
                commands
            }
            Act::ToggleAudience => {
                self.toggle_audience();
                Vec::new()
            }
            Act::SaveNow => {
                let commands = self.commit_question();
                if commands.is_empty() && !self.read_only && self.profile.is_some() {
                    return vec![Command::Save];
                }
                commands
            }
            Act::ScrollUp => {
                self.scroll(-3);
                Vec::new()
            }
            Act::ScrollDown => {
                self.scroll(3);
                Vec::new()
            }
            other => {
                let page = (self.size.1 / 2) as usize;
                let read_only = self.read_only;
                if let Screen::Question(q) = &mut self.screen {
                    if other == Act::Example {
                        q.example = !q.example;
                    } else if read_only && q.editor_changes(other) {
                        self.message = Some((
                            "read-only: another window is editing this city".into(),
                            true,
                        ));
                    } else if q.editor.act(other, page) {
                        q.dirty = true;
                        q.live_check(&self.books[book]);
                        self.save = SaveState::Pending;
                    }
                }
                Vec::new()
            }
        }
    }

    /// A note that survives the screen change that follows it.
    pub(crate) fn keep_note(&mut self, text: &str) {
        self.message = Some((text.to_string(), false));
    }
}
