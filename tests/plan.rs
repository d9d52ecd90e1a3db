//! The action plan as a library: snapshots of whole plans, sensitive answers, audiences,
//! templates, determinism, and the safety of answer text in markdown and HTML.

mod plan_env;

use proptest::prelude::*;
use workbook::plan::{self, Format, PlanAudience, PlanError, PlanOptions};

use plan_env::{Shape, catalog, options, profile, shape, typed_list_items, with_text};

fn render(name: &str, options: &PlanOptions) -> String {
    plan::render(&catalog(), &profile(name), options).unwrap()
}

fn html() -> PlanOptions {
    PlanOptions {
        format: Format::Html,
        ..options()
    }
}

#[test]
fn snapshot_full_city_markdown() {
    insta::assert_snapshot!("full_markdown", render("full", &options()));
}

#[test]
fn snapshot_full_city_html() {
    insta::assert_snapshot!("full_html", render("full", &html()));
}

#[test]
fn snapshot_little_city_markdown() {
    insta::assert_snapshot!("little_markdown", render("little", &options()));
}

#[test]
fn snapshot_little_city_html() {
    insta::assert_snapshot!("little_html", render("little", &html()));
}

#[test]
fn same_inputs_give_the_same_bytes() {
    for format in [Format::Markdown, Format::Html, Format::Json] {
        let options = PlanOptions {
            format,
            ..options()
        };
        assert_eq!(render("full", &options), render("full", &options));
    }
}

#[test]
fn sensitive_answers_are_left_out_and_counted() {
    for format in [Format::Markdown, Format::Html, Format::Json] {
        let text = render(
            "full",
            &PlanOptions {
                format,
                ..options()
            },
        );
        assert!(
            !text.contains("Jansen"),
            "{format:?} shows a sensitive table"
        );
        assert!(
            !text.contains("shelter address"),
            "{format:?} shows a sensitive text"
        );
    }
    let markdown = render("full", &options());
    assert!(markdown.contains(
        "> 2 answers holding personal data or details of people and places at risk are left out of this edition."
    ));
    assert!(
        !markdown.contains("act.confidential"),
        "an id without --trace"
    );
    let traced = render(
        "full",
        &PlanOptions {
            trace: true,
            ..options()
        },
    );
    assert!(traced.contains("assess.stakeholders, act.confidential"));
    let json: serde_json::Value = serde_json::from_str(&render(
        "full",
        &PlanOptions {
            format: Format::Json,
            ..options()
        },
    ))
    .unwrap();
    assert_eq!(json["withheld"]["count"], 2);
    assert_eq!(json["stakeholders"].as_array().unwrap().len(), 0);
}

#[test]
fn include_sensitive_shows_them_and_says_so() {
    let options = PlanOptions {
        edition: workbook::plan::Edition::Restricted,
        ..options()
    };
    let markdown = render("full", &options);
    assert!(markdown.contains("A. Jansen"));
    assert!(markdown.contains("shelter address"));
    assert!(markdown.contains("**Edition:** Restricted edition, holds personal data"));
    assert!(!markdown.contains("left out"));
}

#[test]
fn audience_filters_questions() {
    let mayor = render(
        "full",
        &PlanOptions {
            audience: PlanAudience::Mayor,
            ..options()
        },
    );
    assert!(
        !mayor.contains("Helpline calls"),
        "an officials' question in the mayor's plan"
    );
    assert!(mayor.contains("Has the city mapped"));
    assert!(mayor.contains("**Scope:** the questions for the mayor"));
    let official = render(
        "full",
        &PlanOptions {
            audience: PlanAudience::Official,
            ..options()
        },
    );
    assert!(official.contains("Helpline calls"));
    assert!(!official.contains("Has the city mapped"));
}

#[test]
fn workbooks_can_be_chosen_and_unknown_ones_are_refused() {
    let only = render(
        "full",
        &PlanOptions {
            workbooks: vec!["act".into()],
            ..options()
        },
    );
    assert!(!only.contains("## What the city knows"));
    assert!(only.contains("## Acting together"));
    let error = plan::render(
        &catalog(),
        &profile("full"),
        &PlanOptions {
            workbooks: vec!["nope".into()],
            ..options()
        },
    )
    .unwrap_err();
    assert!(matches!(error, PlanError::UnknownWorkbook { .. }));
    assert!(error.to_string().contains("assess, act"));
}

#[test]
fn hidden_follow_up_answers_are_left_out() {
    let full = profile("full");
    let mut stored = full.answers().clone();
    let has_mapping = stored
        .get_mut("assess")
        .unwrap()
        .get_mut("has_mapping")
        .unwrap();
    has_mapping.value = workbook::answer::Value::Bool(false);
    let profile = workbook::profile::Profile::from_stored(full.city, stored);
    let markdown = plan::render(&catalog(), &profile, &options()).unwrap();
    assert!(
        !markdown.contains("2023-06-30"),
        "answer to a hidden follow-up shown"
    );
    assert!(!markdown.contains("[assess.last_mapping]"));
}

#[test]
fn open_questions_list_required_unanswered_ones() {
    let markdown = render(
        "little",
        &PlanOptions {
            trace: true,
            ..options()
        },
    );
    let open = &markdown[markdown.find("## Open points").unwrap()..];
    assert!(open.contains("[assess.situation]"));
    assert!(open.contains("[act.confidential]"));
    assert!(
        !open.contains("[assess.focus]"),
        "an answered question listed as open"
    );
    assert!(
        !open.contains("[assess.last_mapping]"),
        "a hidden follow-up listed as open"
    );
}

#[test]
fn actions_are_sorted_by_priority_then_date() {
    let json: serde_json::Value = serde_json::from_str(&render(
        "full",
        &PlanOptions {
            format: Format::Json,
            ..options()
        },
    ))
    .unwrap();
    let order: Vec<&str> = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        [
            "Set up a shared incident log",
            "Open listening sessions",
            "Train frontline staff",
            "Review the plan with partners"
        ]
    );
}

#[test]
fn markdown_has_a_gantt_of_dated_actions() {
    let markdown = render("full", &options());
    assert!(markdown.contains("```mermaid\ngantt\n"));
    assert!(markdown.contains("Set up a shared incident log :a1, 2026-02-01, 2026-04-30"));
    assert!(markdown.contains("Open listening sessions :milestone, a2, 2026-05-15, 0d"));
    assert!(
        !markdown.contains("Review the plan with partners :"),
        "undated action in gantt"
    );
}

#[test]
fn html_is_self_contained_with_pictures() {
    let page = render(
        "full",
        &PlanOptions {
            edition: workbook::plan::Edition::Restricted,
            ..html()
        },
    );
    assert!(
        page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"")
    );
    assert_eq!(
        page.matches("<svg ").count(),
        3,
        "progress, timeline, stakeholders"
    );
    assert!(page.contains("break-before: page"));
    assert!(!page.contains("src=\"http"), "an external request");
    assert!(!page.contains("\u{e000}"), "a chart marker left behind");
}

#[test]
fn a_user_template_is_used_and_still_escapes() {
    let options = PlanOptions {
        template: Some("Plan for {{ plan.city }}: {{ plan.chapters[0].sections[0].findings[1].blocks | blocks }}\n".into()),
        ..options()
    };
    let hostile = with_text("# <b>x</b> | y");
    let text = plan::render(&catalog(), &hostile, &options).unwrap();
    assert_eq!(
        text,
        "Plan for \\# \\<b\\>x\\</b\\> \\| y: \\# \\<b\\>x\\</b\\> \\| y\n"
    );
}

#[test]
fn template_errors_name_the_line() {
    let options = PlanOptions {
        template: Some("line one\n{{ plan.nothing_here.deeper }}\n".into()),
        ..options()
    };
    let error = plan::render(&catalog(), &profile("full"), &options).unwrap_err();
    assert!(matches!(error, PlanError::Template { .. }));
    assert!(error.to_string().contains("plan.md.j2:2"), "{error}");
}

// ---- Answer text can never change the document's structure --------------------------------

const HOSTILE: &[&str] = &[
    "# Heading\n\n## Another",
    "a | b | c\n|---|---|\n| x | y |",
    "- item\n* item\n+ item\n1. one\n2) two",
    "```\ncode\n```\n~~~\nmore",
    "[x]: javascript:alert(1)\n\n[x]",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1)) ![img](http://evil.example/x.png) <javascript:alert(1)>",
    "<https://evil.example> www.evil.example https://evil.example",
    "text\n===\nmore\n---\n***\n___",
    "    indented code\n\n> quote\n>> deeper",
    "&lt;script&gt; &#106;avascript:alert(1) \\ trailing backslash \\",
    "\u{e000}chart:progress\u{e000}",
    "| only | pipes |\r\n|\r|",
];

#[test]
fn answer_text_never_changes_the_markdown_structure() {
    let all = PlanOptions {
        edition: workbook::plan::Edition::Restricted,
        ..options()
    };
    let plain = shape(&plan::render(&catalog(), &with_text("plain words"), &all).unwrap());
    for hostile in HOSTILE.iter().copied().chain([HOSTILE.concat().as_str()]) {
        let profile = with_text(hostile);
        let markdown = plan::render(&catalog(), &profile, &all).unwrap();
        let typed = typed_list_items(&catalog(), &profile, &all);
        let got = shape(&markdown);
        let levels = |s: &Shape| s.headings.iter().map(|h| h.0).collect::<Vec<_>>();
        assert_eq!(
            levels(&got),
            levels(&plain),
            "headings changed by {hostile:?}"
        );
        assert_eq!(got.tables, plain.tables, "tables changed by {hostile:?}");
        assert_eq!(got.links, plain.links, "a link from {hostile:?}");
        assert_eq!(got.images, plain.images, "an image from {hostile:?}");
        assert_eq!(got.html, plain.html, "HTML from {hostile:?}");
        assert_eq!(got.code, plain.code, "a code block from {hostile:?}");
        assert_eq!(
            got.items,
            plain.items + typed,
            "list items other than the user's own from {hostile:?}"
        );
    }
}

/// Every tag in `page`: comrak escapes `<` in text, so each `<` starts a real tag.
fn tags(page: &str) -> Vec<String> {
    page.split('<')
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or("").to_ascii_lowercase())
        .collect()
}

fn assert_safe_html(page: &str, input: &str) {
    for tag in tags(page) {
        let name = tag.split([' ', '/']).next().unwrap_or("");
        assert!(
            ![
                "script", "iframe", "object", "embed", "img", "link", "base", "form"
            ]
            .contains(&name),
            "<{tag}> from {input:?}"
        );
        assert!(
            !tag.contains("javascript:"),
            "javascript: URL in <{tag}> from {input:?}"
        );
        let attribute_names = tag
            .split_whitespace()
            .skip(1)
            .filter_map(|a| a.split('=').next());
        for attribute in attribute_names {
            assert!(
                !attribute.starts_with("on"),
                "event handler in <{tag}> from {input:?}"
            );
        }
    }
    assert!(!page.contains("\u{e000}"));
}

#[test]
fn html_never_holds_script_handlers_or_javascript_urls() {
    let all = PlanOptions {
        edition: workbook::plan::Edition::Restricted,
        ..html()
    };
    for hostile in HOSTILE.iter().copied().chain([HOSTILE.concat().as_str()]) {
        let page = plan::render(&catalog(), &with_text(hostile), &all).unwrap();
        assert_safe_html(&page, hostile);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_answers_give_safe_html(text in prop_oneof![
        any::<String>(),
        "[<>\\[\\]()!|`*_#&;:=\"' a-z/\\n-]{0,60}",
    ]) {
        let all = PlanOptions { edition: workbook::plan::Edition::Restricted, ..html() };
        let page = plan::render(&catalog(), &with_text(&text), &all).unwrap();
        assert_safe_html(&page, &text);
    }
}
