//! Renders real agendas and checks them with the tools a reader's system
//! would use: qpdf for structure, poppler's pdftotext and pdfinfo for what a
//! viewer actually extracts. The tools are required, never skipped.

mod sample;

use std::path::{Path, PathBuf};
use std::process::Command;

use convene_print::{agenda_pdf, AgendaSheet, Audience, Paper, PrintError, PrintInfo};

/// Runs a system tool, failing the test with a clear message if it is missing.
fn run_tool(tool: &str, args: &[&str], file: &Path) -> (bool, String) {
    let output = Command::new(tool)
        .args(args)
        .arg(file)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| {
            panic!("`{tool}` is required for this test but could not be run ({e}); install qpdf and poppler-utils")
        });
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    (output.status.success(), text)
}

fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("convene-print-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Collapses all whitespace so text wrapped over lines can be searched.
fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What poppler reports about one rendered file.
struct Checked {
    text: String,
    info: String,
    pages: usize,
}

fn render_and_check(dir: &Path, sheet: &AgendaSheet, audience: Audience, paper: Paper) -> Checked {
    let bytes = agenda_pdf(sheet, audience, paper, &sample::info()).expect("agenda renders");
    let file = dir.join(format!("{audience:?}-{paper:?}.pdf"));
    std::fs::write(&file, &bytes).expect("write pdf");

    let (ok, report) = run_tool("qpdf", &["--check"], &file);
    assert!(ok, "qpdf --check failed for {}:\n{report}", file.display());
    let (ok, info) = run_tool("pdfinfo", &["-isodates"], &file);
    assert!(ok, "pdfinfo failed for {}", file.display());
    let (ok, text) = run_tool("pdftotext", &[], &file);
    assert!(ok, "pdftotext failed for {}", file.display());

    let pages = info_field(&info, "Pages").parse().expect("page count");
    let per_page = bytes.len() / pages;
    assert!(
        per_page < 100_000,
        "{} is {} bytes for {pages} pages",
        file.display(),
        bytes.len()
    );
    Checked { text, info, pages }
}

fn info_field<'a>(info: &'a str, name: &str) -> &'a str {
    info.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("pdfinfo shows no {name}:\n{info}"))
        .trim()
}

fn assert_page_size(info: &str, paper: Paper) {
    let size = info_field(info, "Page size");
    let numbers: Vec<f32> = size
        .split_whitespace()
        .filter_map(|word| word.parse().ok())
        .collect();
    let expected = match paper {
        Paper::Letter => [612.0, 792.0],
        Paper::A4 => [595.28, 841.89],
    };
    assert!(numbers.len() >= 2, "unreadable page size {size:?}");
    for (got, want) in numbers.iter().zip(expected) {
        assert!(
            (got - want).abs() < 0.5,
            "page size {size:?}, expected {expected:?}"
        );
    }
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
    let dir = scratch_dir();
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
    let dir = scratch_dir().join("small");
    std::fs::create_dir_all(&dir).expect("create dir");
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
    };
    let result = agenda_pdf(&sample::sheet(2), Audience::Participant, Paper::A4, &info);
    assert!(matches!(result, Err(PrintError::InvalidTimestamp(_))));
}
