//! The built-in template runs as Rust (`plan::compiled`); interpreting the template must give
//! the same document, byte for byte, for every city, edition, audience, status and format; and
//! its markdown, made into HTML in two halves, the page the whole document gives.
//! tests/plan_props.rs checks the same on generated cities.

mod plan_env;

use workbook::plan::{
    self, DEFAULT_TEMPLATE, Edition, PlanAudience, PlanOptions, Status, build, markdown,
};
use workbook::profile::Profile;
use workbook::workbook::Catalog;

/// Every combination of the options that change what the template writes.
fn variants(date: jiff::civil::Date) -> Vec<PlanOptions> {
    let mut all = Vec::new();
    for edition in [Edition::Public, Edition::Council, Edition::Restricted] {
        for audience in [
            PlanAudience::All,
            PlanAudience::Mayor,
            PlanAudience::Official,
        ] {
            for (status, trace) in [(Status::Draft, false), (Status::Adopted, true)] {
                all.push(PlanOptions {
                    edition,
                    audience,
                    status,
                    trace,
                    ..PlanOptions::new(date)
                });
            }
        }
    }
    all
}

fn same_as_interpreted(catalog: &Catalog, profile: &Profile, date: jiff::civil::Date) {
    for options in variants(date) {
        let built = build(catalog, profile, &options).expect("the plan builds");
        for html in [false, true] {
            let compiled = plan::compiled::render(&built, html).expect("the plan is written");
            let interpreted = markdown::interpret(&built, DEFAULT_TEMPLATE, html).unwrap();
            if html {
                // Made into HTML in two halves at once, as the built-in template's markdown
                // is, the page is the one the whole document gives.
                let whole = plan::html::render(&compiled, &built, false);
                assert_eq!(
                    plan::html::render(&compiled, &built, true),
                    whole,
                    "{:?} {:?} trace {}",
                    options.edition,
                    options.audience,
                    options.trace
                );
                // Written as HTML directly, it is the same page again.
                let body = plan::compiled_html::body(&built).expect("the page is written");
                same_text(
                    &plan::html::page(body, &built),
                    &whole,
                    &format!("{options:?}: the page written directly against comrak's"),
                );
            }
            same_text(
                &compiled,
                &interpreted,
                &format!(
                    "{:?} {:?} {:?} trace {} html {html}: run as Rust against interpreted",
                    options.edition, options.audience, options.status, options.trace
                ),
            );
        }
    }
}

/// Fails with the first line where `got` and `expected` differ.
fn same_text(got: &str, expected: &str, what: &str) {
    if got != expected {
        let line = got
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{what}: first difference on line {}:\n  got:      {:?}\n  expected: {:?}",
            line + 1,
            got.lines().nth(line),
            expected.lines().nth(line)
        );
    }
}

#[test]
fn the_demo_city_reads_the_same_either_way() {
    let demo = workbook::demo::pristine().unwrap();
    let date = "2026-12-01".parse().unwrap();
    same_as_interpreted(&Catalog::builtin(), &demo, date);
}

/// The plan written in French, Spanish and Arabic (its words, separators and numbers) reads
/// the same run as Rust and interpreted, and as HTML written directly and by comrak.
#[test]
fn the_demo_city_reads_the_same_either_way_in_every_language() {
    let demo = workbook::demo::pristine().unwrap();
    let date = "2026-12-01".parse().unwrap();
    for tag in ["fr", "es", "ar"] {
        let language = workbook::workbook::translation::Lang::parse(tag).unwrap();
        let catalog = workbook::builtin::catalog_in(Some(&language));
        assert_eq!(catalog.language_tag(), tag);
        same_as_interpreted(&catalog, &demo, date);
    }
}

#[test]
fn the_fixture_cities_read_the_same_either_way() {
    let catalog = plan_env::catalog();
    let date = "2026-03-01".parse().unwrap();
    for name in ["full", "little"] {
        same_as_interpreted(&catalog, &plan_env::profile(name), date);
    }
    same_as_interpreted(
        &catalog,
        &plan_env::with_text("A [hostile] *text*\n- with | pipes"),
        date,
    );
}

#[test]
fn an_empty_city_reads_the_same_either_way() {
    let city = plan_env::profile("little");
    let empty = Profile::new(city.city.clone());
    same_as_interpreted(&plan_env::catalog(), &empty, "2026-03-01".parse().unwrap());
    same_as_interpreted(&Catalog::builtin(), &empty, "2026-03-01".parse().unwrap());
}

#[test]
fn a_user_template_the_same_as_the_built_in_one_reads_the_same() {
    let demo = workbook::demo::pristine().unwrap();
    let options = PlanOptions {
        template: Some(DEFAULT_TEMPLATE.to_string()),
        ..PlanOptions::new("2026-12-01".parse().unwrap())
    };
    let with = plan::render(&Catalog::builtin(), &demo, &options).unwrap();
    let without = plan::render(
        &Catalog::builtin(),
        &demo,
        &PlanOptions {
            template: None,
            ..options
        },
    )
    .unwrap();
    assert_eq!(with, without);
}
