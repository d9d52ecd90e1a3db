//! The HTML plan printed by a real browser: headless Chromium prints the demo plan of each
//! edition to PDF, and poppler's `pdftotext` and `pdfinfo` read it back. Every page is A4
//! (portrait, or landscape for the chapters with wide tables), every page has its footer, and no
//! word is broken mid-letter: each word of the page's text, and so each word of every action's
//! name, is found whole in the PDF at least as often as the page holds it.
//!
//! Needs `chromium` and `poppler-utils` (`apt-get install chromium poppler-utils`); the test
//! fails without them, it does not skip. `CHROMIUM` names another browser binary. The HTML and
//! PDF files stay in `target/tmp/plan_print/` for a look when the test fails.
//! `scripts/print-check.sh` prints the same PDFs for a person to look at.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::Sandbox;

/// A run of this many characters without a space is an address, which may break anywhere
/// (as the HTML renderer's `LONG_WORD`): the check leaves it out.
const LONG_WORD: usize = 30;

/// Tags that do not end a word.
const INLINE: &[&str] = &[
    "a", "code", "del", "em", "span", "strong", "sub", "sup", "wbr",
];

/// What a word may carry around it and still be the same word.
const PUNCTUATION: &[char] = &[
    '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '*', '\u{2018}', '\u{2019}',
    '\u{201c}', '\u{201d}', '\u{2026}',
];

#[test]
fn the_demo_plan_prints_on_a4_with_every_word_whole() {
    let browser = browser();
    for tool in ["pdftotext", "pdfinfo"] {
        assert!(
            runs(tool, &["-v"]),
            "`{tool}` is missing: install poppler-utils (apt-get install poppler-utils)"
        );
    }
    let sandbox = Sandbox::new();
    // Kept after the test, for a look when it fails.
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("plan_print");
    std::fs::create_dir_all(&out).unwrap();
    for edition in ["council", "public", "restricted"] {
        let html_path = out.join(format!("{edition}.html"));
        let pdf_path = out.join(format!("{edition}.pdf"));
        plan(&sandbox, edition, "html", Some(&html_path));
        let json: serde_json::Value =
            serde_json::from_str(&plan(&sandbox, edition, "json", None)).unwrap();
        let actions: Vec<String> = json["actions"]
            .as_array()
            .expect("the plan's actions")
            .iter()
            .map(|a| a["action"].as_str().expect("an action's name").to_string())
            .collect();
        assert!(actions.len() > 10, "{edition}: the demo has its actions");

        print_to_pdf(&browser, &html_path, &pdf_path, sandbox.home.path());

        let pages = page_sizes(&pdf_path);
        assert!(!pages.is_empty(), "{edition}: an empty PDF");
        for (number, (width, height)) in pages.iter().enumerate() {
            let a4 = |w: f64, h: f64| (width - w).abs() < 1.5 && (height - h).abs() < 1.5;
            assert!(
                a4(595.3, 841.9) || a4(841.9, 595.3),
                "{edition}: page {} is {width} x {height} pts, not A4",
                number + 1
            );
        }
        assert!(pages[0].0 < pages[0].1, "{edition}: the cover is portrait");

        let pdf_text = output(
            "pdftotext",
            &["-layout".as_ref(), pdf_path.as_os_str(), "-".as_ref()],
        );
        let last = format!("Page {n} of {n}", n = pages.len());
        assert!(
            pdf_text.contains("Page 1 of ") && pdf_text.contains(&last),
            "{edition}: the footer's page numbers"
        );

        let page = std::fs::read_to_string(&html_path).unwrap();
        let wanted = count_words(&visible_text(&page));
        let printed = count_words(&pdf_text);
        // Every word of an action's name is on the page, so at least once in the PDF.
        let missing = |word: &String| {
            printed.get(word).copied().unwrap_or(0) < wanted.get(word).copied().unwrap_or(1)
        };
        for action in &actions {
            let broken: Vec<String> = words(action).into_iter().filter(|w| missing(w)).collect();
            assert!(
                broken.is_empty(),
                "{edition}: the action {action:?} is not printed whole: {broken:?} \
                 (the page holds each word more often than the PDF; see {})",
                pdf_path.display()
            );
        }
        let broken: Vec<(&String, usize, usize)> = wanted
            .iter()
            .filter(|(word, _)| missing(word))
            .map(|(word, n)| (word, *n, printed.get(word).copied().unwrap_or(0)))
            .collect();
        assert!(
            broken.is_empty(),
            "{edition}: words broken in print (word, times on the page, times whole in the PDF): \
             {broken:?}; see {}",
            pdf_path.display()
        );
    }
}

/// The browser: `CHROMIUM`, else the first of the usual names on the PATH.
fn browser() -> String {
    if let Ok(name) = std::env::var("CHROMIUM") {
        return name;
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| runs(name, &["--version"]))
        .unwrap_or_else(|| {
            panic!(
                "no Chromium to print with: install it (apt-get install chromium poppler-utils) \
                 or name it in CHROMIUM"
            )
        })
        .to_string()
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The demo plan in `format`, written to `file` or returned.
fn plan(sandbox: &Sandbox, edition: &str, format: &str, file: Option<&Path>) -> String {
    let mut cmd = sandbox.cmd();
    // The pristine demo, whatever demo copy the user's environment points at.
    cmd.env("WORKBOOK_DEMO_DIR", sandbox.home.path().join("no-demo"))
        .args([
            "plan",
            "--demo",
            "--date",
            "2026-12-01",
            "--edition",
            edition,
        ])
        .args(["--format", format]);
    if let Some(file) = file {
        cmd.arg("-o").arg(file);
    }
    let output = cmd.output().expect("workbook runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Prints `html` to `pdf` with a browser whose profile and home are in `home`.
fn print_to_pdf(browser: &str, html: &Path, pdf: &Path, home: &Path) {
    // Not last run's PDF.
    let _ = std::fs::remove_file(pdf);
    let mut pdf_arg = std::ffi::OsString::from("--print-to-pdf=");
    pdf_arg.push(pdf);
    let mut profile_arg = std::ffi::OsString::from("--user-data-dir=");
    profile_arg.push(home.join("chromium"));
    let mut child = Command::new(browser)
        .env("HOME", home)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .args(["--no-first-run", "--disable-extensions"])
        .arg(profile_arg)
        .arg(pdf_arg)
        .arg(url(html))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {browser}: {e}"));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{browser} did not print {} within 60 s", html.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = child
        .stderr
        .take()
        .map(|mut e| {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut e, &mut text);
            text
        })
        .unwrap_or_default();
    assert!(
        status.success() && pdf.exists(),
        "{browser} did not print {}: {stderr}",
        html.display()
    );
}

fn url(path: &Path) -> String {
    let path: PathBuf = path.canonicalize().unwrap();
    format!("file://{}", path.display())
}

fn output(program: &str, args: &[&std::ffi::OsStr]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    assert!(
        output.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Each page's width and height in points, from `pdfinfo -f 1 -l <last>`.
fn page_sizes(pdf: &Path) -> Vec<(f64, f64)> {
    let info = output("pdfinfo", &[pdf.as_os_str()]);
    let count: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count");
    let last = count.to_string();
    let info = output(
        "pdfinfo",
        &[
            "-f".as_ref(),
            "1".as_ref(),
            "-l".as_ref(),
            last.as_ref(),
            pdf.as_os_str(),
        ],
    );
    info.lines()
        .filter(|l| l.starts_with("Page ") && l.contains(" size:"))
        .map(|l| {
            // "Page    1 size: 594.96 x 841.92 pts (A4)"
            let numbers: Vec<f64> = l
                .split(" size:")
                .nth(1)
                .unwrap()
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            (numbers[0], numbers[1])
        })
        .collect()
}

/// The text a reader of the page sees: the body without its tags and pictures (an SVG's labels
/// are shortened on purpose), entities decoded.
fn visible_text(page: &str) -> String {
    let body = &page[page.find("<body>").expect("a body")..];
    let mut text = String::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with("<svg") {
            let end = rest.find("</svg>").expect("a closed svg") + "</svg>".len();
            rest = &rest[end..];
            text.push(' ');
            continue;
        }
        let end = rest.find('>').expect("a closed tag") + 1;
        let name: String = rest[1..end]
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        // Inline tags sit inside a word (`**x**y` is one word); the others end it.
        if !INLINE.contains(&name.as_str()) {
            text.push(' ');
        }
        rest = &rest[end..];
    }
    text.push_str(rest);
    decode(&text)
}

fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(end) = rest.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words of `text` as the check compares them: split at spaces, punctuation around them
/// trimmed, and split after each hyphen, since a line may end after a hyphen (`sign-` / `off`);
/// a long run without a space (an address) is left out.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        if word.chars().count() >= LONG_WORD {
            continue;
        }
        for piece in word.trim_matches(PUNCTUATION).split_inclusive('-') {
            let piece = piece.trim_matches(PUNCTUATION);
            if !piece.is_empty() {
                out.push(piece.to_string());
            }
        }
    }
    out
}

fn count_words(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in words(text) {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}
