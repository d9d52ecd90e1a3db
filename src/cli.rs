//! The command line, as clap derive types. Each subcommand's work lives in `commands/`.
//!
//! What the help says (about texts, each argument's help, the examples) is not written here but
//! in `locales/<lang>/cli.ftl`, keyed by the command's path and the argument's id
//! (`cli-plan-about`, `cli-plan-arg-format`): [`help`] puts it in, in the user's language, when
//! help or an error is shown. A command line that parses needs none of it.

mod help;

pub use help::{command, parse};

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "workbook", version)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    #[arg(long, global = true, env = "WORKBOOK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[arg(long = "workbooks", global = true, value_name = "DIR")]
    pub workbooks: Vec<PathBuf>,

    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<crate::tui::theme::ThemeName>,

    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Validate(ValidateArgs),
    Translate(TranslateArgs),
    List(ListArgs),

    #[command(subcommand)]
    City(CityCommand),

    #[command(subcommand)]
    Answer(AnswerCommand),

    #[command(subcommand)]
    Round(RoundCommand),
    Diff(DiffArgs),
    Progress(ProgressArgs),
    Migrate(MigrateArgs),
    Export(ExportArgs),
    Import(ImportArgs),
    Open(OpenArgs),
    Demo(DemoArgs),

    #[command(subcommand)]
    Team(TeamCommand),
    MergeProfile(MergeProfileArgs),
    Plan(PlanArgs),
    Compare(CompareArgs),
    Completions(CompletionsArgs),

    Man,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    pub workbook: Option<String>,

    #[arg(long, value_name = "NAME")]
    pub city: Option<String>,

    #[arg(long)]
    pub plain: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long)]
    pub reset: bool,

    #[arg(long)]
    pub plain: bool,
}

#[derive(Debug, Subcommand)]
pub enum CityCommand {
    New {
        name: String,
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_enum, default_value = "official")]
        role: RoleArg,
        #[arg(long, value_enum)]
        number_format: Option<NumberFormatArg>,
        #[arg(long, value_enum, default_value = "full")]
        track: TrackArg,
        #[arg(long, value_name = "TEXT")]
        currency: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Edit {
        name: String,
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_enum)]
        role: Option<RoleArg>,
        #[arg(long, value_enum)]
        number_format: Option<NumberFormatArg>,
        #[arg(long, value_enum)]
        track: Option<TrackArg>,
        #[arg(long, value_name = "TEXT")]
        currency: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Show {
        name: String,
        #[arg(long)]
        json: bool,
    },
    Log {
        name: String,
        answer: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Rename {
        old: String,
        new: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    Delete {
        name: String,
        #[arg(long, short)]
        yes: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    Restore {
        name: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum RoleArg {
    Mayor,
    Official,
}

impl From<RoleArg> for crate::profile::Role {
    fn from(arg: RoleArg) -> Self {
        match arg {
            RoleArg::Mayor => crate::profile::Role::Mayor,
            RoleArg::Official => crate::profile::Role::Official,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum TrackArg {
    Full,
    Core,
}

impl From<TrackArg> for crate::profile::Track {
    fn from(arg: TrackArg) -> Self {
        match arg {
            TrackArg::Full => crate::profile::Track::Full,
            TrackArg::Core => crate::profile::Track::Core,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum NumberFormatArg {
    Point,
    Comma,
}

impl From<NumberFormatArg> for crate::answer::NumberFormat {
    fn from(arg: NumberFormatArg) -> Self {
        match arg {
            NumberFormatArg::Point => crate::answer::NumberFormat::Point,
            NumberFormatArg::Comma => crate::answer::NumberFormat::Comma,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AnswerCommand {
    Set {
        #[arg(long)]
        city: String,
        key: String,
        #[arg(required = true, num_args = 1.., allow_negative_numbers = true)]
        values: Vec<String>,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        other: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    Get {
        #[arg(long)]
        city: String,
        key: String,
        #[arg(long)]
        json: bool,
    },
    Clear {
        #[arg(long)]
        city: String,
        key: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    Resolve {
        #[arg(long)]
        city: String,
        key: String,
        #[arg(long = "use", value_name = "N")]
        use_kept: Option<usize>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    Confirm {
        #[arg(long)]
        city: String,
        #[arg(required = true, num_args = 1..)]
        keys: Vec<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    Import {
        #[arg(long)]
        city: String,
        #[arg(value_name = "FILE|WORKBOOK.QUESTION")]
        file: PathBuf,
        spreadsheet: Option<PathBuf>,
        #[command(flatten)]
        sheet: SheetImportArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
    Export {
        #[arg(long)]
        city: String,
        #[arg(value_name = "WORKBOOK.QUESTION")]
        key: Option<String>,
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Args, Clone, Default)]
pub struct SheetImportArgs {
    #[arg(long, value_name = "NAME", requires = "spreadsheet")]
    pub sheet: Option<String>,
    #[arg(long, value_name = "MAP", requires = "spreadsheet")]
    pub map: Vec<String>,
    #[arg(long, requires = "spreadsheet", conflicts_with = "replace")]
    pub merge: bool,
    #[arg(long, requires = "spreadsheet")]
    pub replace: bool,
    #[arg(long, requires = "spreadsheet")]
    pub partial: bool,
}

#[derive(Debug, Subcommand)]
pub enum RoundCommand {
    Close {
        #[arg(long, value_name = "NAME")]
        city: String,
        #[arg(long, value_name = "NAME")]
        label: Option<String>,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    List {
        #[arg(long, value_name = "NAME")]
        city: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[arg(long, value_name = "NAME")]
    pub city: String,
    #[arg(long, value_name = "ROUND")]
    pub from: Option<String>,
    #[arg(long, value_name = "ROUND", default_value = "current")]
    pub to: String,
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: DiffFormat,
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum DiffFormat {
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct ProgressArgs {
    #[arg(long)]
    pub city: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[arg(long)]
    pub city: String,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long)]
    pub city: String,
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    #[arg(long, value_enum)]
    pub edition: Option<EditionArg>,
}

/// What `workbook export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Toml,
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: PathBuf,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// How long a command that changes a city waits when another window or process has it open.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// Longest accepted `--wait`: a day is far beyond any real queue of writers.
const MAX_WAIT_SECS: f64 = 86_400.0;

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    Init {
        #[arg(long, value_name = "URL")]
        remote: Option<String>,
    },
    Status {
        #[arg(long)]
        json: bool,
    },
    Sync {
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct MergeProfileArgs {
    pub base: PathBuf,
    pub ours: PathBuf,
    pub theirs: PathBuf,
    pub path: Option<String>,
}

#[derive(Debug, Args, Clone, Copy, Default)]
pub struct WaitArgs {
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub wait: Option<Duration>,

    #[arg(long, conflicts_with = "wait")]
    pub no_wait: bool,
}

impl WaitArgs {
    pub fn limit(&self) -> Duration {
        if self.no_wait {
            Duration::ZERO
        } else {
            self.wait.unwrap_or(DEFAULT_WAIT)
        }
    }
}

fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| crate::tr!("cli-wait-not-seconds", text = text))?;
    if !(0.0..=MAX_WAIT_SECS).contains(&seconds) {
        return Err(crate::tr!("cli-wait-out-of-range", max = MAX_WAIT_SECS));
    }
    Ok(Duration::from_secs_f64(seconds))
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    pub paths: Vec<PathBuf>,

    #[arg(long)]
    pub strict: bool,

    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TranslateArgs {
    pub workbook: String,
}

/// A language as `--lang` takes it: English (`en`) or a translation's tag, in its usual case.
fn language(tag: &str) -> Result<String, String> {
    Ok(crate::language::parse(tag)?.map_or_else(|| "en".to_string(), |lang| lang.to_string()))
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    pub json: bool,

    #[arg(long, value_name = "WORKBOOK")]
    pub questions: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[arg(long = "city", value_name = "NAME", required_unless_present = "all")]
    pub cities: Vec<String>,
    #[arg(long, conflicts_with = "cities")]
    pub all: bool,
    #[arg(long)]
    pub since_last_round: bool,
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: CompareFormat,
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CompareFormat {
    Markdown,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[arg(long, value_name = "NAME")]
    pub city: Option<String>,

    #[arg(long, value_name = "ID")]
    pub workbook: Vec<String>,

    #[arg(long, value_enum)]
    pub audience: Option<PlanAudienceArg>,

    #[arg(long, conflicts_with = "city")]
    pub demo: bool,

    #[arg(long, value_enum, default_value_t = PlanFormatArg::Markdown)]
    pub format: PlanFormatArg,

    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_plan_date)]
    pub date: Option<jiff::civil::Date>,

    #[arg(long, value_name = "NAME")]
    pub round: Option<String>,

    #[arg(long, value_enum, default_value_t = EditionArg::Council)]
    pub edition: EditionArg,

    #[arg(long, conflicts_with = "edition")]
    pub include_sensitive: bool,

    #[arg(long, value_enum, default_value_t = StatusArg::Draft)]
    pub status: StatusArg,

    #[arg(long = "plan-version", value_name = "TEXT", default_value = "1")]
    pub plan_version: String,

    #[arg(long, value_name = "TEXT")]
    pub prepared_by: Option<String>,

    #[arg(long)]
    pub trace: bool,

    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,

    #[arg(long, conflicts_with_all = ["city", "template"])]
    pub print_template: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PlanAudienceArg {
    Mayor,
    Official,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EditionArg {
    Public,
    Council,
    Restricted,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StatusArg {
    Draft,
    ForDecision,
    Adopted,
}

impl From<EditionArg> for crate::plan::Edition {
    fn from(arg: EditionArg) -> Self {
        match arg {
            EditionArg::Public => crate::plan::Edition::Public,
            EditionArg::Council => crate::plan::Edition::Council,
            EditionArg::Restricted => crate::plan::Edition::Restricted,
        }
    }
}

impl From<StatusArg> for crate::plan::Status {
    fn from(arg: StatusArg) -> Self {
        match arg {
            StatusArg::Draft => crate::plan::Status::Draft,
            StatusArg::ForDecision => crate::plan::Status::ForDecision,
            StatusArg::Adopted => crate::plan::Status::Adopted,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PlanFormatArg {
    Markdown,
    Html,
    Json,
    Docx,
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
            PlanFormatArg::Docx => crate::plan::Format::Docx,
        }
    }
}

fn parse_plan_date(text: &str) -> Result<jiff::civil::Date, String> {
    let checked = crate::answer::date(text).map_err(|e| e.0)?;
    checked.parse().map_err(|e: jiff::Error| e.to_string())
}
