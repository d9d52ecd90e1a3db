use std::process::ExitCode;

use clap::Parser;

use workbook::cli::Cli;
use workbook::text::sanitize;

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = Cli::parse();
    match workbook::commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("error: {}", sanitize(&failure.message));
            ExitCode::from(failure.code)
        }
    }
}

/// Rust ignores SIGPIPE, so `workbook list | head -1` would end in a "broken pipe" error or a
/// panic inside `println!`. A command-line tool should simply stop, as `cat` does.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists; SIG_DFL is always valid.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
