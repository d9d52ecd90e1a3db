//! `workbook list`: every workbook the program loads, and where it came from.

use serde::Serialize;

use crate::cli::{GlobalArgs, ListArgs};
use crate::commands::exit::{Failure, SUCCESS};
use unicode_width::UnicodeWidthStr;

use super::columns::{headings, left, right};
use crate::text::sanitize_line;
use crate::workbook::Origin;

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    area: &'a str,
    version: u32,
    sections: usize,
    questions: usize,
    origin: &'a Origin,
    source: String,
}

pub fn run(global: &GlobalArgs, args: &ListArgs) -> Result<u8, Failure> {
    let catalog = super::context::catalog(global);
    if let Some(workbook) = &args.questions {
        return super::question_list::run(&catalog, workbook, args.json);
    }
    let rows: Vec<Row> = catalog
        .workbooks
        .iter()
        .map(|loaded| {
            let w = &loaded.workbook;
            Row {
                id: w.id(),
                title: &w.title,
                area: &w.area,
                version: w.version,
                sections: w.sections.len(),
                questions: w.question_count(),
                origin: &loaded.origin,
                source: loaded.origin.describe(),
            }
        })
        .collect();
    if args.json {
        let json = crate::encode::json::to_string_pretty(&rows)
            .map_err(|e| Failure::failed(e.to_string()))?;
        println!("{json}");
    } else {
        print_table(&rows);
    }
    Ok(SUCCESS)
}

fn print_table(rows: &[Row]) {
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            [
                sanitize_line(r.id),
                sanitize_line(r.title),
                r.sections.to_string(),
                r.questions.to_string(),
                sanitize_line(&r.source),
            ]
        })
        .collect();
    let (header, _) = headings(
        [
            "cli-list-id",
            "cli-list-title",
            "cli-list-sections",
            "cli-list-questions",
            "cli-list-source",
        ],
        [0; 5],
    );
    let widths: Vec<usize> = (0..5)
        .map(|i| {
            std::iter::once(&header)
                .chain(&cells)
                .map(|row| row[i].width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(&cells) {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, width))| {
                if i == 2 || i == 3 {
                    right(cell, *width)
                } else {
                    left(cell, *width)
                }
            })
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
}
