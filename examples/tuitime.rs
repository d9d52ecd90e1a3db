use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt::Write as _;
use std::time::Instant;
use workbook::profile::{City, Profile, Role};
use workbook::tui::theme::Theme;
use workbook::tui::{Action, App};
use workbook::workbook::load::parse_workbook;
const SECTIONS: usize = 100;
const PER_SECTION: usize = 100;

/// 10,000 questions of mixed kinds, every fifth one a follow-up of the question before it.
fn big_workbook() -> String {
    let mut toml = String::from(
        "id = \"big\"\ntitle = \"Big\"\narea = \"mapping\"\nversion = 1\nsummary = \"s\"\n",
    );
    for s in 0..SECTIONS {
        let _ = write!(
            toml,
            "\n[[sections]]\nid = \"s{s}\"\ntitle = \"Section {s}\"\n"
        );
        for q in 0..PER_SECTION {
            let id = format!("q{s}_{q}");
            let (kind, extra) = match q % 5 {
                0 => ("yes_no", String::new()),
                1 => ("short_text", format!("show_if = {{ question = \"q{s}_{}\", equals = true }}\n", q - 1)),
                2 => ("long_text", String::new()),
                3 => ("number", "min = 0\n".to_string()),
                _ => ("multi_choice", "choices = [{ value = \"a\", label = \"A\" }, { value = \"b\", label = \"B\" }]\n".to_string()),
            };
            let _ = write!(
                toml,
                "\n[[sections.questions]]\nid = \"{id}\"\nkind = \"{kind}\"\nprompt = \"Question {id}: what does the city know about this?\"\nguidance = \"\"\"\n**Why it matters:** a reason.\n\n- one point\n- another point with a [link](https://example.org)\n\"\"\"\nrequired = {}\n{extra}",
                q % 3 == 0
            );
        }
    }
    toml
}

fn app() -> App {
    let book = parse_workbook("big.toml", &big_workbook()).expect("the generated workbook parses");
    assert_eq!(book.question_count(), SECTIONS * PER_SECTION);
    let mut app = App::new(vec![book], Vec::new(), Theme::plain());
    let city = City {
        name: "Bench".into(),
        country: None,
        role: Role::Official,
        created: jiff::Timestamp::UNIX_EPOCH,
    };
    app.open_profile(Profile::new(city), false);
    app.size = (200, 60);
    app
}

fn key(code: KeyCode) -> Action {
    Action::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn time(label: &str, n: u32, mut f: impl FnMut()) {
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    println!("{label}: {:?}", t.elapsed() / n);
}
fn main() {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut a = app();
    a.open_question(0, 5004);
    time("blank frame", 2000, || {
        terminal
            .draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()))
            .unwrap();
    });
    time("render question", 2000, || {
        terminal.draw(|f| f.render_widget(&a, f.area())).unwrap();
    });
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    use ratatui::widgets::Widget;
    time("render to buffer only", 2000, || {
        buf.reset();
        (&a).render(area, &mut buf);
    });
    if let workbook::tui::screen::Screen::Question(q) = &a.screen {
        time("question::render", 2000, || {
            buf.reset();
            workbook::tui::screen::question::render(&a, q, area, &mut buf);
        });
    }
    time("footer keys", 2000, || {
        std::hint::black_box(workbook::tui::keys::footer(
            workbook::tui::keys::Ctx::QuestionChoice,
        ));
    });
    time("line render", 2000, || {
        ratatui::text::Line::from("hello there world")
            .render(ratatui::layout::Rect::new(0, 0, 200, 1), &mut buf);
    });
    time("layout", 2000, || {
        use ratatui::layout::{Constraint, Layout};
        let [_a, _b] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    });
    time("buffer reset only", 2000, || {
        buf.reset();
    });
    let mut flip = false;
    time("update choice", 2000, || {
        flip = !flip;
        a.update(key(if flip { KeyCode::Down } else { KeyCode::Up }));
    });
    let book = a.books[0].clone();
    let p = a.profile.clone().unwrap();
    time("profile.relevance", 200, || {
        std::hint::black_box(p.relevance(&book.workbook));
    });
    let mut b2 = book.clone();
    time("book.refresh", 200, || {
        b2.refresh(&p, None);
    });
    time("open_question", 200, || {
        a.open_question(0, 5000);
    });
    time("y+enter", 200, || {
        a.open_question(0, 5000);
        flip = !flip;
        a.update(key(KeyCode::Char(if flip { 'y' } else { 'n' })));
        a.update(key(KeyCode::Enter));
    });
}
