//! Reading workbook files and layering user folders over the built-in set by id.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::diag::{Diagnostic, Severity};
use super::lint::lint;
use super::model::{GlossaryEntry, Question, Workbook};
use super::resolve::{SharedGlossary, resolve_undoably};
use super::translated;
use super::translation::Lang;
use crate::tr;

/// Largest workbook file we read. The largest built-in is far smaller; a file beyond this is a
/// mistake (or hostile), and reading it would only make everything slow.
pub const MAX_WORKBOOK_BYTES: u64 = 4 * 1024 * 1024;

/// The built-in workbooks, embedded at build time from `workbooks/*.toml` (see build.rs).
const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_workbooks.rs"));

/// The name of the shared glossary file in a workbook folder: it holds `[[glossary]]` entries
/// that every workbook uses, and is not a workbook itself.
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// The order areas appear in, following the guides; other areas come after, by id.
const AREA_ORDER: &[&str] = &[
    "mapping",
    "strategy",
    "prevention",
    "response",
    "coordination",
];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "path")]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl Origin {
    pub fn describe(&self) -> String {
        match self {
            Origin::BuiltIn => tr!("core-origin-built-in"),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// A workbook file's text and where it came from, before parsing.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// How the file is named in messages.
    pub display: String,
    pub origin: Origin,
    pub text: Result<String, Diagnostic>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct LoadedWorkbook {
    /// Shared with whatever shows it (the TUI), never copied: a large workbook takes longer
    /// to copy than to draw.
    pub workbook: Arc<Workbook>,
    /// Not in the embedded catalog's bytes, which holds built-in workbooks only (see `baked`).
    #[serde(skip, default = "built_in")]
    pub origin: Origin,
    /// How the file is named in messages, and its text (for locating problems found once the
    /// catalog is loaded). A built-in workbook's text is the embedded file's, borrowed: copying
    /// every built-in file at each start was a third of a megabyte nobody reads.
    pub display: String,
    pub text: Cow<'static, str>,
}

fn built_in() -> Origin {
    Origin::BuiltIn
}

impl LoadedWorkbook {
    /// A workbook parsed from `text` (tests, the TUI's own catalog).
    pub fn new(workbook: Workbook, origin: Origin) -> LoadedWorkbook {
        LoadedWorkbook {
            display: format!("<{}>", workbook.id()),
            workbook: Arc::new(workbook),
            origin,
            text: Cow::Borrowed(""),
        }
    }
}

/// The workbooks a run works with: the built-in set with user folders layered over it by id,
/// questions shown from other workbooks resolved, and the shared glossary.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub workbooks: Vec<LoadedWorkbook>,
    /// Problems with user workbooks that were skipped.
    pub problems: Vec<Diagnostic>,
    pub glossary: SharedGlossary,
    /// The language the workbooks' texts are in: `None` for English, the language they are
    /// written in.
    pub language: Option<Lang>,
}

impl Catalog {
    /// Loads the built-in workbooks, then each folder in `dirs` (later folders win by id).
    /// A user workbook with errors (its own, or in what it refers to) is skipped and its
    /// problems recorded.
    pub fn load(dirs: &[PathBuf]) -> Catalog {
        Catalog::load_in(dirs, None)
    }

    /// [`Catalog::load`] with the workbooks' texts in `language` where they are translated
    /// (see [`super::translated`]).
    pub fn load_in(dirs: &[PathBuf], language: Option<&Lang>) -> Catalog {
        let mut unresolved = Vec::new();
        let mut problems = Vec::new();
        let sources = all_sources(dirs);
        let checked = check_all(&sources);
        for (source, (workbook, diagnostics)) in sources.into_iter().zip(checked) {
            let failed = diagnostics.iter().any(Diagnostic::is_error);
            problems.extend(diagnostics.into_iter().filter(Diagnostic::is_error));
            if let (Some(workbook), false, Ok(_)) = (workbook, failed, &source.text) {
                let workbook = match language {
                    Some(lang) => translated::translate(workbook, &source, lang, &mut problems),
                    None => workbook,
                };
                let text = source.text.unwrap_or_default();
                let loaded = LoadedWorkbook {
                    workbook: Arc::new(workbook),
                    origin: source.origin,
                    display: source.display,
                    text: Cow::Owned(text),
                };
                match unresolved
                    .iter_mut()
                    .find(|w: &&mut LoadedWorkbook| w.workbook.id() == loaded.workbook.id())
                {
                    Some(existing) => *existing = loaded,
                    None => unresolved.push(loaded),
                }
            }
        }
        let (mut glossary, glossary_problems) = load_glossary(dirs);
        problems.extend(glossary_problems);
        if let Some(lang) = language {
            glossary.entries = translated::translate_glossary(
                std::mem::take(&mut glossary.entries),
                dirs,
                lang,
                &mut problems,
            );
        }
        let mut catalog = Catalog::resolved(unresolved, glossary);
        catalog.problems.splice(0..0, problems);
        catalog.language = language.cloned();
        catalog.sort();
        catalog
    }

    /// A catalog of these (parsed, linted) workbooks: `uses` resolved and cross-workbook
    /// references checked. A user workbook with such a problem is left out (with the problem
    /// recorded), and the rest resolved again without it.
    pub fn resolved(workbooks: Vec<LoadedWorkbook>, glossary: SharedGlossary) -> Catalog {
        let mut kept = workbooks;
        let mut problems = Vec::new();
        loop {
            let (found, replaced) = resolve_undoably(&mut kept, &glossary);
            let failing: Vec<usize> = found
                .iter()
                .filter(|(_, d)| d.is_error())
                .filter_map(|(index, _)| *index)
                .filter(|i| kept[*i].origin != Origin::BuiltIn)
                .collect();
            if failing.is_empty() {
                problems.extend(
                    found
                        .into_iter()
                        .map(|(_, d)| d)
                        .filter(Diagnostic::is_error),
                );
                return Catalog {
                    workbooks: kept,
                    problems,
                    glossary,
                    language: None,
                };
            }
            for (index, diagnostic) in found {
                if index.is_some_and(|i| failing.contains(&i)) {
                    problems.push(diagnostic);
                }
            }
            replaced.undo(&mut kept);
            let mut index = 0;
            kept.retain(|_| {
                index += 1;
                !failing.contains(&(index - 1))
            });
        }
    }

    /// The workbooks in `loaded` as a catalog with no shared glossary (tests, the TUI).
    pub fn of(loaded: Vec<LoadedWorkbook>) -> Catalog {
        Catalog::resolved(loaded, SharedGlossary::default())
    }

    /// Only the built-in workbooks.
    pub fn builtin() -> Catalog {
        Catalog::load(&[])
    }

    fn sort(&mut self) {
        let rank = |w: &LoadedWorkbook| {
            let area = AREA_ORDER
                .iter()
                .position(|a| *a == w.workbook.id())
                .unwrap_or(AREA_ORDER.len());
            (area, w.workbook.id().to_string())
        };
        self.workbooks.sort_by_cached_key(rank);
    }

    pub fn get(&self, id: &str) -> Option<&Workbook> {
        self.workbooks
            .iter()
            .map(|w| &*w.workbook)
            .find(|w| w.id() == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Workbook> {
        self.workbooks.iter().map(|w| &*w.workbook)
    }

    /// The workbook `question` (shown in `workbook`) keeps its answer in: its home when it is
    /// shown from another workbook.
    pub fn home_of<'a>(&'a self, workbook: &'a Workbook, question: &Question) -> &'a Workbook {
        match &question.home {
            Some(home) => self.get(home).unwrap_or(workbook),
            None => workbook,
        }
    }

    /// The tag of the language the texts are in: "en" for English, else the translation's.
    pub fn language_tag(&self) -> &str {
        self.language.as_ref().map_or("en", Lang::as_str)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.iter().map(Workbook::id).collect()
    }
}

/// The text of a built-in file (`<built-in>/mapping.toml`, as sources name them), which the
/// program embeds anyway: the embedded catalog need not hold it a second time.
pub fn builtin_text(display: &str) -> Option<&'static str> {
    let name = display.strip_prefix("<built-in>/")?;
    BUILTIN
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, text)| *text)
}

/// Every source a run would load: built-ins first, then each folder in order.
pub fn all_sources(dirs: &[PathBuf]) -> Vec<SourceFile> {
    let mut sources = builtin_sources();
    for dir in dirs {
        sources.extend(dir_sources(dir));
    }
    sources
}

pub fn builtin_sources() -> Vec<SourceFile> {
    BUILTIN
        .iter()
        .filter(|(name, _)| *name != GLOSSARY_FILE)
        .map(|(name, text)| SourceFile {
            display: format!("<built-in>/{name}"),
            origin: Origin::BuiltIn,
            text: Ok((*text).to_string()),
        })
        .collect()
}

/// The `*.toml` files directly inside `dir`, by name. A folder that does not exist holds none:
/// the default user folder usually does not.
pub fn dir_sources(dir: &Path) -> Vec<SourceFile> {
    dir_paths(dir).iter().map(|p| file_source(p)).collect()
}

/// The paths of the workbook files [`dir_sources`] reads, without reading them.
pub fn dir_paths(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .filter(|p| p.file_name().is_none_or(|n| n != GLOSSARY_FILE))
        .collect();
    paths.sort();
    paths
}

/// Reads one workbook file, refusing what is too big or not UTF-8 text.
pub fn file_source(path: &Path) -> SourceFile {
    let display = path.display().to_string();
    SourceFile {
        text: read_text(path, &display),
        display,
        origin: Origin::File(path.to_path_buf()),
    }
}

fn read_text(path: &Path, display: &str) -> Result<String, Diagnostic> {
    let error = |message: String| Diagnostic::new(Severity::Error, display, message);
    let unreadable = |e: std::io::Error| error(tr!("core-load-unreadable", cause = e.to_string()));
    let size = fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_WORKBOOK_BYTES {
        return Err(error(tr!(
            "core-load-too-large",
            size = size.to_string(),
            limit = MAX_WORKBOOK_BYTES.to_string()
        ))
        .hint(tr!("core-split-hint")));
    }
    let bytes = fs::read(path).map_err(unreadable)?;
    decode(display, bytes)
}

/// Turns file bytes into text, with a precise error for what is not plain UTF-8 text.
pub fn decode(display: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let error = |message: String| Diagnostic::new(Severity::Error, display, message);
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(error(tr!("core-load-bom")).hint(tr!("core-load-bom-hint")));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(error(tr!("core-load-utf16")).hint(tr!("core-load-utf8-hint")));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            Err(
                error(tr!("core-load-not-utf8", byte = (valid + 1).to_string()))
                    .at(&before, before.len()..before.len())
                    .hint(tr!("core-load-utf8-hint")),
            )
        }
    }
}

/// The shared glossary file: `[[glossary]]` entries only.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    glossary: Vec<GlossaryEntry>,
}

/// The built-in shared glossary, then each folder's `glossary.toml` (a term defined again
/// replaces the earlier definition). A file that cannot be read is reported and skipped.
pub fn load_glossary(dirs: &[PathBuf]) -> (SharedGlossary, Vec<Diagnostic>) {
    let mut glossary = SharedGlossary::default();
    let mut problems = Vec::new();
    let builtin = BUILTIN
        .iter()
        .filter(|(name, _)| *name == GLOSSARY_FILE)
        .map(|(name, text)| SourceFile {
            display: format!("<built-in>/{name}"),
            origin: Origin::BuiltIn,
            text: Ok((*text).to_string()),
        });
    let files = dirs
        .iter()
        .map(|d| d.join(GLOSSARY_FILE))
        .filter(|p| p.is_file())
        .map(|p| file_source(&p));
    for source in builtin.chain(files) {
        let text = match &source.text {
            Ok(text) => text,
            Err(diag) => {
                problems.push(diag.clone());
                continue;
            }
        };
        match toml::from_str::<GlossaryFile>(text) {
            Ok(file) => {
                for entry in file.glossary {
                    let key = entry.term.get_ref().to_lowercase();
                    glossary
                        .entries
                        .retain(|e| e.term.get_ref().to_lowercase() != key);
                    glossary.entries.push(entry);
                }
                glossary.display = source.display.clone();
                glossary.text = Cow::Owned(text.clone());
            }
            Err(e) => problems.push(parse_error(&source.display, text, &e)),
        }
    }
    (glossary, problems)
}

/// [`check`] for every source, in order. Parsing is most of a command's start-up, so the
/// files are parsed on as many threads as the machine has cores (the calling one too), the
/// largest first, each thread taking the next file when it is done with one; a large file is
/// itself parsed in parts on several threads (`split`).
pub fn check_all(sources: &[SourceFile]) -> Vec<(Option<Workbook>, Vec<Diagnostic>)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(sources.len());
    if threads <= 1 {
        return sources.iter().map(check).collect();
    }
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sources[i].text.as_ref().map_or(0, String::len)));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let taken = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(&i) = order.get(taken) else {
                return done;
            };
            done.push((i, check(&sources[i])));
        }
    };
    let mut checked: Vec<Option<(Option<Workbook>, Vec<Diagnostic>)>> =
        (0..sources.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mine = work();
        for done in workers
            .into_iter()
            // A panic in a parser thread is a bug; carry it on rather than lose a workbook.
            .map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .chain([mine])
        {
            for (i, result) in done {
                checked[i] = Some(result);
            }
        }
    });
    checked.into_iter().flatten().collect()
}

/// Parses and lints one source: the workbook (when it parsed) and every problem found.
pub fn check(source: &SourceFile) -> (Option<Workbook>, Vec<Diagnostic>) {
    let text = match &source.text {
        Ok(text) => text,
        Err(diag) => return (None, vec![diag.clone()]),
    };
    match parse_workbook(&source.display, text) {
        Ok(workbook) => {
            let diagnostics = lint(&workbook, &source.display, text);
            (Some(workbook), diagnostics)
        }
        Err(diag) => (None, vec![diag]),
    }
}

/// Parses workbook text; syntax, type and unknown-key errors come back located.
pub fn parse_workbook(display: &str, text: &str) -> Result<Workbook, Diagnostic> {
    if text.trim().is_empty() {
        return Err(
            Diagnostic::new(Severity::Error, display, tr!("core-load-empty"))
                .hint(tr!("core-load-empty-hint")),
        );
    }
    if text.len() >= super::split::MIN_SPLIT_BYTES {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        if cores > 1
            && let Some(workbook) = super::split::parse(text, cores)
        {
            return Ok(workbook);
        }
    }
    toml::from_str::<Workbook>(text).map_err(|e| parse_error(display, text, &e))
}

fn parse_error(display: &str, text: &str, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().replace('\n', " ");
    let diag = Diagnostic::new(Severity::Error, display, &message);
    let diag = match error.span() {
        Some(span) => diag.at(text, span),
        None => diag,
    };
    diag.hint(parse_hint(&message))
}

/// What to do about a TOML error, from the parser's message (which the `toml` library writes in
/// English: the message itself stays as it is).
fn parse_hint(message: &str) -> String {
    if message.starts_with("unknown field") {
        tr!("core-parse-unknown-field-hint")
    } else if message.starts_with("missing field") {
        tr!("core-parse-missing-field-hint")
    } else if message.starts_with("unknown variant") {
        tr!("core-parse-unknown-variant-hint")
    } else if message.starts_with("invalid type") {
        tr!("core-parse-invalid-type-hint")
    } else if message.contains("recursion") || message.contains("nest") {
        tr!("core-parse-nesting-hint")
    } else {
        tr!("core-parse-syntax-hint")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_workbooks_are_embedded() {
        assert!(!BUILTIN.is_empty());
        assert!(Catalog::builtin().get("mapping").is_some());
    }

    fn loaded(text: &str, origin: Origin) -> LoadedWorkbook {
        let workbook = parse_workbook("t.toml", text).expect("parses");
        LoadedWorkbook {
            display: format!("{}.toml", workbook.id()),
            workbook: Arc::new(workbook),
            origin,
            text: Cow::Owned(text.to_string()),
        }
    }

    const HOME: &str = "id = \"home\"\ntitle = \"H\"\narea = \"h\"\nversion = 1\nsummary = \"s\"\n\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n\n[[sections.questions]]\nid = \"q\"\nkind = \"short_text\"\nprompt = \"At home?\"\nguidance = \"Home guidance.\"\n";

    fn user(id: &str, uses: &str) -> String {
        format!(
            "id = \"{id}\"\ntitle = \"U\"\narea = \"u\"\nversion = 1\nsummary = \"s\"\n\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n\n[[sections.questions]]\nuses = \"{uses}\"\nprompt = \"Here?\"\n"
        )
    }

    #[test]
    fn a_workbook_broken_across_workbooks_is_left_out_and_the_rest_resolved_as_without_it() {
        let good = user("good", "home.q");
        let broken = user("broken", "home.nope");
        let with = Catalog::resolved(
            vec![
                loaded(HOME, Origin::BuiltIn),
                loaded(&good, Origin::File("good.toml".into())),
                loaded(&broken, Origin::File("broken.toml".into())),
            ],
            SharedGlossary::default(),
        );
        let without = Catalog::resolved(
            vec![
                loaded(HOME, Origin::BuiltIn),
                loaded(&good, Origin::File("good.toml".into())),
            ],
            SharedGlossary::default(),
        );
        assert_eq!(with.ids(), ["home", "good"]);
        assert_eq!(with.problems.len(), 1, "{:?}", with.problems);
        assert!(with.problems[0].message.contains("no question `nope`"));
        assert!(without.problems.is_empty());
        let shown = with.get("good").unwrap().questions().next().unwrap();
        assert_eq!(shown.home.as_deref(), Some("home"));
        assert_eq!(shown.prompt, "Here?");
        assert_eq!(shown.guidance.as_deref(), Some("Home guidance."));
        for (a, b) in with.workbooks.iter().zip(&without.workbooks) {
            assert_eq!(format!("{:?}", a.workbook), format!("{:?}", b.workbook));
        }
    }

    #[test]
    fn undoing_a_resolution_gives_back_the_workbooks_as_parsed() {
        let parsed = vec![
            loaded(HOME, Origin::BuiltIn),
            loaded(&user("good", "home.q"), Origin::File("good.toml".into())),
        ];
        let mut workbooks = parsed.clone();
        let (problems, replaced) =
            super::super::resolve::resolve_undoably(&mut workbooks, &SharedGlossary::default());
        assert!(problems.is_empty(), "{problems:?}");
        assert!(workbooks[1].workbook.questions().all(|q| q.home.is_some()));
        replaced.undo(&mut workbooks);
        for (a, b) in workbooks.iter().zip(&parsed) {
            assert_eq!(format!("{:?}", a.workbook), format!("{:?}", b.workbook));
        }
    }

    fn book(id: &str, questions: &str) -> LoadedWorkbook {
        let text = format!(
            "id = \"{id}\"\ntitle = \"T\"\narea = \"{id}\"\nversion = 1\nsummary = \"s\"\n\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n{questions}"
        );
        loaded(&text, Origin::File(format!("{id}.toml").into()))
    }

    fn problems(mut workbooks: Vec<LoadedWorkbook>) -> Vec<String> {
        super::super::resolve::resolve(&mut workbooks, &SharedGlossary::default())
            .into_iter()
            .map(|(_, d)| d.message)
            .collect()
    }

    #[test]
    fn conditions_going_round_through_other_workbooks_are_found() {
        let a = book(
            "a",
            "\n[[sections.questions]]\nuses = \"b.y\"\n\n[[sections.questions]]\nid = \"x\"\nkind = \"yes_no\"\nprompt = \"X?\"\nshow_if = { question = \"b.y\", answered = true }\n",
        );
        let b = book(
            "b",
            "\n[[sections.questions]]\nuses = \"a.x\"\n\n[[sections.questions]]\nid = \"y\"\nkind = \"yes_no\"\nprompt = \"Y?\"\nshow_if = { question = \"a.x\", answered = true }\n",
        );
        let found = problems(vec![a, b]);
        assert!(
            found
                .iter()
                .any(|m| m.contains("go round in a circle: a.x → b.y → a.x")),
            "{found:?}"
        );
    }

    #[test]
    fn a_question_without_a_condition_replaces_an_earlier_one_of_its_name_in_the_circle_search() {
        // Two workbooks named `a` (as `Catalog::of` may be given): the later one's `x` has no
        // condition, so there is no circle, as when every question had an entry.
        let a = book(
            "a",
            "\n[[sections.questions]]\nuses = \"b.y\"\n\n[[sections.questions]]\nid = \"x\"\nkind = \"yes_no\"\nprompt = \"X?\"\nshow_if = { question = \"b.y\", answered = true }\n",
        );
        let a_again = book(
            "a",
            "\n[[sections.questions]]\nid = \"x\"\nkind = \"yes_no\"\nprompt = \"X?\"\n",
        );
        let b = book(
            "b",
            "\n[[sections.questions]]\nuses = \"a.x\"\n\n[[sections.questions]]\nid = \"y\"\nkind = \"yes_no\"\nprompt = \"Y?\"\nshow_if = { question = \"a.x\", answered = true }\n",
        );
        let found = problems(vec![a, a_again, b]);
        assert!(!found.iter().any(|m| m.contains("circle")), "{found:?}");
    }

    #[test]
    fn a_condition_on_a_question_shown_from_another_workbook_is_checked() {
        let home = book(
            "home",
            "\n[[sections.questions]]\nid = \"q\"\nkind = \"single_choice\"\nprompt = \"Q?\"\nchoices = [{ value = \"a\", label = \"A\" }]\n",
        );
        let user = book(
            "user",
            "\n[[sections.questions]]\nuses = \"home.q\"\n\n[[sections.questions]]\nid = \"then\"\nkind = \"yes_no\"\nprompt = \"Then?\"\nshow_if = { question = \"home.q\", equals = \"zzz\" }\n",
        );
        let found = problems(vec![home, user]);
        assert!(found.iter().any(|m| m.contains("zzz")), "{found:?}");
    }

    #[test]
    fn a_large_workbook_parses_and_fails_as_its_whole_file_does() {
        let text = super::super::generate::synthetic("big", 2_000);
        assert!(text.len() >= super::super::split::MIN_SPLIT_BYTES);
        let whole: Workbook = toml::from_str(&text).unwrap();
        let parsed = parse_workbook("big.toml", &text).unwrap();
        assert_eq!(format!("{parsed:?}"), format!("{whole:?}"));
        // A mistake near the end: the message, line and column are the whole file's.
        let at = text.rfind("required = false").unwrap();
        let broken = format!("{}required = nope{}", &text[..at], &text[at + 16..]);
        let error = toml::from_str::<Workbook>(&broken).unwrap_err();
        let expected = parse_error("big.toml", &broken, &error);
        let got = parse_workbook("big.toml", &broken).unwrap_err();
        assert_eq!(got.to_string(), expected.to_string());
        assert!(got.line > 10_000, "located: line {}", got.line);
    }

    #[test]
    fn rejects_bom_and_invalid_utf8_with_locations() {
        let bom = decode("w.toml", b"\xEF\xBB\xBFid = 1".to_vec()).unwrap_err();
        assert!(bom.message.contains("byte-order mark"));
        let bad = decode("w.toml", b"id = \"a\"\ntitle = \"\xff\"".to_vec()).unwrap_err();
        assert_eq!((bad.line, bad.column), (2, 10));
    }
}
