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

    /// Write a city's action plan as markdown, HTML or JSON
    #[command(
        after_help = "Examples:\n  workbook plan --city Riverton                      # markdown on standard output\n  workbook plan --city Riverton --format html -o plan.html\n  workbook plan --city Riverton --workbook mapping --audience mayor\n  workbook plan --print-template > my-plan.md.j2     # adapt it, then:\n  workbook plan --city Riverton --template my-plan.md.j2"
    )]
    Plan(PlanArgs),
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

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The city whose answers make the plan (its name, in any case)
    #[arg(long, value_name = "NAME")]
    pub city: Option<String>,

    /// Only this workbook (repeatable) [default: every workbook]
    #[arg(long, value_name = "ID")]
    pub workbook: Vec<String>,

    /// Whose questions to include
    #[arg(long, value_enum, default_value_t = PlanAudienceArg::All)]
    pub audience: PlanAudienceArg,

    /// Output format
    #[arg(long, value_enum, default_value_t = PlanFormatArg::Markdown)]
    pub format: PlanFormatArg,

    /// Write to FILE (atomically) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The date printed on the plan [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_plan_date)]
    pub date: Option<jiff::civil::Date>,

    /// Include answers to questions marked sensitive (left out by default)
    #[arg(long)]
    pub include_sensitive: bool,

    /// Use this template instead of the built-in one (see --print-template)
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,

    /// Print the built-in plan template and exit
    #[arg(long, conflicts_with_all = ["city", "template"])]
    pub print_template: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PlanAudienceArg {
    Mayor,
    Official,
    All,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PlanFormatArg {
    Markdown,
    Html,
    Json,
}

impl From<PlanAudienceArg> for crate::plan::PlanAudience {
    fn from(arg: PlanAudienceArg) -> Self {
        match arg {
            PlanAudienceArg::Mayor => crate::plan::PlanAudience::Mayor,
            PlanAudienceArg::Official => crate::plan::PlanAudience::Official,
            PlanAudienceArg::All => crate::plan::PlanAudience::All,
        }
    }
}

impl From<PlanFormatArg> for crate::plan::Format {
    fn from(arg: PlanFormatArg) -> Self {
        match arg {
            PlanFormatArg::Markdown => crate::plan::Format::Markdown,
            PlanFormatArg::Html => crate::plan::Format::Html,
            PlanFormatArg::Json => crate::plan::Format::Json,
        }
    }
}

fn parse_plan_date(text: &str) -> Result<jiff::civil::Date, String> {
    let checked = crate::answer::date(text).map_err(|e| e.0)?;
    checked.parse().map_err(|e: jiff::Error| e.to_string())
}
