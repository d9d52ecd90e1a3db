//! One module per screen: its state, its input handling (`handle`, which returns a
//! [`Transition`]) and its view.

pub mod city;
pub mod help;
pub mod home;
pub mod import;
pub mod outline;
pub mod plan;
pub mod question;
pub mod review;
pub mod search;

use super::keys::Ctx;
use super::transition::{Env, Input, Transition};

/// Where Esc returns to from the outline, search, review and plan screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Back {
    Home,
    Question(usize, usize),
}

// One screen exists at a time and moves only on screen changes, so the size difference
// between variants costs nothing worth a Box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Default)]
pub enum Screen {
    /// Only while a screen is being updated.
    #[default]
    Empty,
    City(city::CityScreen),
    Home(home::HomeScreen),
    Question(question::QuestionScreen),
    Outline(outline::OutlineScreen),
    Search(search::SearchScreen),
    Review(review::ReviewScreen),
    Plan(plan::PlanScreen),
}

impl Screen {
    /// Hands `input` to the screen, which says what to do and where to go.
    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        match self {
            Screen::Empty => Transition::stay(),
            Screen::City(s) => s.handle(input, env),
            Screen::Home(s) => s.handle(input, env),
            Screen::Question(s) => s.handle(input, env),
            Screen::Outline(s) => s.handle(input, env),
            Screen::Search(s) => s.handle(input, env),
            Screen::Review(s) => s.handle(input, env),
            Screen::Plan(s) => s.handle(input, env),
        }
    }

    pub fn ctx(&self) -> Ctx {
        match self {
            Screen::City(c) if c.form.is_some() => Ctx::CityForm,
            Screen::City(_) | Screen::Empty => Ctx::CityList,
            Screen::Home(_) => Ctx::Home,
            Screen::Question(q) => q.ctx(),
            Screen::Outline(_) => Ctx::Outline,
            Screen::Search(_) => Ctx::Search,
            Screen::Review(_) => Ctx::Review,
            Screen::Plan(p) => p.ctx(),
        }
    }
}
