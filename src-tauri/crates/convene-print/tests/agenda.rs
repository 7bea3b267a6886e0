//! Renders real agendas and checks them with the tools a reader's system
//! would use (see `pdf_tools`).

mod pdf_tools;
mod sample;

use std::path::Path;

use convene_print::{agenda_pdf, AgendaSheet, Audience, Paper, PrintError, PrintInfo};
use pdf_tools::{flatten, info_field, page_size, scratch_dir, write_and_check, Checked};

fn render_and_check(dir: &Path, sheet: &AgendaSheet, audience: Audience, paper: Paper) -> Checked {
    let bytes = agenda_pdf(sheet, audience, paper, &sample::info()).expect("agenda renders");
    write_and_check(&dir.join(format!("{audience:?}-{paper:?}.pdf")), &bytes)
}

fn assert_page_size(info: &str, paper: Paper) {
    let (width, height) = page_size(info);
    let (expected_width, expected_height) = match paper {
        Paper::Letter => (612.0, 792.0),
        Paper::A4 => (595.28, 841.89),
    };
    assert!(
        (width - expected_width).abs() < 0.5 && (height - expected_height).abs() < 0.5,
        "page size {width} × {height}, expected {expected_width} × {expected_height}"
    );
}

fn assert_common(checked: &Checked, sheet: &AgendaSheet, paper: Paper) {
    let text = flatten(&checked.text);
    assert_page_size(&checked.info, paper);
    assert_eq!(info_field(&checked.info, "Producer"), "Convene");
    assert_eq!(info_field(&checked.info, "Title"), sheet.title);
    assert!(info_field(&checked.info, "CreationDate").starts_with("2026-11-22T10:00:00"));
    for needle in [
        sample::ACCENTED_TITLE,
        "Niños, año, Peña",
        "Íñigo Peña",
        "Presenter:",
    ] {
        assert!(text.contains(needle), "text lacks {needle:?}");
    }
    for needle in [
        &sheet.title,
        &sheet.community,
        &sheet.series,
        &sheet.when,
        &sheet.location,
    ] {
        assert!(
            text.contains(needle.as_str()),
            "text lacks header {needle:?}"
        );
    }
    for item in &sheet.items {
        assert!(
            text.contains(&item.title),
            "text lacks item title {:?}",
            item.title
        );
        assert!(text.contains(&format!("{} – {}", item.start, item.end)));
    }
    assert!(
        text.contains(sample::LONG_TAIL),
        "the long description was cut"
    );
    assert!(text.contains("Printed from Convene on November 22, 2026"));
    let last = format!("Page {0} of {0}", checked.pages);
    assert!(
        text.contains("Page 1 of") && text.contains(&last),
        "page numbers missing"
    );
    assert!(
        checked.pages >= 2,
        "the long item should force a page break"
    );
}

#[test]
fn participant_and_facilitator_agendas_print_on_both_papers() {
    let dir = scratch_dir("agendas");
    let sheet = sample::sheet(11);
    for paper in [Paper::Letter, Paper::A4] {
        let handout = render_and_check(&dir, &sheet, Audience::Participant, paper);
        assert_common(&handout, &sheet, paper);
        let own = render_and_check(&dir, &sheet, Audience::Facilitator, paper);
        assert_common(&own, &sheet, paper);

        let (handout, own) = (flatten(&handout.text), flatten(&own.text));
        assert!(own.contains("Facilitator agenda — not for handout"));
        assert!(!handout.contains("Facilitator agenda"));
        assert!(own.contains("Teambuilding · 35 min"));
        assert!(!handout.contains("35 min"));
        for item in sheet.items.iter() {
            for secret in [&item.notes, &item.materials]
                .into_iter()
                .filter(|s| !s.is_empty())
            {
                assert!(
                    own.contains(secret.as_str()),
                    "facilitator copy lacks {secret:?}"
                );
                assert!(
                    !handout.contains(secret.as_str()),
                    "handout shows {secret:?}"
                );
            }
        }
        assert!(!handout.contains("Notes:") && !handout.contains("Materials:"));
    }
    std::fs::remove_dir_all(&dir).expect("clean scratch dir");
}

#[test]
fn a_two_page_agenda_is_small_because_fonts_are_subset() {
    let dir = scratch_dir("small-agenda");
    let mut sheet = sample::sheet(11);
    sheet.items.truncate(9);
    sheet.items[4].description = "A short description this time.".to_owned();
    let checked = render_and_check(&dir, &sheet, Audience::Facilitator, Paper::Letter);
    assert_eq!(checked.pages, 2, "fixture should be two pages");
    let size = std::fs::metadata(dir.join("Facilitator-Letter.pdf"))
        .expect("pdf")
        .len();
    assert!(size < 200_000, "two-page agenda is {size} bytes");
    std::fs::remove_dir_all(&dir).expect("clean scratch dir");
}

#[test]
fn the_sample_has_a_600_word_description() {
    let sheet = sample::sheet(11);
    let words = sheet.items[4].description.split_whitespace().count();
    assert!((595..=605).contains(&words), "{words} words");
}

#[test]
fn a_bad_creation_time_is_an_error_not_a_panic() {
    let info = PrintInfo {
        created: "next Tuesday".to_owned(),
        footer: String::new(),
        lang: convene_print::Lang::En,
    };
    let result = agenda_pdf(&sample::sheet(2), Audience::Participant, Paper::A4, &info);
    assert!(matches!(result, Err(PrintError::InvalidTimestamp(_))));
}
