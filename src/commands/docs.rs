//! `workbook completions` and `workbook man`: generated from the clap definition itself, so
//! they never drift from the real options.

use std::io::{self, Write};

use clap_complete::Shell;

use crate::commands::exit::{Failure, SUCCESS};

pub fn completions(shell: Shell) -> Result<u8, Failure> {
    let mut command = crate::cli::command();
    let mut out = io::stdout().lock();
    clap_complete::generate(shell, &mut command, "workbook", &mut out);
    out.flush().map_err(write_failed)?;
    Ok(SUCCESS)
}

pub fn man() -> Result<u8, Failure> {
    let mut out = io::stdout().lock();
    clap_mangen::Man::new(crate::cli::command())
        .render(&mut out)
        .and_then(|()| out.flush())
        .map_err(write_failed)?;
    Ok(SUCCESS)
}

fn write_failed(error: io::Error) -> Failure {
    Failure::failed(crate::tr!(
        "cli-cannot-write-stdout",
        error = error.to_string()
    ))
}
