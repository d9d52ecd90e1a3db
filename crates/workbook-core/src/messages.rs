//! What the program itself says, in the user's language: Project Fluent message files
//! `locales/<lang>/<area>.ftl`, embedded at build time. A message's id starts with its area
//! (`tui-save-failed` lives in `tui.ftl`, `core-lint-…` in `core-lint.ftl`), so that only the
//! files a command uses are parsed, on first use. A message missing from a language falls back to English, and a test keeps every
//! language complete.
//!
//! The interface speaks one language at a time ([`ui`], switched by [`set_interface`]); the plan
//! speaks its city's language, asked for with [`Messages::get`] and the [`tr!`] macro's `in`
//! form.

use std::borrow::Cow;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// Every message file: (language, area, text).
pub const FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_messages.rs"));

/// The language every message is written in first, and falls back to.
pub const SOURCE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// One language's messages: its files, each parsed the first time a message of it is asked for.
pub struct Messages {
    tag: &'static str,
    areas: Vec<Area>,
}

struct Area {
    name: &'static str,
    text: &'static str,
    bundle: OnceLock<Bundle>,
}

/// A value a message is given: text, or a number (which picks the plural form).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(value))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(value))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Text(Cow::Owned(value))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(value: Cow<'a, str>) -> Self {
        Arg::Text(value)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32, i16, i8, f64, f32);

fn all() -> &'static [Messages] {
    static ALL: OnceLock<Vec<Messages>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut languages: Vec<Messages> = Vec::new();
        for (tag, name, text) in FILES {
            let area = Area {
                name,
                text,
                bundle: OnceLock::new(),
            };
            match languages.iter_mut().find(|m| m.tag == *tag) {
                Some(messages) => messages.areas.push(area),
                None => languages.push(Messages {
                    tag,
                    areas: vec![area],
                }),
            }
        }
        // English first: it is the fallback.
        languages.sort_by_key(|m| (m.tag != SOURCE, m.tag));
        languages
    })
}

/// The languages the program speaks, English first.
pub fn languages() -> Vec<&'static str> {
    all().iter().map(|m| m.tag).collect()
}

static INTERFACE: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// A language one thread speaks instead of the interface's, for tests that run side by
    /// side in one process.
    static THIS_THREAD: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// The messages of the interface's language.
pub fn ui() -> &'static Messages {
    let index = THIS_THREAD
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| INTERFACE.load(Ordering::Relaxed));
    &all()[index]
}

/// Speaks `tag` on this thread only, until the returned guard is dropped: tests in one process
/// each speak their own language without changing the others'.
pub fn speak_on_this_thread(tag: &str) -> ThreadLanguage {
    let index = index_of(Messages::get(tag));
    ThreadLanguage(THIS_THREAD.with(|cell| cell.replace(Some(index))))
}

/// Puts back the thread's language when dropped (see [`speak_on_this_thread`]).
pub struct ThreadLanguage(Option<usize>);

impl Drop for ThreadLanguage {
    fn drop(&mut self) {
        THIS_THREAD.with(|cell| cell.set(self.0));
    }
}

fn index_of(messages: &'static Messages) -> usize {
    all()
        .iter()
        .position(|m| std::ptr::eq(m, messages))
        .unwrap_or(0)
}

/// Speak `tag` (`fr`, `fr-CA`, `ar`) from now on; English for a language the program does not
/// speak. Returns the language chosen.
pub fn set_interface(tag: &str) -> &'static str {
    let messages = Messages::get(tag);
    INTERFACE.store(index_of(messages), Ordering::Relaxed);
    messages.tag
}

impl Messages {
    /// The messages of `tag`, else of its language without region (`fr-CA` speaks `fr`), else
    /// English.
    pub fn get(tag: &str) -> &'static Messages {
        let all = all();
        let base = tag.split(['-', '_']).next().unwrap_or_default();
        all.iter()
            .find(|m| m.tag.eq_ignore_ascii_case(tag))
            .or_else(|| all.iter().find(|m| m.tag.eq_ignore_ascii_case(base)))
            .unwrap_or(&all[0])
    }

    /// English, the language every message is written in first.
    pub fn source() -> &'static Messages {
        &all()[0]
    }

    /// The language's tag (`en`, `fr`).
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// Whether the language is written right to left.
    pub fn is_right_to_left(&self) -> bool {
        matches!(self.tag, "ar" | "fa" | "he" | "ur")
    }

    /// The message `id` with no values.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` given `args`. A message this language lacks is said in English; one no
    /// language has is its id (a test keeps that from happening).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        if let Some(text) = self.try_format(id, args) {
            return text;
        }
        if self.tag != SOURCE
            && let Some(text) = Messages::source().try_format(id, args)
        {
            return text;
        }
        id.to_string()
    }

    /// Whether the language has its own message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle_for(id).is_some_and(|b| b.has_message(id))
    }

    fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let bundle = self.bundle_for(id)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_ref()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// The file holding `id`: the area whose name starts the id, the longest such (the
    /// workbook checks' `core-lint-…` live in `core-lint.ftl`, so that reading an answer does
    /// not parse them).
    fn bundle_for(&self, id: &str) -> Option<&Bundle> {
        let area = self
            .areas
            .iter()
            .filter(|a| {
                id.len() > a.name.len()
                    && id.starts_with(a.name)
                    && id.as_bytes()[a.name.len()] == b'-'
            })
            .max_by_key(|a| a.name.len())?;
        Some(area.bundle.get_or_init(|| bundle(self.tag, area.text)))
    }
}

/// A parsed message file. The embedded files are checked by the tests, so a problem in one
/// can only come from a translator's edit in development; what parses is still used.
fn bundle(tag: &str, text: &'static str) -> Bundle {
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let langid = tag
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Terminals draw the isolation marks Fluent puts around values as stray characters; the
    // plan and the interface lay out right-to-left text themselves.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A message of the interface's language (`tr!("tui-saved")`,
/// `tr!("tui-answered", count = n)`), or of a given language
/// (`tr!(in plan_messages; "plan-cover-draft")`).
#[macro_export]
macro_rules! tr {
    (in $messages:expr; $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $messages.format($id, &[$((stringify!($name), $crate::messages::Arg::from($value))),*])
    };
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!(in $crate::messages::ui(); $id $(, $name = $value)*)
    };
}

#[cfg(test)]
mod tests;
