//! `workbook progress --city NAME`: answered, relevant and required counts per workbook.

use super::city::workbook_progress;
use super::columns::{headings, left, right};
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
    let (h, w) = headings(
        [
            "cli-progress-workbook",
            "cli-progress-answered",
            "cli-progress-relevant",
            "cli-progress-required",
            "cli-progress-done",
        ],
        [16, 8, 8, 8, 8],
    );
    println!(
        "{} {} {} {} {}",
        left(&h[0], w[0]),
        right(&h[1], w[1]),
        right(&h[2], w[2]),
        right(&h[3], w[3]),
        right(&h[4], w[4])
    );
    for row in &rows {
        let p = row.progress;
        println!(
            "{} {} {} {} {}",
            left(&sanitize_line(row.workbook), w[0]),
            right(&p.answered.to_string(), w[1]),
            right(&p.relevant.to_string(), w[2]),
            right(&format!("{}/{}", p.required_answered, p.required), w[3]),
            right(&format!("{}%", p.percent()), w[4])
        );
    }
    // Disagreements kept beside an answer (a colleague's copy, an import) wait for a person.
    super::city::print_notes(&crate::profile::migrate::noted(&profile));
    Ok(SUCCESS)
}
