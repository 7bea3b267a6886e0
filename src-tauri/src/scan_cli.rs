//! `convene scan`: scanned files (PDF, TIFF, PNG, JPEG; many pages to a file or one)
//! read into a meeting's entry as one pass of it, a line per page (saved, blank, kept
//! for a person to check, read before, or not read and why) and a summary. A page
//! that cannot be read does not stop the others.

use std::path::Path;

use base64::Engine;
use convene_core::domain::forms::scan::{
    scan as scan_file, ScanFile, ScanOutcome, ScannedPage, MAX_FILE_BYTES,
};
use convene_core::Core;
use convene_i18n::msg;

use crate::cli::ScanArgs;
use crate::lookup;
use crate::words::{told, words};

#[derive(Default)]
struct Tally {
    pages: u32,
    saved: u32,
    blank: u32,
    drafted: u32,
    questions: usize,
    unread: u32,
}

pub fn scan(core: &Core, args: ScanArgs) -> Result<(), String> {
    let meeting_id = lookup::find_meeting(core, &args.meeting)?;
    let mut tally = Tally::default();
    for file in &args.files {
        let shown = file.display().to_string();
        let read = match bytes_of(file) {
            Ok(bytes) => {
                let request = ScanFile {
                    meeting_id: meeting_id.clone(),
                    pass: args.pass,
                    file_name: shown.clone(),
                    file_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
                };
                let scanned = scan_file(core, request).map_err(told)?;
                scanned.problem.map_or(Ok(scanned.pages), Err)
            }
            Err(problem) => Err(problem),
        };
        let pages = match read {
            Ok(pages) => pages,
            Err(problem) => {
                tally.pages += 1;
                tally.unread += 1;
                let line = msg!("shell-scan-not-read", file = shown, problem = problem);
                println!("{}", words().message(&line));
                continue;
            }
        };
        let many = pages.len() > 1;
        for page in &pages {
            let name = if many {
                words().message(&msg!(
                    "shell-scan-page",
                    file = shown.clone(),
                    page = page.page
                ))
            } else {
                shown.clone()
            };
            tally.pages += 1;
            count(&mut tally, page);
            println!("{}", said(&name, page));
        }
    }
    println!(
        "{}",
        words().message(&msg!(
            "shell-scan-summary",
            pages = tally.pages,
            saved = tally.saved,
            blank = tally.blank,
            drafted = tally.drafted,
            questions = tally.questions,
            unread = tally.unread
        ))
    );
    Ok(())
}

/// The file's bytes, or why they were not read: one too large to be a stack of
/// scanned pages is refused before it is read.
fn bytes_of(path: &Path) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_FILE_BYTES as u64 {
        let megabytes = |bytes: u64| bytes / 1_048_576;
        let limit = megabytes(MAX_FILE_BYTES as u64);
        let too_big = msg!("shell-scan-too-big", size = megabytes(size), limit = limit);
        return Err(words().message(&too_big));
    }
    std::fs::read(path).map_err(|e| e.to_string())
}
fn count(tally: &mut Tally, page: &ScannedPage) {
    match page.outcome {
        ScanOutcome::Saved => tally.saved += 1,
        ScanOutcome::Blank => tally.blank += 1,
        ScanOutcome::Drafted => {
            tally.drafted += 1;
            tally.questions += page.to_check.len();
        }
        ScanOutcome::AlreadySaved | ScanOutcome::Repeated => {}
        ScanOutcome::NotRead => tally.unread += 1,
    }
}

/// The page's line: its file, its sheet and what became of it.
fn said(file: &str, page: &ScannedPage) -> String {
    let serial = page.serial.clone().unwrap_or_default();
    let message = match page.outcome {
        ScanOutcome::Saved => msg!("shell-scan-saved", file = file, serial = serial),
        ScanOutcome::Blank => msg!("shell-scan-blank", file = file, serial = serial),
        ScanOutcome::Drafted => msg!(
            "shell-scan-drafted",
            file = file,
            serial = serial,
            questions = page.to_check.join(", ")
        ),
        ScanOutcome::AlreadySaved => msg!("shell-scan-already", file = file, serial = serial),
        ScanOutcome::Repeated => msg!("shell-scan-repeated", file = file),
        ScanOutcome::NotRead => msg!(
            "shell-scan-not-read",
            file = file,
            problem = page.problem.clone().unwrap_or_default()
        ),
    };
    words().message(&message)
}
