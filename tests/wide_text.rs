//! Text in scripts whose characters are not one column each: wide (Chinese, Japanese, Korean:
//! two columns) and combining (an accent typed as its own code point, Devanagari vowel signs:
//! no column of their own). The screen is laid out by display width, so nothing is drawn past
//! the window, no character is lost or split at a line's end, and an accent stays on its letter.

mod tui_support;

use unicode_width::UnicodeWidthStr;
use workbook::profile::{Profile, Role};
use workbook::tui::App;
use workbook::workbook::load::parse_workbook;

const WORKBOOK: &str = r#"
id = "wide"
title = "城市安全地图：社区与合作伙伴"
area = "mapping"
version = 1
summary = "一个用于测试宽字符的工作簿。"
audiences = ["mayor", "official"]

[[sections]]
id = "basics"
title = "基本情况"

[[sections.questions]]
id = "who"
kind = "short_text"
prompt = "谁负责本市的社区安全地图绘制工作，以及哪些合作伙伴参与其中并定期交流信息？"
guidance = "Cafe\u0301 de la place, Nguye\u0303n Va\u0306n A, नमस्ते दुनिया, 서울특별시 시민 안전 지도를 작성합니다."
"#;

fn app() -> App {
    let workbook = parse_workbook("wide.toml", WORKBOOK).expect("the workbook parses");
    let mut app = App::new(
        vec![workbook],
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    app.now = tui_support::now();
    app.open_profile(Profile::new(tui_support::city(Role::Official)), false);
    tui_support::press(&mut app, &[tui_support::enter()]);
    app
}

/// The screen as a person reads it: a wide character's second cell is part of it, not a space.
fn screen(app: &App, width: u16, height: u16) -> String {
    let buffer = tui_support::draw(app, width, height);
    let mut out = String::new();
    for y in 0..height {
        let mut x = 0;
        let mut line = String::new();
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            x += u16::try_from(symbol.width().max(1)).unwrap();
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The screen's text with the layout's spaces and frame taken out, to look for a text in it.
fn letters(screen: &str) -> String {
    screen
        .chars()
        .filter(|c| !c.is_whitespace() && !"│─┌┐└┘├┤╭╮╰╯".contains(*c))
        .collect()
}

#[test]
fn wide_and_combining_characters_wrap_by_display_width() {
    let app = app();
    for (width, height) in [(80, 24), (40, 12)] {
        let screen = screen(&app, width, height);
        for line in screen.lines() {
            assert!(
                line.width() <= usize::from(width),
                "{width}x{height}: a line is wider than the window: {line}"
            );
        }
        // The question is wrapped, not cut: every character of it is on the screen, in order.
        assert!(
            letters(&screen).contains("谁负责本市的社区安全地图绘制工作"),
            "{width}x{height}:\n{screen}"
        );
    }
    let screen = screen(&app, 80, 24);
    assert!(
        letters(&screen)
            .contains("谁负责本市的社区安全地图绘制工作，以及哪些合作伙伴参与其中并定期交流信息？"),
        "{screen}"
    );
    // An accent typed as its own code point stays with its letter.
    assert!(screen.contains("Cafe\u{301}"), "{screen}");
    assert!(screen.contains("Nguye\u{303}n"), "{screen}");
    assert!(screen.contains("नमस्ते"), "{screen}");
    assert!(screen.contains("서울특별시"), "{screen}");
}

#[test]
fn no_line_ends_in_half_a_wide_character() {
    let app = app();
    for width in [40u16, 41, 57, 80] {
        let buffer = tui_support::draw(&app, width, 24);
        for y in 0..24 {
            // A wide character takes its cell and the next; the last cell of a row can never
            // start one.
            let last = buffer[(width - 1, y)].symbol();
            assert!(
                last.width() <= 1,
                "width {width}, row {y}: a wide character starts in the last column: {last}"
            );
        }
    }
}
