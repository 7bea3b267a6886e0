//! `convene library export|import`, the printouts of activities, agreements and
//! materials, and `convene scan` reading printed sheets back, as a facilitator runs
//! them from a terminal.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_convene");

fn convene(data: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("CONVENE_DATA_DIR")
        // The words these tests read are English whatever the machine's language.
        .env("LANGUAGE", "en")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn error_line(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "expected one line, got: {stderr}"
    );
    stderr
}

fn pdf_text(path: &Path) -> String {
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf is installed");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let output = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_library_exported_from_one_computer_imports_on_another_skipping_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    let file = dir.path().join("library.json");
    let exported = stdout(&convene(
        &first,
        &["library", "export", "--out", file.to_str().unwrap()],
    ));
    assert!(exported.starts_with("Saved 34 activities"), "{exported}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"format\": \"convene-activity-library\""));
    let preview = stdout(&convene(
        &second,
        &["library", "import", file.to_str().unwrap(), "--dry-run"],
    ));
    assert!(preview.starts_with("Would add 0 activities."), "{preview}");
    assert!(
        preview.contains("Skipped 34 already in the library"),
        "{preview}"
    );
}

#[test]
fn a_broken_library_file_is_named_in_one_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        r#"{"format":"convene-activity-library","version":1,"activities":[{"name":"Half"}]}"#,
    )
    .unwrap();
    let line = error_line(&convene(
        &data,
        &["library", "import", broken.to_str().unwrap()],
    ));
    assert!(
        line.contains("Activity 1 (“Half”) cannot be read"),
        "{line}"
    );
    let binary = dir.path().join("photo.json");
    std::fs::write(&binary, [0xff, 0xd8, 0xff, 0x00]).unwrap();
    let line = error_line(&convene(
        &data,
        &["library", "import", binary.to_str().unwrap()],
    ));
    assert!(line.contains("is not a text file"), "{line}");
    let missing = error_line(&convene(
        &data,
        &["library", "import", "/nonexistent/library.json"],
    ));
    assert!(
        missing.contains("Could not read /nonexistent/library.json"),
        "{missing}"
    );
}

#[test]
fn print_activity_writes_a_one_page_card_for_an_activity_named_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("card.pdf");
    let data = dir.path().join("data");
    stdout(&convene(
        &data,
        &[
            "print",
            "activity",
            "--activity",
            "Marshmallow Challenge",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let text = pdf_text(&out);
    assert!(text.contains("Marshmallow Challenge"), "{text}");
    assert!(
        text.contains("What?") && text.contains("Now what?"),
        "debrief missing: {text}"
    );
    let info = Command::new("pdfinfo").arg(&out).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(str::trim);
    assert_eq!(pages, Some("1"), "an activity card is one page: {info}");
    let unknown = error_line(&convene(
        &data,
        &[
            "print",
            "activity",
            "--activity",
            "Marshmallow",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    assert!(
        unknown.contains("No activity has the id or exact name “Marshmallow”"),
        "{unknown}"
    );
}

#[test]
fn print_agreements_makes_a_poster_and_a_table_tent() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let community = "Site Coordinator CoP — Example Region";
    for (layout, file) in [("poster", "poster.pdf"), ("tent", "tent.pdf")] {
        let out = dir.path().join(file);
        stdout(&convene(
            &data,
            &[
                "print",
                "agreements",
                "--community",
                community,
                "--layout",
                layout,
                "--out",
                out.to_str().unwrap(),
            ],
        ));
        let text = pdf_text(&out);
        assert!(
            text.contains("Play Safe") && text.contains("Play Hard"),
            "{layout}: {text}"
        );
    }
    let unknown = error_line(&convene(
        &data,
        &[
            "print",
            "agreements",
            "--community",
            "Nobody",
            "--out",
            "x.pdf",
        ],
    ));
    assert!(
        unknown.contains("No community has the id or exact name “Nobody”"),
        "{unknown}"
    );
}

#[test]
fn print_materials_lists_what_a_meetings_activities_need() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = dir.path().join("materials.pdf");
    stdout(&convene(
        &data,
        &[
            "print",
            "materials",
            "--meeting",
            "Creating the cohort: Quality Standards and CQI",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let text = pdf_text(&out);
    assert!(text.contains("Materials checklist"), "{text}");
}

#[test]
fn scan_reads_printed_pages_into_entry_and_says_why_for_a_file_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let sheets = dir.path().join("sheets.pdf");
    let meeting = "The future of CQI";
    let print = ["print", "form", "--meeting", meeting, "--copies", "2"];
    stdout(&convene(
        &data,
        &[&print[..], &["--out", sheets.to_str().unwrap()]].concat(),
    ));
    let scanned = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-png"])
        .arg(&sheets)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm (poppler-utils) is required");
    assert!(scanned.success());
    let not_an_image = dir.path().join("notes.png");
    std::fs::write(&not_an_image, "not an image").unwrap();
    let pages = ["page-1.png", "page-2.png"].map(|p| dir.path().join(p));
    let mut args = vec!["scan", "--meeting", meeting, "--pass", "2"];
    args.extend(pages.iter().map(|p| p.to_str().unwrap()));
    args.push(not_an_image.to_str().unwrap());
    args.push(pages[0].to_str().unwrap());
    // 200 MB of nothing (a sparse file): refused by its size, never read.
    let huge = dir.path().join("huge.pdf");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(200 * 1_048_576)
        .unwrap();
    args.push(huge.to_str().unwrap());
    let said = stdout(&convene(&data, &args));
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 6, "{said}");
    assert!(
        lines[0].ends_with("page-1.png: sheet M3-001 came back blank."),
        "{said}"
    );
    assert!(
        lines[1].ends_with("page-2.png: sheet M3-002 came back blank."),
        "{said}"
    );
    assert!(lines[2].ends_with("notes.png: not read. This file is not an image Convene can read; scan to PDF, PNG, JPEG or TIFF."), "{said}");
    assert!(
        lines[3].ends_with("page-1.png: this very page was read before; nothing changed."),
        "{said}"
    );
    assert!(lines[4].ends_with("huge.pdf: not read. The file is 200 MB, larger than Convene reads at once (100 MB); scan the stack in smaller parts."), "{said}");
    assert_eq!(
        lines[5],
        "Pages: 5; sheets saved: 0; blank: 2; to check in Convene: 0 (0 questions); not read: 2."
    );

    let unknown = error_line(&convene(&data, &["scan", "--meeting", "Nada", "x.png"]));
    assert!(unknown.contains("“Nada”"), "{unknown}");
}
