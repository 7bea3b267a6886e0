//! Checks a rendered PDF with the tools a reader's system would use: qpdf for
//! structure, poppler's pdfinfo and pdftotext for what a viewer actually
//! reports and extracts. The tools are required, never skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What poppler reports about one rendered file.
pub struct Checked {
    pub text: String,
    pub info: String,
    pub pages: usize,
}

/// A fresh directory for one test's files, unique to this process and `name`.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("convene-print-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Writes `bytes` to `file`, requires qpdf to find no damage, and reads back
/// pdfinfo's report and pdftotext's text. Embedded fonts must be subset, so
/// no page may cost more than 100 KB.
pub fn write_and_check(file: &Path, bytes: &[u8]) -> Checked {
    std::fs::write(file, bytes).expect("write pdf");
    let (ok, report) = run_tool("qpdf", &["--check"], file);
    assert!(ok, "qpdf --check failed for {}:\n{report}", file.display());
    let (ok, info) = run_tool("pdfinfo", &["-isodates"], file);
    assert!(ok, "pdfinfo failed for {}", file.display());
    let (ok, text) = run_tool("pdftotext", &[], file);
    assert!(ok, "pdftotext failed for {}", file.display());

    let pages: usize = info_field(&info, "Pages").parse().expect("page count");
    assert!(
        bytes.len() / pages.max(1) < 100_000,
        "{} is {} bytes for {pages} pages",
        file.display(),
        bytes.len()
    );
    Checked { text, info, pages }
}

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

/// One `Name: value` line of pdfinfo's report.
pub fn info_field<'a>(info: &'a str, name: &str) -> &'a str {
    info.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("pdfinfo shows no {name}:\n{info}"))
        .trim()
}

/// Width and height of the first page in points, as pdfinfo reports them.
pub fn page_size(info: &str) -> (f32, f32) {
    let size = info_field(info, "Page size");
    let numbers: Vec<f32> = size
        .split_whitespace()
        .filter_map(|word| word.parse().ok())
        .collect();
    match numbers[..] {
        [width, height, ..] => (width, height),
        _ => panic!("unreadable page size {size:?}"),
    }
}

/// Collapses all whitespace so text wrapped over lines can be searched.
pub fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
