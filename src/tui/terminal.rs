//! The terminal while the interface runs: raw mode, the alternate screen and bracketed paste,
//! undone by one guard on every way out (return, error, panic). Mouse capture stays off, so
//! that text (a guidance link, an answer) can be selected and copied as in any terminal.

use std::io::stdout;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

pub struct TerminalGuard {
    terminal: DefaultTerminal,
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen and turns on bracketed paste. ratatui's panic
    /// hook restores raw mode and the screen; ours, chained before it, turns paste off too.
    pub fn enter() -> std::io::Result<TerminalGuard> {
        let terminal = ratatui::try_init()?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableBracketedPaste);
            previous(info);
        }));
        execute!(stdout(), EnableBracketedPaste)?;
        Ok(TerminalGuard { terminal })
    }

    pub fn terminal(&mut self) -> &mut DefaultTerminal {
        &mut self.terminal
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        // Best effort: the terminal may already be gone (a closed window).
        let _ = execute!(stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}
