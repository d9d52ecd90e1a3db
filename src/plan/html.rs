//! The HTML plan: the markdown rendered by comrak in its safe mode, with the SVG pictures put
//! where the template called `chart(...)`, in one self-contained page that allows no scripts,
//! no external requests and prints on A4.

use comrak::{Options, markdown_to_html};

use super::escape::xml;
use super::model::Plan;
use super::svg;
use super::template::{CHARTS, MARKER};

/// Locks the page down: no script, no external file, only inline styles and data: images.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = include_str!("plan.css");

pub fn render(markdown: &str, plan: &Plan) -> String {
    // The word joiner that keeps GFM viewers from linking an e-mail address in the markdown is
    // not needed here (autolinks are off) and would break an address copied from the page.
    let body = markdown_to_html(markdown, &options()).replace(super::escape::WORD_JOINER, "");
    let body = insert_charts(body, plan);
    let title = xml(&format!("Action plan for {}", plan.city));
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
}

/// comrak's safe mode with GFM tables. Raw HTML (which only workbook-written Markdown could
/// hold: answers are escaped) is shown as text, dangerous link schemes are dropped, and bare
/// addresses are not turned into links.
fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.autolink = false;
    options.render.r#unsafe = false;
    options.render.escape = true;
    options
}

/// Replaces each paragraph holding only a chart marker with its SVG figure.
fn insert_charts(mut body: String, plan: &Plan) -> String {
    for name in CHARTS {
        let marker = format!("<p>{MARKER}chart:{name}{MARKER}</p>");
        if !body.contains(&marker) {
            continue;
        }
        let svg = match *name {
            "progress" => svg::progress(&plan.summary.areas),
            "stakeholders" => svg::stakeholders(&plan.stakeholders),
            _ => svg::timeline(&plan.actions),
        };
        let figure = if svg.is_empty() {
            String::new()
        } else {
            format!("<figure class=\"chart\">{svg}</figure>")
        };
        body = body.replace(&marker, &figure);
    }
    body
}
