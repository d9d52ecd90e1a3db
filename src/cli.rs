//! The command line, as clap derive types. Each subcommand's work lives in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "workbook",
    version,
    about = "Guided workbooks for cities preventing and responding to hate, extremism and polarisation",
    long_about = "Walks mayors and city officials through guided workbooks (mapping, strategy, \
prevention, response to attacks, coordination), saves every answer to a profile per city, and \
turns the answers into an action plan.",
    after_help = "Examples:\n  workbook list\n  workbook validate my-workbooks/\n  workbook --workbooks ./my-workbooks list"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// Folder holding city profiles [default: the platform's data directory]
    #[arg(long, global = true, env = "WORKBOOK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Extra folder of workbooks, layered over the built-in ones by id (repeatable; later wins)
    #[arg(long = "workbooks", global = true, value_name = "DIR")]
    pub workbooks: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check workbook files and report every problem, like a compiler
    #[command(
        after_help = "Examples:\n  workbook validate                 # every workbook the program would load\n  workbook validate mine.toml       # one file\n  workbook validate --strict dir/   # warnings fail too"
    )]
    Validate(ValidateArgs),

    /// List the workbooks the program loads, and where each comes from
    #[command(
        after_help = "Examples:\n  workbook list\n  workbook list --json\n  workbook --workbooks ./mine list"
    )]
    List(ListArgs),

    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  workbook completions bash > ~/.local/share/bash-completion/completions/workbook\n  workbook completions zsh > ~/.zfunc/_workbook\n  workbook completions fish > ~/.config/fish/completions/workbook.fish"
    )]
    Completions(CompletionsArgs),

    /// Print the manual page (roff) to standard output
    #[command(after_help = "Examples:\n  workbook man > workbook.1 && man ./workbook.1")]
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Workbook files or folders of them [default: every workbook the program would load]
    pub paths: Vec<PathBuf>,

    /// Treat warnings (such as a question without guidance) as errors
    #[arg(long)]
    pub strict: bool,

    /// Print the problems as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print the list as JSON
    #[arg(long)]
    pub json: bool,
}
