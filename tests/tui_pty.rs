//! End to end: the real binary in a pseudo-terminal, read back through a terminal emulator
//! (vt100). Types answers, quits, reopens and finds them; a second copy opens read-only.
//! Every wait has a timeout, so that a broken build fails instead of hanging CI.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const WAIT: Duration = Duration::from_secs(10);

struct Term {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Term {
    fn start(data: &Path, args: &[&str]) -> Term {
        Term::start_in(data, None, args)
    }

    /// Starts the program in the folder `cwd` (where a relative path the user types starts).
    fn start_in(data: &Path, cwd: Option<&Path>, args: &[&str]) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_workbook"));
        cmd.arg("--data-dir");
        cmd.arg(data);
        cmd.arg("--workbooks");
        cmd.arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tui"));
        cmd.args(args);
        if let Some(cwd) = cwd {
            cmd.cwd(cwd);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        cmd.env("WORKBOOK_PATH", "");
        // The workbooks' language follows the locale: tests read English.
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        let child = pty.slave.spawn_command(cmd).expect("the program starts");
        drop(pty.slave);
        // 80x24, like the pseudo-terminal.
        let screen = Arc::new(Mutex::new(vt100::Parser::default()));
        let mut reader = pty.master.try_clone_reader().expect("a reader");
        let sink = Arc::clone(&screen);
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("screen lock").process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("a writer");
        Term {
            master: pty.master,
            writer,
            child,
            screen,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().expect("screen lock").screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.contents().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(50));
        }
        panic!("`{text}` did not appear; the screen:\n{}", self.contents());
    }

    /// Sends keys, pausing after each write so that Esc is never read as Alt+next key.
    fn send(&mut self, bytes: &str) {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write to the terminal");
        self.writer.flush().expect("flush");
        thread::sleep(Duration::from_millis(150));
    }

    fn exit_code(mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.child.try_wait().expect("child status") {
                drop(self.master);
                return status.exit_code();
            }
            thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("the program did not exit; the screen:\n{}", self.contents());
    }
}

const CTRL_Q: &str = "\u{11}";
const CTRL_C: &str = "\u{3}";
const CTRL_P: &str = "\u{10}";

#[test]
fn answers_typed_in_the_terminal_are_there_after_reopening() {
    let data = tempfile::tempdir().expect("a temp dir");

    let mut first = Term::start(data.path(), &["open", "demo"]);
    first.wait_for("A new city");
    first.send("Riverton\r");
    first.wait_for("Who leads the mapping?");
    first.send("Ada Lovelace\r");
    first.wait_for("What happened in the city last year?");
    first.send("Line one");
    first.send(CTRL_Q);
    assert_eq!(first.exit_code(), 0);

    let files: Vec<_> = std::fs::read_dir(data.path().join("cities"))
        .expect("a cities folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .collect();
    assert_eq!(files.len(), 1);
    let saved = std::fs::read_to_string(files[0].path()).expect("the profile");
    assert!(
        saved.contains("Ada Lovelace") && saved.contains("Line one"),
        "{saved}"
    );

    let mut second = Term::start(data.path(), &["open", "demo", "--city", "riverton"]);
    second.wait_for("What happened in the city last year?");
    second.wait_for("Line one");

    let mut third = Term::start(data.path(), &["open", "demo", "--city", "Riverton"]);
    third.wait_for("read-only: another window is editing this city");
    third.send(CTRL_C);
    assert_eq!(third.exit_code(), 0);

    second.send(CTRL_P);
    second.wait_for("Ada Lovelace");
    second.send(CTRL_C);
    assert_eq!(second.exit_code(), 0);
}

/// Creates Riverton in the window and goes to the fixture's last question, its stakeholder
/// table, through the outline.
fn new_city_at_the_stakeholders(term: &mut Term) {
    term.wait_for("A new city");
    term.send("Riverton\r");
    term.wait_for("Who leads the mapping?");
    term.send(CTRL_O);
    term.send(END);
    term.send("\r");
    term.wait_for("Who are the stakeholders?");
}

fn profile_text(data: &Path) -> String {
    std::fs::read_dir(data.join("cities"))
        .expect("a cities folder")
        .filter_map(Result::ok)
        .find(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| std::fs::read_to_string(e.path()).expect("the profile"))
        .unwrap_or_default()
}

#[test]
fn a_pause_in_typing_saves_and_sigterm_saves_and_restores_the_terminal() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut term = Term::start(data.path(), &["open", "demo"]);
    term.wait_for("A new city");
    term.send("Lyon\r");
    term.wait_for("Who leads the mapping?");
    term.send("Typed then paused");
    let start = Instant::now();
    while !profile_text(data.path()).contains("Typed then paused") {
        assert!(
            start.elapsed() < WAIT,
            "not saved after a pause:\n{}",
            term.contents()
        );
        thread::sleep(Duration::from_millis(100));
    }
    term.send(" and then killed");
    let pid = term.child.process_id().expect("a process id");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let screen = Arc::clone(&term.screen);
    assert_eq!(term.exit_code(), 0);
    assert!(profile_text(data.path()).contains("Typed then paused and then killed"));
    thread::sleep(Duration::from_millis(200));
    let parser = screen.lock().expect("screen lock");
    assert!(
        !parser.screen().alternate_screen(),
        "the terminal is back on the main screen"
    );
    assert!(
        !parser.screen().hide_cursor(),
        "the cursor is visible again"
    );
}

#[test]
fn closing_the_terminal_window_saves_and_exits_instead_of_spinning() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut term = Term::start(data.path(), &["open", "demo"]);
    term.wait_for("A new city");
    term.send("Lyon\r");
    term.wait_for("Who leads the mapping?");
    term.send("Typed just before the window closed");
    // Closing the master side is what a terminal emulator does when its window closes. The
    // screen reader thread holds a copy of it: make its reads fail so that it lets go first.
    let fd = term.master.as_raw_fd().expect("a unix pseudo-terminal");
    // SAFETY: fcntl on a descriptor this test owns; only the O_NONBLOCK flag changes.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
    thread::sleep(Duration::from_millis(300));
    let Term {
        master,
        writer,
        mut child,
        ..
    } = term;
    drop(writer);
    drop(master);
    let start = Instant::now();
    loop {
        if child.try_wait().expect("child status").is_some() {
            break;
        }
        if start.elapsed() > WAIT {
            let _ = child.kill();
            panic!("the program kept running after its terminal closed");
        }
        thread::sleep(Duration::from_millis(50));
    }
    assert!(profile_text(data.path()).contains("Typed just before the window closed"));
}

const PASTE_START: &str = "\u{1b}[200~";
const PASTE_END: &str = "\u{1b}[201~";
const F2: &str = "\u{1b}OQ";

/// A paste is never a keystroke: a pasted text holding its own end marker and a carriage
/// return must not move to the next question; its text lands in the field.
#[test]
fn a_paste_never_moves_on_or_submits() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut term = Term::start(data.path(), &["open", "demo"]);
    term.wait_for("A new city");
    term.send("Riverton\r");
    term.wait_for("Who leads the mapping?");
    term.send(&format!(
        "{PASTE_START}Ada{PASTE_END}\rLovelace\r{PASTE_END}"
    ));
    term.send(&format!("{PASTE_START} and\r\rteam{PASTE_END}"));
    thread::sleep(Duration::from_millis(400));
    let screen = term.contents();
    assert!(
        screen.contains("Who leads the mapping?") && screen.contains("Ada Lovelace  and  team"),
        "{screen}"
    );
    term.send(CTRL_Q);
    assert_eq!(term.exit_code(), 0);
    assert!(profile_text(data.path()).contains("Ada Lovelace  and  team"));
}

/// Leaving says where you are and how to come back.
#[test]
fn quitting_prints_where_to_resume() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut term = Term::start(data.path(), &["open", "demo"]);
    term.wait_for("A new city");
    term.send("Riverton\r");
    term.wait_for("Who leads the mapping?");
    let screen = Arc::clone(&term.screen);
    term.send(CTRL_Q);
    assert_eq!(term.exit_code(), 0);
    thread::sleep(Duration::from_millis(200));
    let text = screen.lock().expect("screen lock").screen().contents();
    assert!(
        text.contains("Saved Riverton. Resume: workbook open demo --city Riverton"),
        "{text}"
    );
}

/// A second window opens the city read-only; when the first closes, it offers to edit (F2),
/// reads the city again and saves what is typed next.
#[test]
fn a_read_only_window_can_take_over_when_the_first_closes() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut first = Term::start(data.path(), &["open", "demo"]);
    first.wait_for("A new city");
    first.send("Riverton\r");
    first.wait_for("Who leads the mapping?");
    let mut second = Term::start(data.path(), &["open", "demo", "--city", "Riverton"]);
    second.wait_for("read-only: another window is editing this city");
    second.send(F2);
    second.wait_for("another window still has this city open");
    first.send("Written by the first window");
    first.send(CTRL_Q);
    assert_eq!(first.exit_code(), 0);
    second.wait_for("press F2 to edit here");
    second.send(F2);
    second.wait_for("you can edit this city now");
    second.wait_for("Written by the first window");
    second.send(" and the second");
    second.send(CTRL_Q);
    assert_eq!(second.exit_code(), 0);
    assert!(profile_text(data.path()).contains("Written by the first window and the second"));
}

const ESC: &str = "\u{1b}";
const CTRL_O: &str = "\u{f}";
const CTRL_S: &str = "\u{13}";
const END: &str = "\u{1b}[F";

/// In a real terminal, Esc in a table cell cancels the typing and stays on the question; the
/// stored answer is left byte for byte as it was.
#[test]
fn esc_in_a_table_cell_cancels_and_stays_on_the_question() {
    let data = tempfile::tempdir().expect("a temp dir");
    let mut term = Term::start(data.path(), &["open", "demo"]);
    new_city_at_the_stakeholders(&mut term);
    term.send("a");
    term.send("Red Cross");
    term.send("\r");
    term.send(CTRL_S);
    let start = Instant::now();
    while !profile_text(data.path()).contains("Red Cross") {
        assert!(start.elapsed() < WAIT, "not saved:\n{}", term.contents());
        thread::sleep(Duration::from_millis(100));
    }
    let stored = profile_text(data.path());
    term.send("\r");
    term.send(" of Lyon");
    term.wait_for("Red Cross of Lyon");
    term.send(ESC);
    thread::sleep(Duration::from_millis(400));
    let screen = term.contents();
    assert!(
        screen.contains("Who are the stakeholders?") && !screen.contains("Red Cross of Lyon"),
        "Esc cancelled the cell and stayed:\n{screen}"
    );
    term.send(CTRL_Q);
    assert_eq!(term.exit_code(), 0);
    assert_eq!(
        profile_text(data.path()),
        stored,
        "the stored answer is unchanged"
    );
}

#[test]
fn a_spreadsheet_is_imported_into_a_table_after_its_preview() {
    let data = tempfile::tempdir().expect("a temp dir");
    let work = tempfile::tempdir().expect("a working folder");
    std::fs::write(
        work.path().join("partners.csv"),
        "Organisation;Sector\nRed Cross;Civil society\nTown Hall;Public\n",
    )
    .expect("the sheet is written");
    let mut term = Term::start_in(data.path(), Some(work.path()), &["open", "demo"]);
    new_city_at_the_stakeholders(&mut term);
    term.send("i");
    term.wait_for("Import from a spreadsheet");
    term.send("pa\t");
    term.wait_for("partners.csv");
    term.send("\r");
    term.wait_for("2 rows read: 2 can be imported, 0 left out.");
    term.wait_for("+ Town Hall · Sector: Public");
    assert!(
        !profile_text(data.path()).contains("Town Hall"),
        "nothing is saved before the user says so"
    );
    term.send("\r");
    term.wait_for("Imported 2 rows from partners.csv.");
    term.send(CTRL_Q);
    assert_eq!(term.exit_code(), 0);
    let saved = profile_text(data.path());
    assert!(
        saved.contains("Red Cross") && saved.contains("Town Hall") && saved.contains("civil"),
        "{saved}"
    );
}
