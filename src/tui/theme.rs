//! Colours and text styles, in two palettes: `default` for a desk (the terminal's own
//! background) and `projector` for a room (white on black, bold, no dark grey, selection in
//! reverse video). With `NO_COLOR` set, every colour becomes a modifier (bold, reverse,
//! underline) so that nothing relies on colour to be understood.
//!
//! Every style a screen draws is listed in [`Theme::drawn`], and a test checks that none of
//! them draws text in the colour of its background, in every palette.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// The palettes a user can choose (`--theme`, `theme` in the config file, `v` on the home
/// screen).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    /// Colours on the terminal's own background.
    #[default]
    Default,
    /// High contrast for a projector: white on black, bold emphasis, reverse selection.
    Projector,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    pub color: bool,
}

impl Theme {
    /// The palette `name`, with colours unless `NO_COLOR` is set (any non-empty value turns
    /// colours off, per no-color.org).
    pub fn from_env(name: ThemeName) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme {
            name,
            color: !no_color,
        }
    }

    /// No colours: what `NO_COLOR` gives.
    pub fn plain() -> Theme {
        Theme {
            name: ThemeName::Default,
            color: false,
        }
    }

    pub fn default_colors() -> Theme {
        Theme {
            name: ThemeName::Default,
            color: true,
        }
    }

    pub fn projector() -> Theme {
        Theme {
            name: ThemeName::Projector,
            color: true,
        }
    }

    /// The other palette (the home screen's `v`), keeping `NO_COLOR`.
    pub fn toggled(self) -> Theme {
        let name = match self.name {
            ThemeName::Default => ThemeName::Projector,
            ThemeName::Projector => ThemeName::Default,
        };
        Theme { name, ..self }
    }

    fn projecting(&self) -> bool {
        self.name == ThemeName::Projector
    }

    /// Picks the style for this theme: the default palette's, the projector's, or the
    /// modifiers that stand for colour when there is none.
    fn pick(&self, default: Style, projector: Style, plain: Style) -> Style {
        match (self.color, self.name) {
            (false, ThemeName::Projector) => plain.add_modifier(Modifier::BOLD),
            (false, ThemeName::Default) => plain,
            (true, ThemeName::Default) => default,
            (true, ThemeName::Projector) => projector,
        }
    }

    /// Every cell of the screen starts in this style (the projector paints its black ground).
    pub fn base(&self) -> Style {
        if self.color && self.projecting() {
            Style::new().fg(Color::White).bg(Color::Black)
        } else {
            Style::new()
        }
    }

    pub fn title(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// The header line.
    pub fn bar(&self) -> Style {
        self.pick(
            Style::new().bg(Color::Blue).fg(Color::White),
            Style::new()
                .bg(Color::White)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// A warning drawn on the header line ("NOT saved").
    pub fn bar_warn(&self) -> Style {
        self.pick(
            Style::new()
                .bg(Color::Red)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            Style::new()
                .bg(Color::LightYellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// The highlighted row of a list. Use [`Theme::highlight`] to draw a row in it, so that
    /// the row's own colour never lands on the highlight's background.
    pub fn selected(&self) -> Style {
        self.pick(
            Style::new()
                .bg(Color::Cyan)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Style::new()
                .bg(Color::White)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// `style` on the highlighted row: its modifiers stay, the highlight's colours win.
    pub fn highlight(&self, style: Style) -> Style {
        style.patch(self.selected())
    }

    /// `style` unless `selected`, then [`Theme::highlight`] of it.
    pub fn row(&self, style: Style, selected: bool) -> Style {
        if selected {
            self.highlight(style)
        } else {
            style
        }
    }

    /// Secondary text: faint, not dark grey, which an 8-colour terminal draws black (unseen on
    /// a dark background) and which vanishes on a projected black.
    pub fn dim(&self) -> Style {
        self.pick(
            Style::new().add_modifier(Modifier::DIM),
            Style::new().fg(Color::Gray),
            Style::new(),
        )
    }

    pub fn warn(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    pub fn ok(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Green),
            Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            Style::new(),
        )
    }

    pub fn glossary(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow),
            Style::new()
                .fg(Color::White)
                .add_modifier(Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::UNDERLINED),
        )
    }

    pub fn link(&self) -> Style {
        self.pick(
            // Magenta reads on a dark and a light background alike; blue is lost on black.
            Style::new()
                .fg(Color::Magenta)
                .add_modifier(Modifier::UNDERLINED),
            Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::UNDERLINED),
        )
    }

    pub fn key(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// Questions that do not apply (kept, shown for reference).
    pub fn hidden(&self) -> Style {
        self.pick(
            Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC),
            Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            Style::new().add_modifier(Modifier::ITALIC),
        )
    }

    /// Every style the screens draw, by name, as it lands on the screen: each text style on
    /// the base, each one highlighted, and what is drawn on the header line.
    pub fn drawn(&self) -> Vec<(String, Style)> {
        let text = [
            ("title", self.title()),
            ("dim", self.dim()),
            ("warn", self.warn()),
            ("ok", self.ok()),
            ("glossary", self.glossary()),
            ("link", self.link()),
            ("key", self.key()),
            ("hidden", self.hidden()),
            ("plain", Style::new()),
        ];
        let base = self.base();
        let mut out = Vec::new();
        for (name, style) in text {
            out.push((name.to_string(), base.patch(style)));
            out.push((
                format!("{name} selected"),
                base.patch(self.highlight(style)),
            ));
        }
        out.push(("bar".into(), base.patch(self.bar())));
        out.push((
            "bar warn".into(),
            base.patch(self.bar()).patch(self.bar_warn()),
        ));
        out
    }
}

/// The contrast ratio (WCAG 2: 1 to 21) of two colours as xterm draws them by default; `None`
/// when either is the terminal's own colour, which no program can know.
pub fn contrast(a: Color, b: Color) -> Option<f64> {
    let (la, lb) = (luminance(rgb(a)?), luminance(rgb(b)?));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// The text colour and background of a cell as the eye sees them (reverse video swaps them).
pub fn seen(fg: Color, bg: Color, modifier: Modifier) -> (Color, Color) {
    if modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

/// Why text in `fg` on `bg` cannot be read, if it cannot: the same colour, or (when both are
/// known) a contrast under 4.5, the WCAG minimum for body text.
pub fn illegible(fg: Color, bg: Color) -> Option<String> {
    if fg == bg && fg != Color::Reset {
        return Some(format!("{fg:?} text on a {bg:?} background"));
    }
    match contrast(fg, bg) {
        Some(ratio) if ratio < 4.5 => Some(format!(
            "{fg:?} text on a {bg:?} background has a contrast of {ratio:.1} (under 4.5)"
        )),
        _ => None,
    }
}

fn rgb(color: Color) -> Option<(u8, u8, u8)> {
    const ANSI: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let index = match color {
        Color::Reset => return None,
        Color::Rgb(r, g, b) => return Some((r, g, b)),
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) => i,
    };
    Some(match index {
        0..=15 => ANSI[usize::from(index)],
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let i = index - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        _ => {
            let grey = 8 + (index - 232) * 10;
            (grey, grey, grey)
        }
    })
}

fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_theme() -> [Theme; 4] {
        [
            Theme::default_colors(),
            Theme::projector(),
            Theme::plain(),
            Theme {
                name: ThemeName::Projector,
                color: false,
            },
        ]
    }

    #[test]
    fn no_style_of_any_theme_draws_text_in_the_colour_of_its_background() {
        for theme in every_theme() {
            for (name, style) in theme.drawn() {
                let modifier = style.add_modifier;
                let (fg, bg) = seen(
                    style.fg.unwrap_or(Color::Reset),
                    style.bg.unwrap_or(Color::Reset),
                    modifier,
                );
                assert_eq!(
                    illegible(fg, bg),
                    None,
                    "{:?} theme (colour {}): {name}",
                    theme.name,
                    theme.color
                );
            }
        }
    }

    /// What an 8-colour terminal (`TERM=xterm`) makes of a colour: the bright ones become
    /// their dark twins (tmux draws dark grey as black there).
    fn eight_colours(color: Color) -> Color {
        match color {
            Color::DarkGray => Color::Black,
            Color::LightRed => Color::Red,
            Color::LightGreen => Color::Green,
            Color::LightYellow => Color::Yellow,
            Color::LightBlue => Color::Blue,
            Color::LightMagenta => Color::Magenta,
            Color::LightCyan => Color::Cyan,
            Color::White => Color::Gray,
            Color::Indexed(i @ 8..=15) => Color::Indexed(i - 8),
            other => other,
        }
    }

    #[test]
    fn every_style_stays_legible_in_an_eight_colour_terminal() {
        for theme in [Theme::default_colors(), Theme::projector()] {
            for (name, style) in theme.drawn() {
                let (fg, bg) = seen(
                    eight_colours(style.fg.unwrap_or(Color::Reset)),
                    eight_colours(style.bg.unwrap_or(Color::Reset)),
                    style.add_modifier,
                );
                assert_eq!(illegible(fg, bg), None, "{:?}: {name}", theme.name);
                // Black text on the terminal's own background is lost on a dark one.
                assert!(
                    !(fg == Color::Black && bg == Color::Reset),
                    "{:?}: {name} is black on the terminal's background",
                    theme.name
                );
            }
        }
    }

    #[test]
    fn the_projector_paints_its_own_ground_and_has_no_dark_grey() {
        let theme = Theme::projector();
        for (name, style) in theme.drawn() {
            assert!(
                style.bg.is_some(),
                "{name} leaves the terminal's background"
            );
            assert!(
                style.fg.is_some(),
                "{name} leaves the terminal's text colour"
            );
            assert_ne!(style.fg, Some(Color::DarkGray), "{name}");
            assert_ne!(style.bg, Some(Color::DarkGray), "{name}");
            assert!(!style.add_modifier.contains(Modifier::DIM), "{name}");
            let (fg, bg) = seen(style.fg.unwrap(), style.bg.unwrap(), style.add_modifier);
            let ratio = contrast(fg, bg).unwrap();
            assert!(ratio >= 7.0, "{name}: contrast {ratio:.1}, under AAA's 7");
        }
        let selected = theme.highlight(theme.dim());
        assert!(selected.add_modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn without_colour_every_style_is_modifiers_only() {
        for name in [ThemeName::Default, ThemeName::Projector] {
            let theme = Theme { name, color: false };
            for (name, style) in theme.drawn() {
                assert_eq!((style.fg, style.bg), (None, None), "{name}");
            }
            assert!(theme.selected().add_modifier.contains(Modifier::REVERSED));
            assert!(theme.warn().add_modifier.contains(Modifier::BOLD));
        }
    }

    #[test]
    fn contrast_follows_the_wcag_formula() {
        let ratio = contrast(Color::Black, Color::White).unwrap();
        assert!((ratio - 21.0).abs() < 0.01, "{ratio}");
        assert_eq!(contrast(Color::Cyan, Color::Cyan), Some(1.0));
        assert_eq!(contrast(Color::Reset, Color::Black), None);
        // Bold cyan on cyan, as the home screen drew its highlighted first row.
        assert!(illegible(Color::Cyan, Color::Cyan).is_some());
        assert!(illegible(Color::Red, Color::Blue).is_some());
        assert_eq!(illegible(Color::Black, Color::Cyan), None);
        assert_eq!(contrast(Color::Indexed(15), Color::White), Some(1.0));
    }
}
