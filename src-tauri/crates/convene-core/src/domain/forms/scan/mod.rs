//! Scanned or photographed pages of printed sheets, read into keyed entry as one pass
//! of it. A file may hold many pages (a scanner's PDF or TIFF); each is read on its
//! own and accounted for, so one bad page never stops the stack. A page's code names
//! the sheet; its circles are read against the map of the form version printed on it.
//! What is read with confidence becomes answers; a mark in doubt or anything written
//! is left for a person, beside its snippet of the page (`review`). A sheet read whole
//! is saved in the pass, one with nothing on it is recorded as returned blank (unless
//! its first entry was saved: then its blanks are this pass's answers), and anything
//! else is kept as the pass's draft until a person accepts it. A page that cannot be
//! read says why and changes nothing but the account; a page read before, or a sheet
//! whose pass was saved, changes nothing either.

mod account;
mod problem;
mod read;
mod record;
mod review;

use std::collections::HashMap;

use base64::Engine;
use convene_i18n::{msg, Localizer, Message};
pub use convene_scan::MAX_FILE_BYTES;
use convene_scan::{GrayImage, ScanError, Stack};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use account::{account, ScanAccount, ScanRecord, ScansRequest};
pub(crate) use review::snippet_of;
pub use review::{review, ReviewItem, ReviewSheet};

use super::answers::{fields, AnswerValue, FieldAnswer};
use super::entry::{self, SaveAnswers};
use super::sheets::{PrintedCode, SheetStatus};
use crate::change::Change;
use crate::events::{AppEvent, ChangeEvent, Entity};
use crate::{Core, CoreError, CoreResult};
use problem::Problem;
use read::Reading;
use record::{Named, PageRow};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScanFile {
    pub meeting_id: String,
    /// The pass the scan stands as: 1, or 2 for the second entry of double entry.
    pub pass: u8,
    /// The file's name, to list its pages by.
    pub file_name: String,
    /// The file (PDF, TIFF, PNG or JPEG), base64-encoded.
    pub file_base64: String,
}

/// What became of a scanned page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ScanOutcome {
    /// Every answer read with confidence: the sheet is saved in this pass.
    Saved,
    /// Some answers need a person (or another page of the sheet is still to come):
    /// what was read is kept until a person accepts the sheet.
    Drafted,
    /// Nothing marked or written: the sheet is recorded as returned blank.
    Blank,
    /// This pass of the sheet was saved before; nothing changed.
    AlreadySaved,
    /// This very page was read before; nothing changed.
    Repeated,
    /// The page could not be read; `problem` says why.
    NotRead,
}

impl ScanOutcome {
    fn as_str(self) -> &'static str {
        match self {
            ScanOutcome::Saved => "saved",
            ScanOutcome::Drafted => "drafted",
            ScanOutcome::Blank => "blank",
            ScanOutcome::AlreadySaved => "alreadySaved",
            ScanOutcome::Repeated => "repeated",
            ScanOutcome::NotRead => "notRead",
        }
    }

    fn parse(text: &str) -> CoreResult<ScanOutcome> {
        [
            ScanOutcome::Saved,
            ScanOutcome::Drafted,
            ScanOutcome::Blank,
            ScanOutcome::AlreadySaved,
            ScanOutcome::Repeated,
            ScanOutcome::NotRead,
        ]
        .into_iter()
        .find(|o| o.as_str() == text)
        .ok_or_else(|| CoreError::Corrupt(format!("a scanned page's outcome ({text})")))
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScannedPage {
    /// The page's place in its file, from 1.
    pub page: u32,
    pub outcome: ScanOutcome,
    /// The sheet's serial, once its code was read.
    pub serial: Option<String>,
    /// The questions a person checks or types: a mark in doubt, writing.
    pub to_check: Vec<String>,
    pub problem: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScannedFile {
    pub pages: Vec<ScannedPage>,
    /// Why the file as a whole could not be opened (then no page was read).
    pub problem: Option<String>,
}

/// How far the reading of a file has come; sent after each page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanProgress {
    pub meeting_id: String,
    pub file_name: String,
    pub done: u32,
    pub total: u32,
}

pub fn scan(core: &Core, request: ScanFile) -> CoreResult<ScannedFile> {
    entry::check_pass(request.pass)?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(request.file_base64.trim())
        .map_err(|_| CoreError::invalid("fileBase64", msg!("errors-scan-not-base64")))?;
    core.store
        .read(|conn| crate::domain::meeting::fetch(conn, &request.meeting_id).map(drop))?;
    let l = Localizer::new(core.language());
    let unopened = |problem: Message| ScannedFile {
        pages: Vec::new(),
        problem: Some(l.message(&problem)),
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Ok(unopened(too_large(bytes.len())));
    }
    let file_print = record::fingerprint(&bytes);
    let stack = match Stack::open(bytes) {
        Ok(stack) => stack,
        Err(error) => return Ok(unopened(Problem::from(&error).message())),
    };
    let total = u32::try_from(stack.len()).unwrap_or(u32::MAX);
    let mut pages = Vec::new();
    for (index, number) in (0..stack.len()).zip(1..) {
        let image = stack.page(index);
        let page = scan_page(core, &request, number, image, &file_print)?;
        pages.push(page.into_reply(&l));
        core.events.publish(AppEvent::ScanProgress(ScanProgress {
            meeting_id: request.meeting_id.clone(),
            file_name: request.file_name.clone(),
            done: number,
            total,
        }));
    }
    Ok(ScannedFile {
        pages,
        problem: None,
    })
}

fn too_large(bytes: usize) -> Message {
    let megabytes = |b: usize| (b / (1024 * 1024)) as u64;
    msg!(
        "errors-scan-file-too-large",
        megabytes = megabytes(bytes),
        limit = megabytes(MAX_FILE_BYTES)
    )
}

/// What reading one page came to, before it is put in the facilitator's words.
struct PageResult {
    page: u32,
    outcome: ScanOutcome,
    serial: Option<String>,
    to_check: Vec<Message>,
    problem: Option<Problem>,
}

impl PageResult {
    fn into_reply(self, l: &Localizer) -> ScannedPage {
        ScannedPage {
            page: self.page,
            outcome: self.outcome,
            serial: self.serial,
            to_check: self.to_check.iter().map(|m| l.message(m)).collect(),
            problem: self.problem.map(|p| l.message(&p.message())),
        }
    }
}

/// Reads one page and records it, with what it changed, in one write.
fn scan_page(
    core: &Core,
    request: &ScanFile,
    number: u32,
    image: Result<GrayImage, ScanError>,
    file_print: &str,
) -> CoreResult<PageResult> {
    let fingerprint = match &image {
        Ok(image) => record::fingerprint(image.as_raw()),
        Err(_) => format!("{file_print}:{number}"),
    };
    let row = PageRow {
        request,
        page: number,
        fingerprint: &fingerprint,
    };
    if let Some(serial) = core.store.read(|conn| record::read_before(conn, &row))? {
        return Ok(PageResult {
            page: number,
            outcome: ScanOutcome::Repeated,
            serial,
            to_check: Vec::new(),
            problem: None,
        });
    }
    let not_read = |problem: Problem| -> CoreResult<PageResult> {
        core.write_and_publish(|tx| {
            record::insert_page(tx, &row, ScanOutcome::NotRead, Some(&problem), None)?;
            Ok(Change::new((), scanned_event(request)))
        })?;
        Ok(PageResult {
            page: number,
            outcome: ScanOutcome::NotRead,
            serial: problem_serial(&problem),
            to_check: Vec::new(),
            problem: Some(problem),
        })
    };
    let image = match image {
        Ok(image) => image,
        Err(error) => return not_read(Problem::from(&error)),
    };
    let Identified {
        page,
        form_page,
        named,
    } = match identify(core, request, &image)? {
        Ok(identified) => identified,
        Err(problem) => return not_read(problem),
    };
    let reading = read::reading(&named, &image, &page, form_page)?;
    let answers = merged(&named, &reading);
    let outcome = outcome_of(&named, &reading, &answers);
    core.write_and_publish(|tx| {
        keep(tx, request, &named, outcome, answers)?;
        let found = Some((named.sheet_id.as_str(), reading.form_page));
        let page_id = record::insert_page(tx, &row, outcome, None, found)?;
        if outcome != ScanOutcome::AlreadySaved {
            record::insert_snippets(tx, &page_id, &reading.snippets)?;
        }
        let event = ChangeEvent::updated(Entity::Form, &named.sheet_id, "");
        Ok(Change::new((), event))
    })?;
    Ok(PageResult {
        page: number,
        outcome,
        serial: Some(named.serial),
        to_check: reading.to_check,
        problem: None,
    })
}

/// A page found in an image and the meeting's sheet its code names.
struct Identified {
    page: read::Page,
    /// Which page of the form the code says it is (from 0), when it says.
    form_page: Option<usize>,
    named: Named,
}

/// The page in the image and its sheet, or why the page is none of the meeting's.
fn identify(
    core: &Core,
    request: &ScanFile,
    image: &GrayImage,
) -> CoreResult<Result<Identified, Problem>> {
    let page = match read::locate(image) {
        Ok(page) => page,
        Err(error) => return Ok(Err(Problem::from(&error))),
    };
    let Some(printed) = PrintedCode::parse(&page.code) else {
        return Ok(Err(Problem::UnknownCode));
    };
    let form_page = printed
        .page
        .and_then(|p| usize::try_from(p).ok()?.checked_sub(1));
    let named = core
        .store
        .read(|conn| record::named_sheet(conn, request, &printed))?;
    Ok(named.map(|named| Identified {
        page,
        form_page,
        named,
    }))
}

fn problem_serial(problem: &Problem) -> Option<String> {
    match problem {
        Problem::OtherMeeting { serial } | Problem::OtherVersion { serial } => Some(serial.clone()),
        _ => None,
    }
}

/// A page that names no sheet of the meeting still changes its account of pages.
fn scanned_event(request: &ScanFile) -> AppEvent {
    ChangeEvent::updated(Entity::Form, &request.meeting_id, "")
}

/// What the page makes of its sheet, given what the pass already holds.
fn outcome_of(
    named: &Named,
    reading: &Reading,
    answers: &HashMap<String, AnswerValue>,
) -> ScanOutcome {
    if named.saved {
        return ScanOutcome::AlreadySaved;
    }
    let whole = fields(&named.form.items)
        .iter()
        .all(|field| answers.contains_key(&field.id));
    if !whole || !reading.to_check.is_empty() {
        ScanOutcome::Drafted
    } else if answers.values().all(read::is_blank) && !named.first_saved {
        ScanOutcome::Blank
    } else {
        ScanOutcome::Saved
    }
}

/// What the pass held before (another page of the sheet) with what this page says.
fn merged(named: &Named, reading: &Reading) -> HashMap<String, AnswerValue> {
    let mut answers: HashMap<String, AnswerValue> = named
        .draft
        .iter()
        .map(|a| (a.field.clone(), a.value.clone()))
        .collect();
    answers.extend(reading.answers.clone());
    answers
}

/// Saves, drafts or marks blank the sheet's pass, with its `answers`, as the outcome
/// says.
fn keep(
    tx: &rusqlite::Connection,
    request: &ScanFile,
    named: &Named,
    outcome: ScanOutcome,
    answers: HashMap<String, AnswerValue>,
) -> CoreResult<()> {
    let save = SaveAnswers {
        meeting_id: request.meeting_id.clone(),
        serial: named.serial.clone(),
        pass: request.pass,
        answers: answers
            .into_iter()
            .map(|(field, value)| FieldAnswer { field, value })
            .collect(),
        reason: String::new(),
    };
    match outcome {
        ScanOutcome::Saved => entry::save_in(tx, &save, "").map(drop),
        ScanOutcome::Drafted => entry::draft_in(tx, &save).map(drop),
        ScanOutcome::Blank => {
            let status = SheetStatus::Blank.as_str();
            entry::mark_in(tx, &request.meeting_id, &named.serial, status).map(drop)
        }
        ScanOutcome::AlreadySaved | ScanOutcome::Repeated | ScanOutcome::NotRead => Ok(()),
    }
}
