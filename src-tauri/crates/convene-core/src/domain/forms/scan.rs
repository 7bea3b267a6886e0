//! A scanned or photographed page of a printed sheet, read into keyed entry as one
//! pass of it. The page's code names the sheet; its circles are read against the map
//! of the form version printed on it. What is read with confidence becomes answers;
//! a mark in doubt or anything written is left for a person. A sheet read whole is
//! saved in the pass, one with nothing on it is recorded as returned blank (unless
//! its first entry was saved: then its blanks are this pass's answers), and
//! anything else is kept as the pass's draft for keyed entry to finish from the paper.
//! A page that cannot be read says why and changes nothing; scanning a page again
//! after its pass was saved changes nothing either.

use std::collections::HashMap;

use base64::Engine;
use convene_i18n::{msg, Localizer, Message};
use convene_print::{form_map, page_frame, Half, Paper};
use convene_scan::{MarkState, PageReading, ScanError};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answers::{fields, AnswerValue, Field, FieldAnswer, MissingCode};
use super::entry::{self, MarkSheet, SaveAnswers};
use super::sheets::{PrintedCode, SheetStatus};
use super::{fetch_version, Form, FormItemKind};
use crate::print::forms::sheet_of;
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScanPage {
    pub meeting_id: String,
    /// The pass the scan stands as: 1, or 2 for the second entry of double entry.
    pub pass: u8,
    /// The page's image (PNG, JPEG or TIFF), base64-encoded.
    pub image_base64: String,
}

/// What became of a scanned page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ScanOutcome {
    /// Every answer read with confidence: the sheet is saved in this pass.
    Saved,
    /// Some answers need a person: what was read is this pass's draft, for keyed entry
    /// to finish from the paper.
    Drafted,
    /// Nothing marked or written: the sheet is recorded as returned blank.
    Blank,
    /// This pass of the sheet was saved before; nothing changed.
    AlreadySaved,
    /// The page could not be read; `problem` says why.
    NotRead,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScannedPage {
    pub outcome: ScanOutcome,
    /// The sheet's serial, once its code was read.
    pub serial: Option<String>,
    /// The questions a person finishes from the paper: a mark in doubt, writing to type.
    pub to_check: Vec<String>,
    pub problem: Option<String>,
}

/// The printed sheet a page's code names.
struct Named {
    serial: String,
    form: Form,
    saved: bool,
    /// The first entry is saved: the sheet was entered, so it cannot be marked blank.
    first_saved: bool,
    /// What this pass already holds (another page of the sheet, read before).
    draft: Vec<FieldAnswer>,
}

pub fn scan(core: &Core, request: ScanPage) -> CoreResult<ScannedPage> {
    entry::check_pass(request.pass)?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(request.image_base64.trim())
        .map_err(|_| CoreError::invalid("imageBase64", msg!("errors-scan-not-base64")))?;
    let l = Localizer::new(core.language());
    let not_read = |problem: Message| ScannedPage {
        outcome: ScanOutcome::NotRead,
        serial: None,
        to_check: Vec::new(),
        problem: Some(l.message(&problem)),
    };
    let page = match read_page(&bytes) {
        Ok(page) => page,
        Err(problem) => return Ok(not_read(problem_of(&problem))),
    };
    let Some(printed) = PrintedCode::parse(&page.code) else {
        return Ok(not_read(msg!("errors-scan-unknown-code")));
    };
    let named = core
        .store
        .read(|conn| named_sheet(conn, &request.meeting_id, &printed, request.pass))?;
    let named = match named {
        Ok(named) => named,
        Err(problem) => return Ok(not_read(problem)),
    };
    let answered = |outcome, to_check| ScannedPage {
        outcome,
        serial: Some(named.serial.clone()),
        to_check,
        problem: None,
    };
    if named.saved {
        return Ok(answered(ScanOutcome::AlreadySaved, Vec::new()));
    }
    let sheet_lang = Localizer::new(named.form.lang);
    let map = form_map(
        &sheet_of(&named.form, &sheet_lang),
        page.located.paper(),
        named.form.lang,
    )?;
    let reading = convene_scan::read_marks(&page.image, &page.located, &map);
    let read = answers_of(&named.form, &reading);
    let to_check: Vec<String> = read.to_check.iter().map(|m| l.message(m)).collect();
    let mut answers: HashMap<String, AnswerValue> = named
        .draft
        .iter()
        .map(|a| (a.field.clone(), a.value.clone()))
        .collect();
    answers.extend(read.answers);
    let whole = fields(&named.form.items)
        .iter()
        .all(|field| answers.contains_key(&field.id));
    let outcome = if !whole || !to_check.is_empty() {
        ScanOutcome::Drafted
    } else if answers.values().all(is_blank) && !named.first_saved {
        ScanOutcome::Blank
    } else {
        ScanOutcome::Saved
    };
    keep(core, &request, &named.serial, outcome, answers)?;
    Ok(answered(outcome, to_check))
}

/// The page found in the image, and its code.
struct Page {
    image: convene_scan::GrayImage,
    located: convene_scan::Located,
    code: String,
}

fn read_page(bytes: &[u8]) -> Result<Page, ScanError> {
    let image = convene_scan::decode_image(bytes)?;
    let frames = [page_frame(Paper::Letter), page_frame(Paper::A4)];
    let located = convene_scan::locate(&image, &frames)?;
    let code = convene_scan::read_code(&image, &located)?;
    Ok(Page {
        image,
        located,
        code,
    })
}

fn problem_of(problem: &ScanError) -> Message {
    match problem {
        ScanError::Undecodable(_) => msg!("errors-scan-not-an-image"),
        ScanError::TooLarge { width, height } => {
            msg!("errors-scan-too-large", width = *width, height = *height)
        }
        ScanError::TooSmall => msg!("errors-scan-too-small"),
        ScanError::NoCorners => msg!("errors-scan-no-corners"),
        ScanError::NoCode => msg!("errors-scan-no-code"),
    }
}

/// The meeting's printed sheet the code names, or why it is not one.
fn named_sheet(
    conn: &Connection,
    meeting_id: &str,
    code: &PrintedCode,
    pass: u8,
) -> CoreResult<Result<Named, Message>> {
    crate::domain::meeting::fetch(conn, meeting_id)?;
    let row: Option<(String, String, String, String)> = conn
        .query_row(
            "SELECT s.id, s.label, s.meeting_id, s.form_version_id FROM form_sheet s
             JOIN form_version v ON v.id = s.form_version_id
             WHERE v.form_id = ?1 AND v.number = ?2 AND s.number = ?3",
            (&code.form_id, code.version, code.number),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((sheet_id, serial, sheet_meeting, version_id)) = row else {
        return Ok(Err(msg!("errors-scan-unknown-code")));
    };
    if sheet_meeting != meeting_id {
        return Ok(Err(msg!("errors-scan-other-meeting", serial = serial)));
    }
    Ok(Ok(Named {
        saved: entry::is_saved(conn, &sheet_id, pass)?,
        first_saved: entry::is_saved(conn, &sheet_id, 1)?,
        draft: entry::stored_answers(conn, &sheet_id, pass)?,
        form: fetch_version(conn, &version_id)?,
        serial,
    }))
}

/// What the page's circles and writing say, field by field, and what needs a person.
struct Read {
    answers: HashMap<String, AnswerValue>,
    to_check: Vec<Message>,
}

fn answers_of(form: &Form, reading: &PageReading) -> Read {
    let mut read = Read {
        answers: HashMap::new(),
        to_check: Vec::new(),
    };
    for field in fields(&form.items) {
        let Some(item) = form.items.iter().position(|i| std::ptr::eq(i, field.item)) else {
            continue;
        };
        match field_answer(&field, item, reading) {
            Some(Ok(value)) => {
                read.answers.insert(field.id.clone(), value);
            }
            Some(Err(())) => read.to_check.push(field.name()),
            None => {}
        }
    }
    read
}

/// The field's answer from this page; a person's turn (`Err`) when a mark is in doubt
/// or something is written; none when the field is on another page.
fn field_answer(
    field: &Field,
    item: usize,
    reading: &PageReading,
) -> Option<Result<AnswerValue, ()>> {
    if is_written(field.item.kind) {
        let seen = reading.writing.iter().find(|w| w.item == item)?;
        return Some(if seen.written { Err(()) } else { Ok(blank()) });
    }
    let half = match field.half {
        Some("before") => Half::Before,
        Some("now") => Half::Now,
        _ => Half::Only,
    };
    let circles: Vec<_> = reading
        .marks
        .iter()
        .filter(|m| m.target.item == item && m.target.half == half)
        .collect();
    if circles.is_empty() {
        return None;
    }
    if circles.iter().any(|m| m.state == MarkState::Doubtful) {
        return Some(Err(()));
    }
    let filled: Vec<u8> = circles
        .iter()
        .filter(|m| m.state == MarkState::Filled)
        .filter_map(|m| u8::try_from(m.target.option + 1).ok())
        .collect();
    let several = field.item.kind == FormItemKind::MultipleChoice;
    Some(Ok(match (filled.as_slice(), several) {
        ([], _) => blank(),
        (_, true) => AnswerValue::Points { points: filled },
        ([point], false) => AnswerValue::Point { point: *point },
        (_, false) => AnswerValue::Missing {
            code: MissingCode::Multiple,
        },
    }))
}

fn is_written(kind: FormItemKind) -> bool {
    matches!(
        kind,
        FormItemKind::ShortText | FormItemKind::Comment | FormItemKind::ParticipantCode
    )
}

fn blank() -> AnswerValue {
    AnswerValue::Missing {
        code: MissingCode::Blank,
    }
}

fn is_blank(value: &AnswerValue) -> bool {
    *value == blank()
}

/// Saves, drafts or marks blank the sheet's pass as the outcome says.
fn keep(
    core: &Core,
    request: &ScanPage,
    serial: &str,
    outcome: ScanOutcome,
    answers: HashMap<String, AnswerValue>,
) -> CoreResult<()> {
    let save = SaveAnswers {
        meeting_id: request.meeting_id.clone(),
        serial: serial.to_owned(),
        pass: request.pass,
        answers: answers
            .into_iter()
            .map(|(field, value)| FieldAnswer { field, value })
            .collect(),
        reason: String::new(),
    };
    match outcome {
        ScanOutcome::Saved => entry::save(core, save).map(drop),
        ScanOutcome::Drafted => entry::draft(core, save).map(drop),
        ScanOutcome::Blank => {
            let mark = MarkSheet {
                meeting_id: request.meeting_id.clone(),
                serial: serial.to_owned(),
                status: SheetStatus::Blank,
            };
            entry::mark(core, mark).map(drop)
        }
        ScanOutcome::AlreadySaved | ScanOutcome::NotRead => Ok(()),
    }
}
