use std::process::ExitCode;

use clap::Parser;

use workbook::cli::Cli;
use workbook::text::sanitize;

fn main() -> ExitCode {
    restore_default_sigpipe();
    one_heap_arena();
    let cli = Cli::parse();
    match workbook::commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("error: {}", sanitize(&failure.message));
            ExitCode::from(failure.code)
        }
    }
}

/// glibc gives each thread that allocates its own heap arena, grown a page at a time: the
/// threads that parse the workbooks of a user's folder spent more time growing arenas than
/// parsing (a 10,000-question workbook: 280-410 ms to the first frame with one arena per
/// thread, 170-250 ms with one arena for all).
fn one_heap_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: called first thing in main, before any thread exists; M_ARENA_MAX is a valid
    // option and 1 a valid value.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
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
