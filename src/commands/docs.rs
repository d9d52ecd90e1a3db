//! `workbook completions` and `workbook man`: generated from the clap definition itself, so
//! they never drift from the real options.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::commands::exit::{Failure, SUCCESS};

pub fn completions(shell: Shell) -> Result<u8, Failure> {
    let mut command = Cli::command();
    let mut out = io::stdout().lock();
    clap_complete::generate(shell, &mut command, "workbook", &mut out);
    out.flush().map_err(write_failed)?;
    Ok(SUCCESS)
}

pub fn man() -> Result<u8, Failure> {
    let mut out = io::stdout().lock();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .and_then(|()| out.flush())
        .map_err(write_failed)?;
    Ok(SUCCESS)
}

fn write_failed(error: io::Error) -> Failure {
    Failure::failed(format!("cannot write to standard output: {error}"))
}
