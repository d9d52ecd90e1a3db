//! The plan's SVG charts ([`super::svg`]) as PNG pictures for the Word document, drawn by
//! resvg (pure Rust: no system library) at print resolution.
//!
//! The charts' labels are text, so drawing them needs a font. The fonts are the computer's own
//! (found the way fontdb finds them: fontconfig's folders on Linux, the system font folders on
//! Windows and macOS), read once per process. Labels in a script the main font lacks are drawn
//! with any other installed font that has it. On a computer with no font at all the charts
//! cannot be read, so [`Rasterizer::new`] says so and the document leaves them out.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

use super::PlanError;

/// Print resolution, in pixels per inch: Word's own "Print" setting for pictures (220 ppi,
/// "excellent quality on most printers and screens"). 300 ppi would take the demo plan past
/// 100 ms for little gain in a chart of bars and labels. SVG units are CSS pixels (96 per inch).
pub const DPI: f32 = 220.0;

/// The charts' styles: the `svg` rules of plan.css (which the HTML page uses) without their
/// `svg` prefix, plus the font the page's `figure.chart svg` rule sets. Keep them in step.
pub const STYLE: &str = "svg { font-size: 12px; }
.label { font-size: 12px; fill: #1b1b1b; }
.small { font-size: 11px; fill: #1b1b1b; }
.track { fill: #e6ebf1; }
.bar { fill: #1d4e89; }
.bar.high { fill: #b3261e; }
.cell { fill: #f8fafc; stroke: #c8d3e0; }
.bar.past { fill: #8fa9cc; }
.goal { fill: #ffffff; stroke: #1d4e89; stroke-width: 1.5; stroke-dasharray: 4 2; }
";

/// Sans-serif families tried in turn when the system does not name its own.
const FAMILIES: &[&str] = &[
    "Arial",
    "Helvetica",
    "Liberation Sans",
    "DejaVu Sans",
    "Noto Sans",
    "Segoe UI",
];

/// A chart drawn as a PNG, with its size at 96 pixels per inch (the SVG's own size).
#[derive(Debug, Clone)]
pub struct Picture {
    pub png: Vec<u8>,
    /// The SVG's size in CSS pixels: how large the picture is meant to be shown.
    pub width: u32,
    pub height: u32,
}

/// Draws SVG charts with the system's fonts.
pub struct Rasterizer {
    fonts: Arc<fontdb::Database>,
    family: String,
}

impl Rasterizer {
    /// Loads the system's fonts; `None` when it has none (a bare container), since the
    /// charts' labels could not be drawn.
    pub fn new() -> Option<Rasterizer> {
        let mut fonts = fontdb::Database::new();
        fonts.load_system_fonts();
        let family = sans_serif(&fonts)?;
        let mut fonts = in_memory(&fonts, &family);
        fonts.set_sans_serif_family(family.clone());
        Some(Rasterizer {
            fonts: Arc::new(fonts),
            family,
        })
    }

    /// The family drawn for the charts' text ("DejaVu Sans").
    pub fn family(&self) -> &str {
        &self.family
    }

    /// Draws `svg` (one of [`super::svg`]'s charts) on white at [`DPI`].
    pub fn png(&self, svg: &str) -> Result<Picture, PlanError> {
        let options = usvg::Options {
            font_family: self.family.clone(),
            fontdb: self.fonts.clone(),
            style_sheet: Some(STYLE.to_string()),
            ..usvg::Options::default()
        };
        let failed = |what: &str, detail: String| PlanError::Docx(format!("{what}: {detail}"));
        let tree = usvg::Tree::from_str(svg, &options)
            .map_err(|e| failed("cannot read a chart", e.to_string()))?;
        let size = tree.size();
        let scale = DPI / 96.0;
        let (width, height) = (
            (size.width() * scale).ceil() as u32,
            (size.height() * scale).ceil() as u32,
        );
        let mut pixmap = tiny_skia::Pixmap::new(width.max(1), height.max(1))
            .ok_or_else(|| failed("cannot draw a chart", format!("size {width}x{height}")))?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        let png = encode(&pixmap).map_err(|e| failed("cannot encode a chart", e.to_string()))?;
        Ok(Picture {
            png,
            width: size.width().ceil() as u32,
            height: size.height().ceil() as u32,
        })
    }
}

/// The pixmap as an RGB PNG: the chart is drawn on opaque white, so the alpha channel (and
/// tiny-skia's un-premultiplying copy) can go. The file says its resolution, [`DPI`].
///
/// Compressed at DEFLATE level 1 with the `Up` filter: charts are large areas of one colour,
/// which the png crate's balanced setting (level 6, each row's filter chosen by trying all
/// five) packs only a little smaller for six times the work. The demo's three charts: 262 KB
/// in 10 ms, against 172 KB in 64 ms (and 431 KB in 8 ms with its fast setting).
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_deflate_compression(png::DeflateCompression::Level(1));
    encoder.set_filter(png::Filter::Up);
    let per_metre = (DPI / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    // Row by row, so that no RGB copy of the whole picture is made (a fresh 6 MB to touch).
    let mut rows = writer.stream_writer()?;
    let mut row = vec![0; pixmap.width() as usize * 3];
    for pixels in pixmap.data().chunks_exact(pixmap.width() as usize * 4) {
        for (to, from) in row.chunks_exact_mut(3).zip(pixels.chunks_exact(4)) {
            to.copy_from_slice(&from[..3]);
        }
        std::io::Write::write_all(&mut rows, &row)?;
    }
    rows.finish()?;
    writer.finish()?;
    Ok(out)
}

/// The same fonts, with those of `family` read into memory once. fontdb keeps a font file's
/// path and reads the whole file again each time text is laid out in it: 674 times (270 MB)
/// for the demo plan's three charts. The faces keep their order, so every query finds the
/// face it found before.
fn in_memory(fonts: &fontdb::Database, family: &str) -> fontdb::Database {
    let mut read: HashMap<PathBuf, fontdb::Source> = HashMap::new();
    let mut kept = fontdb::Database::new();
    for generic in [
        fontdb::Family::Serif,
        fontdb::Family::SansSerif,
        fontdb::Family::Cursive,
        fontdb::Family::Fantasy,
        fontdb::Family::Monospace,
    ] {
        let name = fonts.family_name(&generic).to_string();
        match generic {
            fontdb::Family::Serif => kept.set_serif_family(name),
            fontdb::Family::SansSerif => kept.set_sans_serif_family(name),
            fontdb::Family::Cursive => kept.set_cursive_family(name),
            fontdb::Family::Fantasy => kept.set_fantasy_family(name),
            _ => kept.set_monospace_family(name),
        }
    }
    for face in fonts.faces() {
        let mut face = face.clone();
        if let fontdb::Source::File(path) = &face.source
            && face.families.iter().any(|(name, _)| name == family)
        {
            let source = read.entry(path.clone()).or_insert_with(|| {
                // A file that cannot be read now stays a path, as fontdb had it.
                match std::fs::read(path) {
                    Ok(data) => fontdb::Source::Binary(Arc::new(data)),
                    Err(_) => fontdb::Source::File(path.clone()),
                }
            });
            face.source = source.clone();
        }
        kept.push_face_info(face);
    }
    kept
}

/// The family to draw sans-serif text in: the one the system names (fontconfig's alias on
/// Linux) if it is installed, else the first of [`FAMILIES`] that is, else any font at all.
fn sans_serif(fonts: &fontdb::Database) -> Option<String> {
    let has = |family: fontdb::Family| {
        fonts
            .query(&fontdb::Query {
                families: &[family],
                ..fontdb::Query::default()
            })
            .is_some()
    };
    if has(fontdb::Family::SansSerif) {
        return Some(fonts.family_name(&fontdb::Family::SansSerif).to_string());
    }
    if let Some(family) = FAMILIES.iter().find(|name| has(fontdb::Family::Name(name))) {
        return Some(family.to_string());
    }
    fonts
        .faces()
        .find_map(|face| face.families.first().map(|(name, _)| name.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many pixels of a PNG are darker than the light fills (text, bars).
    fn dark_pixels(png: &[u8]) -> usize {
        let mut reader = png::Decoder::new(std::io::Cursor::new(png))
            .read_info()
            .unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        reader.next_frame(&mut pixels).unwrap();
        pixels.chunks_exact(3).filter(|p| p[0] < 128).count()
    }

    #[test]
    fn labels_are_drawn_in_a_system_font() {
        let rasterizer = Rasterizer::new()
            .expect("no font on this machine: the charts need one (Debian: fonts-dejavu-core)");
        assert!(!rasterizer.family().is_empty());
        let svg = |text: &str| {
            format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 20\" width=\"200\" height=\"20\"><text x=\"0\" y=\"15\" class=\"label\">{text}</text></svg>"
            )
        };
        let blank = rasterizer.png(&svg("")).unwrap();
        let label = rasterizer.png(&svg("Kestrel Heights")).unwrap();
        assert_eq!(dark_pixels(&blank.png), 0);
        assert!(dark_pixels(&label.png) > 500, "the label was not drawn");
        assert_eq!((label.width, label.height), (200, 20));
    }

    #[test]
    fn the_fonts_in_memory_are_the_same_faces_in_the_same_order() {
        let mut fonts = fontdb::Database::new();
        fonts.load_system_fonts();
        let family = sans_serif(&fonts).expect("a font");
        let kept = in_memory(&fonts, &family);
        let faces = |db: &fontdb::Database| -> Vec<(String, u32)> {
            db.faces()
                .map(|f| (f.post_script_name.clone(), f.index))
                .collect()
        };
        assert_eq!(faces(&kept), faces(&fonts));
        assert_eq!(
            kept.family_name(&fontdb::Family::SansSerif),
            fonts.family_name(&fontdb::Family::SansSerif)
        );
        for face in kept.faces() {
            let ours = face.families.iter().any(|(name, _)| *name == family);
            let binary = matches!(face.source, fontdb::Source::Binary(_));
            assert_eq!(ours, binary, "{}", face.post_script_name);
        }
    }

    #[test]
    fn chart_styles_match_the_html_page() {
        let css = include_str!("plan.css");
        for rule in css.lines().filter(|l| l.starts_with("svg .")) {
            let rule = rule.trim_start_matches("svg ");
            assert!(STYLE.contains(rule), "{rule} differs from raster::STYLE");
        }
    }
}
