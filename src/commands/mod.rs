//! One module per subcommand. Each returns the process exit code or a [`Failure`].

mod answer;
mod bundle;
mod city;
mod columns;
mod compare;
mod context;
mod demo;
mod diff;
mod docs;
pub mod errors;
pub mod exit;
mod inline;
mod list;
mod migrate;
mod open;
mod plan;
mod progress;
mod question_list;
mod round;
mod sheet;
mod team;
mod translate;
mod validate;

use crate::cli::{Cli, Command};
use crate::commands::exit::Failure;
use crate::tr;

pub fn run(cli: Cli) -> Result<u8, Failure> {
    match cli.command {
        Some(Command::Validate(args)) => validate::run(&cli.global, &args),
        Some(Command::Translate(args)) => translate::run(&cli.global, &args),
        Some(Command::List(args)) => list::run(&cli.global, &args),
        Some(Command::Compare(args)) => compare::run(&cli.global, &args),
        Some(Command::Completions(args)) => docs::completions(args.shell),
        Some(Command::Man) => docs::man(),
        Some(Command::City(command)) => city::run(&cli.global, command),
        Some(Command::Answer(command)) => answer::run(&cli.global, command),
        Some(Command::Round(command)) => round::run(&cli.global, command),
        Some(Command::Diff(args)) => diff::run(&cli.global, &args),
        Some(Command::Progress(args)) => progress::run(&cli.global, &args),
        Some(Command::Migrate(args)) => migrate::run(&cli.global, &args),
        Some(Command::Export(args)) => bundle::export(&cli.global, &args),
        Some(Command::Import(args)) => bundle::import(&cli.global, &args),
        Some(Command::Plan(args)) => plan::run(&cli.global, &args),
        Some(Command::Open(args)) => open::run(&cli.global, &args),
        Some(Command::Demo(args)) => demo::run(&cli.global, &args),
        Some(Command::Team(command)) => team::run(&cli.global, command),
        Some(Command::MergeProfile(args)) => team::merge_profile(&args),
        None => open::run(
            &cli.global,
            &crate::cli::OpenArgs {
                workbook: None,
                city: None,
                plain: false,
            },
        ),
    }
}

/// Whether `line` says yes: in English, or in the interface's language.
pub fn is_yes(line: &str) -> bool {
    let typed = line.trim().to_lowercase();
    matches!(typed.as_str(), "yes" | "y") || crate::plain::input::yes_no(&typed) == "yes"
}

/// Items of a sentence, separated as the interface's language separates them.
pub fn joined<S: AsRef<str>>(items: &[S]) -> String {
    let separator = tr!("cli-list-separator");
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(&separator)
}
