//! Standard input for plain mode with Ctrl+C as an event between lines. One thread reads lines
//! and another waits for SIGINT, both into one channel: Ctrl+C then ends the walk where it
//! stands, after the last answer's save, so that the program can say what was saved instead of
//! being killed mid-question.

use std::io;
use std::sync::mpsc::{Receiver, channel};
use std::thread;

use signal_hook::consts::SIGINT;
use signal_hook::iterator::{Handle, Signals};

use super::input::{LineReader, Lines, interruption};

enum Event {
    Line(io::Result<Option<String>>),
    Interrupt,
}

pub struct Keyboard {
    events: Receiver<Event>,
    signals: Handle,
    ended: bool,
}

impl Keyboard {
    /// Starts reading standard input; from now on Ctrl+C no longer kills the program.
    pub fn start() -> io::Result<Keyboard> {
        let (sender, events) = channel();
        let mut signals = Signals::new([SIGINT])?;
        let handle = signals.handle();
        let interrupts = sender.clone();
        thread::spawn(move || {
            for _ in signals.forever() {
                if interrupts.send(Event::Interrupt).is_err() {
                    break;
                }
            }
        });
        // This thread may stay blocked on a read when the walk ends; the process ends anyway.
        thread::spawn(move || {
            let mut stdin = LineReader::new(io::stdin().lock());
            loop {
                let line = stdin.next_line();
                let last = !matches!(line, Ok(Some(_)));
                if sender.send(Event::Line(line)).is_err() || last {
                    break;
                }
            }
        });
        Ok(Keyboard {
            events,
            signals: handle,
            ended: false,
        })
    }
}

impl Lines for Keyboard {
    fn next_line(&mut self) -> io::Result<Option<String>> {
        if self.ended {
            return Ok(None);
        }
        match self.events.recv() {
            Ok(Event::Line(Ok(Some(line)))) => Ok(Some(line)),
            Ok(Event::Line(other)) => {
                self.ended = true;
                other
            }
            Ok(Event::Interrupt) => Err(interruption()),
            Err(_) => {
                self.ended = true;
                Ok(None)
            }
        }
    }
}

impl Drop for Keyboard {
    fn drop(&mut self) {
        self.signals.close();
    }
}
