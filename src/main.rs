use std::process::ExitCode;

use workbook::text::sanitize;

fn main() -> ExitCode {
    restore_default_sigpipe();
    heap_settings();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    workbook::language::speak(&args);
    let cli = workbook::cli::parse(args);
    match workbook::commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            let message = sanitize(&failure.message);
            eprintln!("{}", workbook::tr!("cli-failed", message = message));
            ExitCode::from(failure.code)
        }
    }
}

/// glibc grows the heap 128 KiB at a time (280 `brk` calls while a 10,000-question workbook is
/// parsed) and another thread's heap arena a page at a time (an `mprotect` call each); one
/// arena for all threads avoided the second but makes the parsing threads take turns at every
/// allocation. Asking for 64 MiB of headroom whenever a heap grows fixes both, so each thread
/// keeps its own arena: it is address space only, a page costs memory once it is used.
fn heap_settings() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: called first thing in main, before any thread exists; M_TOP_PAD is a valid
    // option and 64 MiB a valid value.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
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
