//! `convene scan`: scanned pages read into a meeting's entry as one pass of it, a line
//! per page (saved, blank, kept for keyed entry to finish, or not read and why) and a
//! summary. A page that cannot be read does not stop the others.

use std::path::Path;

use base64::Engine;
use convene_core::domain::forms::scan::{scan as scan_page, ScanOutcome, ScanPage, ScannedPage};
use convene_core::Core;
use convene_i18n::msg;

use crate::cli::ScanArgs;
use crate::lookup;
use crate::words::{told, words};

/// No scanned page comes near this; a larger file is refused before it is read.
const MAX_FILE_BYTES: u64 = 50 * 1_048_576;

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
        let line = match image_of(file) {
            Ok(image) => {
                let request = ScanPage {
                    meeting_id: meeting_id.clone(),
                    pass: args.pass,
                    image_base64: base64::engine::general_purpose::STANDARD.encode(image),
                };
                let page = scan_page(core, request).map_err(told)?;
                count(&mut tally, &page);
                said(&shown, &page)
            }
            Err(problem) => {
                tally.unread += 1;
                words().message(&msg!(
                    "shell-scan-not-read",
                    file = shown,
                    problem = problem
                ))
            }
        };
        tally.pages += 1;
        println!("{line}");
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

/// The file's bytes, or why they were not read.
fn image_of(path: &Path) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_FILE_BYTES {
        let megabytes = size / 1_048_576;
        return Err(words().message(&msg!("shell-scan-too-big", size = megabytes)));
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
        ScanOutcome::AlreadySaved => {}
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
        ScanOutcome::NotRead => msg!(
            "shell-scan-not-read",
            file = file,
            problem = page.problem.clone().unwrap_or_default()
        ),
    };
    words().message(&message)
}
