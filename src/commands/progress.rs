//! `workbook progress --city NAME`: answered, relevant and required counts per workbook.

use super::city::workbook_progress;
use super::context::{catalog, load_migrated, print_json, store};
use crate::cli::{GlobalArgs, ProgressArgs};
use crate::commands::exit::{Failure, SUCCESS};
use crate::text::sanitize_line;

pub fn run(global: &GlobalArgs, args: &ProgressArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let profile = load_migrated(&store(global)?, &catalog, &args.city)?;
    let rows = workbook_progress(&catalog, &profile);
    if args.json {
        print_json(&rows)?;
        return Ok(SUCCESS);
    }
    println!(
        "{:<16} {:>8} {:>8} {:>8} {:>8}",
        "WORKBOOK", "ANSWERED", "RELEVANT", "REQUIRED", "DONE"
    );
    for row in &rows {
        let p = row.progress;
        println!(
            "{:<16} {:>8} {:>8} {:>8} {:>7}%",
            sanitize_line(row.workbook),
            p.answered,
            p.relevant,
            format!("{}/{}", p.required_answered, p.required),
            p.percent()
        );
    }
    Ok(SUCCESS)
}
