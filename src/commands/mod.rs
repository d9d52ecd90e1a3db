//! One module per subcommand. Each returns the process exit code or a [`Failure`].

mod docs;
mod list;
mod validate;

use crate::cli::{Cli, Command};
use crate::exit::{Failure, SUCCESS};

pub fn run(cli: Cli) -> Result<u8, Failure> {
    match cli.command {
        Some(Command::Validate(args)) => validate::run(&cli.global, &args),
        Some(Command::List(args)) => list::run(&cli.global, &args),
        Some(Command::Completions(args)) => docs::completions(args.shell),
        Some(Command::Man) => docs::man(),
        None => {
            list::run(&cli.global, &crate::cli::ListArgs { json: false })?;
            Ok(SUCCESS)
        }
    }
}
