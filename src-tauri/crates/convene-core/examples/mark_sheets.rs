//! Marks a PDF of printed sheets as participants would and writes each page as a
//! 150 dpi grey PNG, as a scanner would: the browser tests read these back through
//! the scan screen. Each mark is `PAGE:ACTION:LABEL[:NTH]` (pages from 1): `fill` the
//! circle beside the NTH (from 0) printed word LABEL, put a faint `dot` in it (a mark
//! a person must check), or `write` a word under the question ending in LABEL.
//!
//! Run with `cargo run -p convene-core --example mark_sheets -- SHEETS.pdf OUT_DIR
//! 1:fill:Yes 2:dot:High:1 2:write:try?`.

#[allow(dead_code)]
#[path = "../tests/marking/mod.rs"]
mod marking;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [pdf, out, marks @ ..] = args.as_slice() else {
        eprintln!("usage: mark_sheets SHEETS.pdf OUT_DIR [PAGE:ACTION:LABEL[:NTH]]...");
        return ExitCode::FAILURE;
    };
    match run(pdf, &PathBuf::from(out), marks) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("mark_sheets: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run(pdf: &str, out: &std::path::Path, marks: &[String]) -> Result<(), String> {
    let bytes = std::fs::read(pdf).map_err(|e| format!("{pdf}: {e}"))?;
    let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut scanned = marking::scan_pdf(&bytes, scratch.path());
    for mark in marks {
        let parts: Vec<&str> = mark.split(':').collect();
        let (page, action, label, nth) = match parts.as_slice() {
            [page, action, label] => (page, action, label, "0"),
            [page, action, label, nth] => (page, action, label, *nth),
            _ => return Err(format!("{mark}: expected PAGE:ACTION:LABEL[:NTH]")),
        };
        let page: usize = page
            .parse()
            .map_err(|_| format!("{mark}: no page number"))?;
        let nth: usize = nth
            .parse()
            .map_err(|_| format!("{mark}: NTH is not a number"))?;
        let index = page.checked_sub(1).filter(|i| *i < scanned.pages.len());
        let index = index.ok_or_else(|| format!("{mark}: the PDF has no page {page}"))?;
        match *action {
            "fill" => marking::fill_beside(&mut scanned, index, label, nth),
            "dot" => marking::dot_beside(&mut scanned, index, label, nth),
            "write" => marking::write_under(&mut scanned, index, label),
            other => return Err(format!("{mark}: unknown action {other}")),
        }
    }
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    for (index, page) in scanned.pages.iter().enumerate() {
        let file = out.join(format!("sheet-{:02}.png", index + 1));
        page.save(&file)
            .map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}
