use std::process::ExitCode;

use clap::Parser;

use workbook::cli::Cli;
use workbook::text::sanitize;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match workbook::commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("error: {}", sanitize(&failure.message));
            ExitCode::from(failure.code)
        }
    }
}
