//! Numbered evaluation sheets as a printer and, later, a scanner meet them: one page
//! per copy here, each carrying its own serial in text and in a QR code that decodes
//! back to what was printed, in English and in Spanish with accents intact.

mod pdf_tools;

use std::process::Command;

use convene_print::{
    form_pdf, FormSheet, Lang, Paper, ParticipantStamp, PrintInfo, SheetItem, Stamp,
};
use pdf_tools::{flatten, page_size, scratch_dir, write_and_check};

fn sheet(spanish: bool) -> FormSheet {
    let (title, statement, points) = if spanish {
        (
            "Evaluación de la reunión",
            "Mi conocimiento de las Normas de Calidad",
            ["Bajo", "Medio", "Alto"],
        )
    } else {
        (
            "Meeting evaluation",
            "My knowledge of the Quality Standards",
            ["Low", "Medium", "High"],
        )
    };
    FormSheet {
        title: title.into(),
        intro: String::new(),
        items: vec![
            SheetItem::BeforeNow {
                number: 1,
                text: statement.into(),
                points: points.map(String::from).to_vec(),
            },
            SheetItem::Writing {
                number: 2,
                text: "¿Qué fue lo más útil? / Most useful?".into(),
                lines: 3,
            },
        ],
    }
}

fn stamps(word: &str) -> Vec<Stamp> {
    (1..=3)
        .map(|n| Stamp {
            serial: format!("{word} M3-{n:03}"),
            code: format!("CNV1:form-id:1:{n}:{}", n % 10),
            participant: None,
        })
        .collect()
}

fn info(lang: Lang) -> PrintInfo {
    PrintInfo {
        created: "2027-03-04T18:30:00Z".into(),
        footer: "Printed from Convene".into(),
        lang,
    }
}

/// The QR codes zbarimg finds on each page, rendered at a plain office scanner's 150 dpi.
fn decoded(pdf: &std::path::Path, dir: &std::path::Path) -> Vec<String> {
    let prefix = dir.join("page");
    let rendered = Command::new("pdftoppm")
        .args(["-r", "150", "-png"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils) is required");
    assert!(rendered.success());
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .expect("scratch dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|page| {
            let out = Command::new("zbarimg")
                .args(["-q", "--raw"])
                .arg(page)
                .output()
                .expect("zbarimg (zbar-tools) is required");
            String::from_utf8_lossy(&out.stdout).trim().to_owned()
        })
        .collect()
}

#[test]
fn each_copy_is_its_own_page_with_its_serial_and_a_code_that_reads_back() {
    let dir = scratch_dir("form-sheets");
    let file = dir.join("sheets.pdf");
    let copies = stamps("Sheet");
    let bytes = form_pdf(&sheet(false), &copies, Paper::Letter, &info(Lang::En)).expect("renders");
    let checked = write_and_check(&file, &bytes);
    assert_eq!(checked.pages, 3);
    assert_eq!(page_size(&checked.info), (612.0, 792.0));
    let text = flatten(&checked.text);
    for needle in [
        "Sheet M3-001",
        "Sheet M3-002",
        "Sheet M3-003",
        "Before today",
        "Now",
        "Medium",
    ] {
        assert!(text.contains(needle), "text lacks {needle:?}");
    }
    let codes: Vec<String> = copies.iter().map(|c| c.code.clone()).collect();
    assert_eq!(decoded(&file, &dir), codes);
    std::fs::remove_dir_all(&dir).expect("clean scratch dir");
}

#[test]
fn a_spanish_sheet_prints_its_own_words_with_accents_on_a4() {
    let dir = scratch_dir("form-sheets-es");
    let bytes =
        form_pdf(&sheet(true), &stamps("Hoja"), Paper::A4, &info(Lang::Es)).expect("renders");
    let checked = write_and_check(&dir.join("hojas.pdf"), &bytes);
    let (width, height) = page_size(&checked.info);
    assert_eq!((width.round(), height.round()), (595.0, 842.0), "A4");
    let text = flatten(&checked.text);
    for needle in [
        "Evaluación de la reunión",
        "Antes de hoy",
        "Ahora",
        "Hoja M3-002",
        "¿Qué fue lo más útil?",
        "Rellene",
    ] {
        assert!(text.contains(needle), "text lacks {needle:?}");
    }
    std::fs::remove_dir_all(&dir).expect("clean scratch dir");
}

#[test]
fn a_members_own_sheet_carries_their_code_and_name_and_explains_the_code() {
    let dir = scratch_dir("form-sheets-members");
    let mut form = sheet(false);
    form.items
        .push(SheetItem::PrintedCode("Your participant code".into()));
    let mut copies = stamps("Sheet");
    copies[1].participant = Some(ParticipantStamp {
        label: "Participant code".into(),
        code: "K7P4Q".into(),
        recipient: "For Ana López".into(),
    });
    let bytes = form_pdf(&form, &copies, Paper::Letter, &info(Lang::En)).expect("renders");
    let checked = write_and_check(&dir.join("members.pdf"), &bytes);
    assert_eq!(checked.pages, 3);
    let pages: Vec<String> = checked.text.split('\u{c}').map(flatten).collect();
    for needle in ["Participant code K7P4Q", "For Ana López", "Sheet M3-002"] {
        assert!(
            pages[1].contains(needle),
            "the member's sheet lacks {needle:?}"
        );
    }
    assert!(
        !pages[0].contains("K7P4Q") && !pages[2].contains("For "),
        "only its own sheet"
    );
    assert!(pages[0].contains("Your participant code is printed at the top left of this sheet."));
    std::fs::remove_dir_all(&dir).expect("clean scratch dir");
}
