//! Reading the terminal: events become [`Action`]s on a thread of their own, in batches of
//! what arrived together. crossterm's read spins forever on a terminal that hung up (each read
//! returns end of file), so reading must never block the loop that saves: the loop waits on a
//! channel with a timeout and still sees SIGHUP and SIGTERM. The channel closes when reading
//! fails, which the loop treats as the terminal going away.
//!
//! A paste is never a keystroke: text that follows a bracketed paste within a moment (a pasted
//! text holding its own end marker, or a terminal that splits a long paste) is added to the
//! paste, so a pasted line break never acts as Enter.

use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::Action;

/// Actions that arrived together.
pub type Batch = Vec<Action>;

/// How long after a paste typed-looking keys are taken as the rest of that paste.
const PASTE_TAIL: Duration = Duration::from_millis(150);

pub fn spawn_reader() -> Receiver<Batch> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        let mut guard = PasteGuard::default();
        while let Ok(first) = event::read() {
            let mut events = vec![first];
            while event::poll(Duration::ZERO).unwrap_or(false) {
                match event::read() {
                    Ok(event) => events.push(event),
                    Err(_) => break,
                }
            }
            let batch = guard.convert(events, Instant::now());
            if !batch.is_empty() && sender.send(batch).is_err() {
                break;
            }
        }
    });
    receiver
}

/// Folds keys that belong to a paste into it.
#[derive(Debug, Default)]
pub struct PasteGuard {
    until: Option<Instant>,
}

impl PasteGuard {
    pub fn convert(&mut self, events: Vec<Event>, now: Instant) -> Vec<Action> {
        let mut actions: Vec<Action> = Vec::with_capacity(events.len());
        for event in events {
            let in_paste = self.until.is_some_and(|until| now <= until);
            match event {
                Event::Paste(text) => {
                    self.until = Some(now + PASTE_TAIL);
                    match actions.last_mut() {
                        Some(Action::Paste(previous)) if in_paste => previous.push_str(&text),
                        _ => actions.push(Action::Paste(text)),
                    }
                }
                Event::Key(key) if in_paste && key.kind != KeyEventKind::Release => {
                    match (pasted_char(&key), actions.last_mut()) {
                        (Some(c), Some(Action::Paste(text))) => text.push(c),
                        (Some(c), _) => actions.push(Action::Paste(c.to_string())),
                        (None, _) => actions.extend(to_action(Event::Key(key))),
                    }
                }
                other => actions.extend(to_action(other)),
            }
        }
        actions
    }
}

/// The character a key stands for when it is part of pasted text.
fn pasted_char(key: &KeyEvent) -> Option<char> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match key.code {
        KeyCode::Char(c) => Some(c),
        KeyCode::Enter => Some('\n'),
        KeyCode::Tab => Some('\t'),
        _ => None,
    }
}

/// A terminal event in the app's vocabulary. Key releases and focus changes are not actions.
/// Mouse capture is off (see `terminal.rs`), so the terminal keeps the mouse for selecting
/// text and sends no mouse events.
fn to_action(event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(Action::Key(key)),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn enter_after_a_paste_is_part_of_the_paste() {
        let mut guard = PasteGuard::default();
        let now = Instant::now();
        let events = vec![
            Event::Paste("abc".into()),
            key(KeyCode::Enter),
            key(KeyCode::Char('d')),
        ];
        assert_eq!(
            guard.convert(events, now),
            vec![Action::Paste("abc\nd".into())]
        );
        // A split paste: the rest arrives in the next read, a moment later.
        let later = guard.convert(vec![key(KeyCode::Enter)], now + Duration::from_millis(20));
        assert_eq!(later, vec![Action::Paste("\n".into())]);
    }

    #[test]
    fn keys_typed_after_the_moment_are_keys_again() {
        let mut guard = PasteGuard::default();
        let now = Instant::now();
        guard.convert(vec![Event::Paste("x".into())], now);
        let typed = guard.convert(vec![key(KeyCode::Enter)], now + Duration::from_secs(1));
        assert!(matches!(typed.as_slice(), [Action::Key(_)]), "{typed:?}");
        let ctrl_q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL));
        let mut guard = PasteGuard::default();
        let actions = guard.convert(vec![Event::Paste("x".into()), ctrl_q], now);
        assert!(matches!(
            actions.as_slice(),
            [Action::Paste(_), Action::Key(_)]
        ));
    }
}
