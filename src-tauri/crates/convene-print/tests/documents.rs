//! Renders the activity card, materials checklist, agreements poster and
//! table tent from realistic view models and checks them with qpdf and
//! poppler (see `pdf_tools`): valid structure, page counts and orientation,
//! and every piece of text present in what a viewer extracts.

mod fixtures;
mod pdf_tools;

use convene_print::{
    activity_card_pdf, agreements_poster_pdf, materials_pdf, table_tent_pdf, Paper, PrintError,
    PrintInfo,
};
use pdf_tools::{flatten, info_field, page_size, scratch_dir, write_and_check, Checked};

const PAPERS: [Paper; 2] = [Paper::Letter, Paper::A4];

fn check(name: &str, bytes: Result<Vec<u8>, PrintError>) -> Checked {
    let bytes = bytes.unwrap_or_else(|e| panic!("{name} did not render: {e}"));
    let dir = scratch_dir(name);
    let checked = write_and_check(&dir.join(format!("{name}.pdf")), &bytes);
    std::fs::remove_dir_all(&dir).expect("clean scratch dir");
    assert_eq!(info_field(&checked.info, "Producer"), "Convene");
    assert!(info_field(&checked.info, "CreationDate").starts_with("2027-03-04T18:30:00"));
    checked
}

fn assert_contains(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "text lacks {needle:?}");
    }
}

fn assert_landscape(checked: &Checked) {
    let (width, height) = page_size(&checked.info);
    assert!(width > height, "page is {width} × {height}, not landscape");
}

#[test]
fn a_typical_activity_card_is_one_page_with_every_section() {
    let card = fixtures::card();
    for paper in PAPERS {
        let checked = check("card", activity_card_pdf(&card, paper, &fixtures::info()));
        assert_eq!(checked.pages, 1, "{paper:?} card is not one page");
        assert_eq!(info_field(&checked.info, "Title"), card.name);
        let text = flatten(&checked.text);
        assert_contains(
            &text,
            &[
                &card.name,
                &card.facts,
                "Materials",
                "1 marshmallow per group (plus spares)",
                "Setup",
                "Steps",
                "18 min · Small groups",
                "Name a safety monitor before you start.",
                "Opt-out and adaptations",
                "What?",
                "So what?",
                "Now what?",
                "Theme link",
                fixtures::ACCENTED_NAME,
                &fixtures::info().footer,
            ],
        );
        for step in &card.steps {
            assert!(text.contains(&step.text), "lacks step {:?}", step.text);
        }
        assert!(
            !text.contains("Page 1 of"),
            "a one-page card needs no page number"
        );
    }
}

#[test]
fn a_long_card_shrinks_to_stay_on_one_page() {
    let checked = check(
        "long-card",
        activity_card_pdf(
            &fixtures::card_with_steps(8),
            Paper::Letter,
            &fixtures::info(),
        ),
    );
    assert_eq!(checked.pages, 1);
    let text = flatten(&checked.text);
    for number in 1..=8 {
        assert!(
            text.contains(&fixtures::step_tail(number)),
            "step {number} is missing"
        );
    }
}

#[test]
fn a_very_long_card_runs_on_without_losing_a_step() {
    let checked = check(
        "very-long-card",
        activity_card_pdf(&fixtures::card_with_steps(60), Paper::A4, &fixtures::info()),
    );
    assert!(checked.pages >= 2, "60 long steps cannot fit one page");
    let text = flatten(&checked.text);
    for number in 1..=60 {
        let tail = format!("{}.", fixtures::step_tail(number));
        assert_eq!(
            text.matches(&tail).count(),
            1,
            "step {number} is missing or repeated"
        );
    }
    assert_contains(&text, &[fixtures::ACCENTED_NAME, "Page 1 of", "Now what?"]);
}

#[test]
fn a_materials_checklist_lists_quantities_items_and_uses() {
    let sheet = fixtures::materials(6);
    for paper in PAPERS {
        let checked = check("materials", materials_pdf(&sheet, paper, &fixtures::info()));
        assert_eq!(checked.pages, 1);
        let text = flatten(&checked.text);
        assert_contains(
            &text,
            &[
                "Materials checklist",
                &sheet.title,
                &sheet.when,
                &sheet.basis,
                "For: Marshmallow Challenge, Tarp Flip",
                "For: Cierre con José Peña",
                "Page 1 of 1",
            ],
        );
        for line in &sheet.lines {
            assert_contains(&text, &[&line.quantity, &line.name]);
        }
    }
}

#[test]
fn a_200_line_checklist_paginates_with_every_line_once() {
    let sheet = fixtures::materials(200);
    let checked = check(
        "materials-200",
        materials_pdf(&sheet, Paper::Letter, &fixtures::info()),
    );
    assert!(checked.pages >= 5, "200 lines on {} pages", checked.pages);
    let text = flatten(&checked.text);
    for number in 1..=200 {
        let mark = fixtures::line_mark(number);
        assert_eq!(
            text.matches(&mark).count(),
            1,
            "line {mark} is missing or repeated"
        );
    }
    let last = format!("Page {0} of {0}", checked.pages);
    assert_contains(&text, &["Page 1 of", &last, "(continued)"]);
}

#[test]
fn an_empty_checklist_says_no_activity_needs_materials() {
    let checked = check(
        "materials-empty",
        materials_pdf(&fixtures::materials(0), Paper::A4, &fixtures::info()),
    );
    let text = flatten(&checked.text);
    assert_contains(
        &text,
        &["No activity on this meeting's agenda needs materials."],
    );
}

#[test]
fn the_agreements_poster_is_one_landscape_page_with_every_label() {
    let sheet = fixtures::agreements();
    for paper in PAPERS {
        let checked = check(
            "poster",
            agreements_poster_pdf(&sheet, paper, &fixtures::info()),
        );
        assert_landscape(&checked);
        assert_eq!(checked.pages, 1);
        let text = flatten(&checked.text);
        assert_contains(
            &text,
            &[
                "Our community agreements",
                &sheet.community,
                &sheet.version_line,
            ],
        );
        for agreement in &sheet.agreements {
            assert_contains(&text, &[&agreement.label, &agreement.practice]);
            for statement in &agreement.statements {
                assert_contains(&text, &[statement]);
            }
        }
    }
}

#[test]
fn a_poster_with_many_agreements_continues_on_more_pages() {
    let sheet = fixtures::many_agreements(14);
    let checked = check(
        "poster-many",
        agreements_poster_pdf(&sheet, Paper::Letter, &fixtures::info()),
    );
    assert_landscape(&checked);
    assert!(checked.pages >= 2);
    let text = flatten(&checked.text);
    for agreement in &sheet.agreements {
        assert_eq!(
            text.matches(&agreement.label).count(),
            1,
            "{:?}",
            agreement.label
        );
    }
}

#[test]
fn the_table_tent_carries_every_label_on_both_halves() {
    let sheet = fixtures::agreements();
    for paper in PAPERS {
        let checked = check("tent", table_tent_pdf(&sheet, paper, &fixtures::info()));
        assert_landscape(&checked);
        assert_eq!(checked.pages, 1);
        let text = flatten(&checked.text);
        for agreement in &sheet.agreements {
            assert_eq!(
                text.matches(&agreement.label).count(),
                2,
                "{:?}",
                agreement.label
            );
        }
        assert_eq!(text.matches("Peña Valley").count(), 2);
        assert_contains(&text, &["fold here"]);
    }
}

#[test]
fn a_tent_with_many_agreements_becomes_several_tents() {
    let sheet = fixtures::many_agreements(9);
    let checked = check(
        "tent-many",
        table_tent_pdf(&sheet, Paper::Letter, &fixtures::info()),
    );
    assert!(checked.pages >= 2);
    let text = flatten(&checked.text);
    for agreement in &sheet.agreements {
        assert_eq!(
            text.matches(&agreement.label).count(),
            2,
            "{:?}",
            agreement.label
        );
    }
}

#[test]
fn every_document_rejects_a_bad_creation_time() {
    let info = PrintInfo {
        created: "yesterday".to_owned(),
        footer: String::new(),
        lang: convene_print::Lang::En,
    };
    let results = [
        activity_card_pdf(&fixtures::card(), Paper::A4, &info),
        materials_pdf(&fixtures::materials(3), Paper::A4, &info),
        agreements_poster_pdf(&fixtures::agreements(), Paper::A4, &info),
        table_tent_pdf(&fixtures::agreements(), Paper::A4, &info),
    ];
    for result in results {
        assert!(matches!(result, Err(PrintError::InvalidTimestamp(_))));
    }
}
