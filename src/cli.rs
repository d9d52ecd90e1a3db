//! The command line, as clap derive types. Each subcommand's work lives in `commands/`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "workbook",
    version,
    about = "Guided workbooks for cities preventing and responding to hate, extremism and polarisation",
    long_about = "Walks mayors and city officials through guided workbooks (mapping, strategy, \
prevention, response to attacks, coordination), saves every answer to a profile per city, and \
turns the answers into an action plan.",
    after_help = "Examples:\n  workbook list\n  workbook list --questions mapping      # question ids, for answer set\n  workbook validate my-workbooks/\n  workbook --workbooks ./my-workbooks list"
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

    /// Colours of the guided interface: projector is high contrast for a room [default: the
    /// config file's `theme`, else default]
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<crate::tui::theme::ThemeName>,

    /// Language of the workbooks' questions, guidance and choices: en, fr, es or ar (a BCP 47
    /// tag) [default: the config file's `lang`, else the system locale (LC_ALL, LC_MESSAGES,
    /// LANG)]. With `city new` and `city edit`, the language of the city's plan; with
    /// `validate` and `translate`, the translation to check or fill in
    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check workbook files and report every problem, like a compiler
    #[command(
        after_help = "Examples:\n  workbook validate                 # every workbook the program would load\n  workbook validate mine.toml       # one file\n  workbook validate --strict dir/   # warnings fail too\n  workbook validate --lang fr       # ./workbooks and ./workbooks/i18n/fr\n  workbook validate --lang es my-workbooks/"
    )]
    Validate(ValidateArgs),

    /// Print a translation file to fill in: the entries of one workbook (or the glossary) that
    /// are missing or stale in a language, with the English beside each
    #[command(
        after_help = "Examples:\n  workbook translate --lang fr mapping     # what its French lacks\n  workbook translate --lang fr glossary\n  workbook translate --lang es my-workbooks/local.toml\n  # a first translation, to fill in, then check:\n  workbook translate --lang fr strategy > workbooks/i18n/fr/strategy.toml\n  workbook validate --lang fr"
    )]
    Translate(TranslateArgs),

    /// List the workbooks the program loads, and where each comes from; or one workbook's
    /// questions (--questions)
    #[command(
        after_help = "Examples:\n  workbook list\n  workbook list --json\n  workbook --workbooks ./mine list\n  workbook list --questions mapping          # question ids for `answer set`\n  workbook list --questions mapping --json"
    )]
    List(ListArgs),

    /// Create, list, show, rename, delete and restore city profiles
    #[command(
        subcommand,
        after_help = "Examples:\n  workbook city new \"São Paulo\" --country Brazil --role mayor\n  workbook city list\n  workbook city show \"São Paulo\" --json\n  workbook city restore \"São Paulo\""
    )]
    City(CityCommand),

    /// Set, read, clear, import and export a city's answers
    #[command(
        subcommand,
        after_help = "Examples:\n  workbook answer set --city Lyon mapping.has_mapped yes\n  workbook answer get --city Lyon mapping.has_mapped\n  workbook list --questions mapping      # the question ids\n  workbook answer export --city Lyon > answers.toml"
    )]
    Answer(AnswerCommand),

    /// Close the year's round of answers and open the next, or list a city's rounds
    #[command(
        subcommand,
        after_help = "Examples:\n  workbook round close --city Lyon --dry-run\n  workbook round close --city Lyon --label 2026\n  workbook round list --city Lyon"
    )]
    Round(RoundCommand),

    /// What changed between two rounds of a city: answers added, changed and removed, actions
    /// whose status changed, indicators against target
    #[command(
        after_help = "Examples:\n  workbook diff --city Lyon                         # the last closed round against now\n  workbook diff --city Lyon --from 2025 --to 2026\n  workbook diff --city Lyon --format json\n  workbook diff --city Lyon -o changes.md           # written atomically\n  workbook round list --city Lyon                   # the rounds' names"
    )]
    Diff(DiffArgs),

    /// Each workbook's answered, relevant and required counts for a city
    #[command(
        after_help = "Examples:\n  workbook progress --city Lyon\n  workbook progress --city Lyon --json"
    )]
    Progress(ProgressArgs),

    /// Carry a city's answers forward to newer workbook versions
    #[command(
        after_help = "Examples:\n  workbook migrate --city Lyon --dry-run   # show what would change\n  workbook migrate --city Lyon             # apply and save"
    )]
    Migrate(MigrateArgs),

    /// Write a city to a single bundle file, to move it to another machine or colleague
    #[command(
        after_help = "Examples:\n  workbook export --city Lyon -o lyon.workbook.toml\n  workbook export --city Lyon > lyon.workbook.toml\n  workbook export --city Lyon --format xlsx -o lyon.xlsx --edition public"
    )]
    Export(ExportArgs),

    /// Import a bundle; into an existing city it merges answer by answer, the newer change wins
    #[command(
        after_help = "Examples:\n  workbook import lyon.workbook.toml\n  workbook import lyon.workbook.toml --json\n  workbook import demo/demo-city.toml      # a profile file works too"
    )]
    Import(ImportArgs),

    /// Open the guided full-screen interface at a workbook, where the city left off
    #[command(
        after_help = "Examples:\n  workbook                               # pick a city, then a workbook\n  workbook open mapping --city Lyon      # straight to where Lyon left off\n  workbook open mapping --city Lyon --plain   # plain lines for screen readers\n  workbook open mapping --city Lyon < answers.txt   # scripted, plain mode\n  NO_COLOR=1 workbook open               # no colours"
    )]
    Open(OpenArgs),

    /// Open the demo city for training: a fictional city with partly complete answers, kept
    /// in a throwaway folder, never in your data folder
    #[command(
        after_help = "Examples:\n  workbook demo            # the guided interface on the demo city\n  workbook demo --reset    # throw away changes made in earlier demos\n  workbook plan --demo     # the demo city's action plan"
    )]
    Demo(DemoArgs),

    /// Write a city's action plan as markdown, HTML or JSON
    #[command(
        after_help = "Examples:\n  workbook plan --city Riverton                      # markdown on standard output\n  workbook plan --city Riverton --format html -o plan.html\n  workbook plan --city Riverton --format docx -o plan.docx   # Word, to finish the plan\n  workbook plan --city Riverton --workbook mapping --audience mayor\n  workbook plan --city Riverton --round 2026 --date 2026-12-15   # a closed round's plan\n  workbook plan --print-template > my-plan.md.j2     # adapt it, then:\n  workbook plan --city Riverton --template my-plan.md.j2\n  workbook plan --demo --format html -o demo-plan.html   # for trainers"
    )]
    Plan(PlanArgs),
    /// Compare several cities: progress per workbook and key facts, for a regional hub
    #[command(
        after_help = "Examples:\n  workbook compare --all\n  workbook compare --city Lyon --city Kumanovo --format csv -o hub.csv\n  workbook compare --all --format json\n  workbook compare --all --since-last-round     # who moved since their last round"
    )]
    Compare(CompareArgs),

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
pub struct OpenArgs {
    /// The workbook to open (an id from `workbook list`) [default: the home screen]
    pub workbook: Option<String>,

    /// The city to work on [default: pick one on screen]
    #[arg(long, value_name = "NAME")]
    pub city: Option<String>,

    /// Plain mode: questions as plain lines, answers read line by line (for screen readers
    /// and scripts); chosen automatically when input or output is not a terminal or TERM=dumb.
    /// :quit or Ctrl+C saves, says what was saved and how to resume
    #[arg(long)]
    pub plain: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Start again from the pristine demo city, throwing away earlier demo changes
    #[arg(long)]
    pub reset: bool,

    /// Plain mode (see `workbook open --help`)
    #[arg(long)]
    pub plain: bool,
}

#[derive(Debug, Subcommand)]
pub enum CityCommand {
    /// Create a city profile
    #[command(
        after_help = "Examples:\n  workbook city new Lyon --country France --role official\n  workbook city new \"São Paulo\" --role mayor --json"
    )]
    New {
        /// The city's name, any text (it is never used as a file name as is)
        name: String,
        #[arg(long)]
        country: Option<String>,
        /// Who will answer: shows the questions written for this role
        #[arg(long, value_enum, default_value = "official")]
        role: RoleArg,
        /// How the city writes decimals: point (12.5) or comma (12,5) [default: from the
        /// system locale (LC_ALL, LC_NUMERIC, LANG)]
        #[arg(long, value_enum)]
        number_format: Option<NumberFormatArg>,
        /// Which questions to work through: the full workbooks, or the core track (about 30
        /// questions across the five areas, for small towns and first workshops)
        #[arg(long, value_enum, default_value = "full")]
        track: TrackArg,
        /// The currency the city's budgets are in, as the plan should write it ("EUR", "KES", "€")
        #[arg(long, value_name = "TEXT")]
        currency: Option<String>,
        /// Print the new city as JSON
        #[arg(long)]
        json: bool,
    },
    /// Change a city's country, role, number format, track or currency
    #[command(
        after_help = "Examples:\n  workbook city edit Lyon --number-format comma\n  workbook city edit Lyon --role mayor --country France\n  workbook city edit Lyon --track core"
    )]
    Edit {
        name: String,
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_enum)]
        role: Option<RoleArg>,
        /// How the city writes decimals: point (12.5) or comma (12,5)
        #[arg(long, value_enum)]
        number_format: Option<NumberFormatArg>,
        /// Which questions to work through: full or core (answers are kept either way)
        #[arg(long, value_enum)]
        track: Option<TrackArg>,
        /// The currency the city's budgets are in ("EUR", "KES", "€"); an empty text removes it
        #[arg(long, value_name = "TEXT")]
        currency: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// List the cities
    #[command(after_help = "Examples:\n  workbook city list\n  workbook city list --json")]
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show a city: its details, progress, orphaned answers and pending migrations
    #[command(
        after_help = "Examples:\n  workbook city show Lyon\n  workbook city show Lyon --json"
    )]
    Show {
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Rename a city (names are compared ignoring case)
    #[command(after_help = "Examples:\n  workbook city rename Lyon \"Lyon Métropole\"")]
    Rename {
        old: String,
        new: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete a city; its profile is kept as a backup that `city restore` brings back
    #[command(
        after_help = "Examples:\n  workbook city delete Lyon          # asks first\n  workbook city delete Lyon --yes"
    )]
    Delete {
        name: String,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Put back the newest readable backup of a city's profile
    #[command(after_help = "Examples:\n  workbook city restore Lyon")]
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
    /// Every question of the five workbooks
    Full,
    /// About 30 questions across the five areas
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
    /// 1234.5
    Point,
    /// 1234,5
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
    /// Set an answer, validated exactly as in the interactive workbook
    #[command(after_help = ANSWER_SET_HELP)]
    Set {
        #[arg(long)]
        city: String,
        /// WORKBOOK.QUESTION, for example mapping.threats
        key: String,
        /// The value (see below), several values for a list or table, or - to read standard input
        #[arg(required = true, num_args = 1.., allow_negative_numbers = true)]
        values: Vec<String>,
        /// The value is JSON (string, number, true/false, array of strings, array of objects)
        #[arg(long)]
        json: bool,
        /// Free text for an "other" choice
        #[arg(long)]
        other: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Print an answer; a list or table on one line in the form `answer set` reads, so it can
    /// be pasted back
    #[command(
        after_help = "Examples:\n  workbook answer get --city Lyon mapping.threats\n  workbook answer get --city Lyon mapping.stakeholders --json\n  workbook answer set --city Gent mapping.stakeholders \"$(workbook answer get --city Lyon mapping.stakeholders)\""
    )]
    Get {
        #[arg(long)]
        city: String,
        key: String,
        #[arg(long)]
        json: bool,
    },
    /// Remove an answer
    #[command(after_help = "Examples:\n  workbook answer clear --city Lyon mapping.threats")]
    Clear {
        #[arg(long)]
        city: String,
        key: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Resolve the notes on an answer: keep the answer, or use an answer a note keeps
    #[command(
        after_help = "Examples:\n  workbook answer get --city Lyon strategy.mandate_basis     # shows the notes, numbered\n  workbook answer resolve --city Lyon strategy.mandate_basis            # keep the current answer\n  workbook answer resolve --city Lyon strategy.mandate_basis --use 1    # use the answer note 1 keeps"
    )]
    Resolve {
        #[arg(long)]
        city: String,
        key: String,
        /// Use the answer kept by this note (as numbered by `answer get`) instead of the current one
        #[arg(long = "use", value_name = "N")]
        use_kept: Option<usize>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Keep answers carried over from the last round as this round's answers, unchanged
    #[command(
        after_help = "Examples:\n  workbook answer confirm --city Lyon mapping.threats\n  workbook answer confirm --city Lyon mapping.threats mapping.stakeholders"
    )]
    Confirm {
        #[arg(long)]
        city: String,
        /// WORKBOOK.QUESTION (one or more)
        #[arg(required = true, num_args = 1..)]
        keys: Vec<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Import answers from a TOML file shaped like `answer export` output, or one table or list
    /// answer from a spreadsheet
    #[command(
        after_help = "Examples:\n  workbook answer export --city Lyon > answers.toml\n  workbook answer import --city Lyon answers.toml\n  workbook answer import --city Lyon mapping.stakeholders partners.xlsx --merge\n  workbook answer import --city Lyon mapping.stakeholders list.csv --map \"Org type=sector\" --replace"
    )]
    Import {
        #[arg(long)]
        city: String,
        /// A TOML answers file; or WORKBOOK.QUESTION, followed by a spreadsheet for it
        #[arg(value_name = "FILE|WORKBOOK.QUESTION")]
        file: PathBuf,
        /// A spreadsheet (CSV, .xlsx, .xls, .ods) whose rows answer the table or list question
        /// named before it; its first row names the columns
        spreadsheet: Option<PathBuf>,
        #[command(flatten)]
        sheet: SheetImportArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Print a city's answers as TOML, in the shape the profile stores, or write one table or
    /// list answer as a spreadsheet
    #[command(
        after_help = "Examples:\n  workbook answer export --city Lyon\n  workbook answer export --city Lyon -o answers.toml\n  workbook answer export --city Lyon mapping.stakeholders -o stakeholders.xlsx"
    )]
    Export {
        #[arg(long)]
        city: String,
        /// One table or list answer to write as a spreadsheet (-o FILE.csv or FILE.xlsx)
        #[arg(value_name = "WORKBOOK.QUESTION")]
        key: Option<String>,
        /// Write to this file instead of standard output
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

/// How `answer import` reads a spreadsheet.
#[derive(Debug, Args, Clone, Default)]
pub struct SheetImportArgs {
    /// The sheet to read [default: the first]
    #[arg(long, value_name = "NAME", requires = "spreadsheet")]
    pub sheet: Option<String>,
    /// Headers for columns the program does not recognise: "Header=column,Other header=column"
    #[arg(long, value_name = "MAP", requires = "spreadsheet")]
    pub map: Vec<String>,
    /// Add the rows to the stored answer; a row whose first column matches a stored row updates it
    #[arg(long, requires = "spreadsheet", conflicts_with = "replace")]
    pub merge: bool,
    /// Replace the stored answer with the rows
    #[arg(long, requires = "spreadsheet")]
    pub replace: bool,
    /// Import the rows that pass even when others are rejected
    #[arg(long, requires = "spreadsheet")]
    pub partial: bool,
}

const ANSWER_SET_HELP: &str = "Value forms:
  text, date, number, scale, yes/no, single choice: the value as given
  list, multiple choice: items separated by ; (or one item per argument)
  table: rows separated by ;, cells by , as column=value (or one row per argument)
  escapes in the split forms: \\; \\, \\= \\\\ and \\n (line break)
  --json VALUE: a JSON value; - reads the value from standard input
  a value that starts with - (other than a number): put -- before it

Examples:
  workbook answer set --city Lyon mapping.review_owner \"Prevention Coordinator\"
  workbook answer set --city Lyon mapping.threats \"hate_incidents; extremism\"
  workbook answer set --city Lyon mapping.stakeholders \"name=Youth council, role=Advice; name=Police\"
  workbook answer set --city Lyon mapping.threats --json '[\"hate_incidents\"]'
  cat notes.txt | workbook answer set --city Lyon mapping.last_mapping_findings -";

#[derive(Debug, Subcommand)]
pub enum RoundCommand {
    /// Freeze the city's answers as a named round (read-only from then on) and open the next
    /// round with every answer carried over, marked "confirm or update"
    #[command(
        after_help = "Examples:\n  workbook round close --city Lyon --dry-run      # what would happen\n  workbook round close --city Lyon                # named after the year\n  workbook round close --city Lyon --label \"2026 review\""
    )]
    Close {
        /// The city (its name, in any case)
        #[arg(long, value_name = "NAME")]
        city: String,
        /// The round's name [default: the year, for example 2026]
        #[arg(long, value_name = "NAME")]
        label: Option<String>,
        /// Say what would happen without saving
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// The city's rounds, oldest first, with dates and progress, and the open round's review
    #[command(
        after_help = "Examples:\n  workbook round list --city Lyon\n  workbook round list --city Lyon --json"
    )]
    List {
        /// The city (its name, in any case)
        #[arg(long, value_name = "NAME")]
        city: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The city whose rounds to compare (its name, in any case)
    #[arg(long, value_name = "NAME")]
    pub city: String,
    /// The earlier round: a closed round's name, or `current` [default: the last closed round]
    #[arg(long, value_name = "ROUND")]
    pub from: Option<String>,
    /// The later round: a closed round's name, or `current` for the open round
    #[arg(long, value_name = "ROUND", default_value = "current")]
    pub to: String,
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: DiffFormat,
    /// Write to this file (atomically) instead of standard output
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
    /// Show what would change without saving
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
    /// Write to this file instead of standard output
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// toml: a bundle to move the city [default]; xlsx: every answer for reading, one sheet per
    /// table
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// With --format xlsx: the answers and columns this edition shows [default: council]
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
    /// A bundle written by `workbook export`, or a city profile file (such as the demo city)
    pub file: PathBuf,
    /// Print the merge report as JSON
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// How long a command that changes a city waits when another window or process has it open.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// Longest accepted `--wait`: a day is far beyond any real queue of writers.
const MAX_WAIT_SECS: f64 = 86_400.0;

#[derive(Debug, Args, Clone, Copy, Default)]
pub struct WaitArgs {
    /// If another window or process has the city open, wait up to SECONDS for it, then stop
    /// with exit code 3 [default: 10]
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub wait: Option<Duration>,

    /// Do not wait: stop at once with exit code 3 if another window or process has the city open
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
        .map_err(|_| format!("`{text}` is not a number of seconds"))?;
    if !(0.0..=MAX_WAIT_SECS).contains(&seconds) {
        return Err(format!("the wait must be 0 to {MAX_WAIT_SECS} seconds"));
    }
    Ok(Duration::from_secs_f64(seconds))
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
pub struct TranslateArgs {
    /// A workbook of `./workbooks` by id (`mapping`, or `glossary` for the shared glossary),
    /// or the path of an English workbook file
    pub workbook: String,
}

/// A language as `--lang` takes it: English (`en`) or a translation's tag, in its usual case.
fn language(tag: &str) -> Result<String, String> {
    Ok(crate::language::parse(tag)?.map_or_else(|| "en".to_string(), |lang| lang.to_string()))
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print the list as JSON
    #[arg(long)]
    pub json: bool,

    /// List this workbook's questions instead: id, kind and prompt, by section, follow-ups
    /// under the question they follow (with --json: also section, parent and audience)
    #[arg(long, value_name = "WORKBOOK")]
    pub questions: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// A city to compare (repeatable)
    #[arg(long = "city", value_name = "NAME", required_unless_present = "all")]
    pub cities: Vec<String>,
    /// Compare every city in the data folder
    #[arg(long, conflicts_with = "cities")]
    pub all: bool,
    /// Add, per city, its last closed round and what moved since: answered then and now,
    /// answers changed, actions done, late and dropped, indicators that reached their target
    #[arg(long)]
    pub since_last_round: bool,
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: CompareFormat,
    /// Write to this file instead of standard output
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
    /// The city whose answers make the plan (its name, in any case) [default: `city` in the config file]
    #[arg(long, value_name = "NAME")]
    pub city: Option<String>,

    /// Only this workbook (repeatable) [default: every workbook]
    #[arg(long, value_name = "ID")]
    pub workbook: Vec<String>,

    /// Whose questions to include [default: `audience` in the config file, else all]
    #[arg(long, value_enum)]
    pub audience: Option<PlanAudienceArg>,

    /// The built-in demo city's plan (its throwaway copy if a demo has run); touches no real data
    #[arg(long, conflicts_with = "city")]
    pub demo: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = PlanFormatArg::Markdown)]
    pub format: PlanFormatArg,

    /// Write to FILE (atomically) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The date printed on the plan [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_plan_date)]
    pub date: Option<jiff::civil::Date>,

    /// The plan of a closed round (its name, e.g. 2026), as the city stood when it closed
    /// [default: the answers of the open round]
    #[arg(long, value_name = "NAME")]
    pub round: Option<String>,

    /// Which answers the plan shows: public (fit for publication), council (public and
    /// internal answers) or restricted (everything, personal data included)
    #[arg(long, value_enum, default_value_t = EditionArg::Council)]
    pub edition: EditionArg,

    /// The same as --edition restricted
    #[arg(long, conflicts_with = "edition")]
    pub include_sensitive: bool,

    /// Where the plan stands, as its cover says
    #[arg(long, value_enum, default_value_t = StatusArg::Draft)]
    pub status: StatusArg,

    /// The document's version, as its cover says
    #[arg(long = "plan-version", value_name = "TEXT", default_value = "1")]
    pub plan_version: String,

    /// Who prepared the plan, as its cover says [default: from the city's role]
    #[arg(long, value_name = "TEXT")]
    pub prepared_by: Option<String>,

    /// Show where every line came from (question ids, "From:" lines), for checking
    #[arg(long)]
    pub trace: bool,

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
    /// A Word document (.docx); give a file with -o
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
