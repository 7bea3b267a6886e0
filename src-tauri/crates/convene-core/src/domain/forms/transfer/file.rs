//! The evaluation file's shape, and the checks a file must pass on its own before it
//! is compared with anything here: a readable envelope of a version this Convene
//! knows, forms whose versions are valid forms, and sheets whose answers fit the
//! version printed on them.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use convene_i18n::{msg, Lang, Message};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::super::answers::{fields, AnswerValue, FieldAnswer};
use super::super::model::{self, FormItem};
use super::super::sheets::SheetStatus;
use crate::{CoreError, CoreResult};

pub const EVALUATION_FORMAT: &str = "convene-evaluation";
pub const EVALUATION_VERSION: u32 = 1;
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct EvaluationFile {
    pub format: String,
    pub version: u32,
    /// Where the file came from, for a person reading it; an import goes into the
    /// meeting the facilitator chooses.
    pub meeting: MeetingNote,
    pub forms: Vec<FormRecord>,
    pub sheets: Vec<SheetRecord>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct MeetingNote {
    pub title: String,
    pub date: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct FormRecord {
    pub id: String,
    pub lang: Lang,
    pub created_at: DateTime<Utc>,
    pub versions: Vec<VersionRecord>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct VersionRecord {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub intro: String,
    pub items: Vec<FormItem>,
    pub created_at: DateTime<Utc>,
    pub printed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct SheetRecord {
    pub id: String,
    pub form_version_id: String,
    pub number: u32,
    pub label: String,
    pub status: SheetStatus,
    pub issued_at: DateTime<Utc>,
    /// Printed on a sheet made for one member.
    #[serde(default)]
    pub participant_code: Option<String>,
    /// Drawn for a double-entry sample.
    pub sampled: bool,
    pub passes: Vec<PassRecord>,
    pub changes: Vec<ChangeRecord>,
    pub resolutions: Vec<ResolutionRecord>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct PassRecord {
    pub pass: u8,
    /// None while the entry is a draft.
    pub saved_at: Option<DateTime<Utc>>,
    pub answers: Vec<FieldAnswer>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct ChangeRecord {
    pub id: String,
    pub pass: u8,
    pub field: String,
    pub old_value: Option<AnswerValue>,
    pub new_value: AnswerValue,
    pub reason: String,
    pub changed_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct ResolutionRecord {
    pub id: String,
    pub field: String,
    pub first_value: AnswerValue,
    pub second_value: AnswerValue,
    pub paper_value: AnswerValue,
    pub reason: String,
    pub resolved_at: DateTime<Utc>,
}

pub(super) fn file_error(message: Message) -> CoreError {
    CoreError::invalid("file", message)
}

/// The instant as stored: RFC 3339 UTC to the millisecond.
pub(super) fn stored(instant: &DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Refuses a file too big to be one Convene wrote.
pub(super) fn check_size(bytes: &[u8]) -> CoreResult<()> {
    if bytes.len() > MAX_FILE_BYTES {
        let size = format!("{:.1}", bytes.len() as f64 / 1_048_576.0);
        let max = MAX_FILE_BYTES / 1_048_576;
        return Err(file_error(msg!(
            "errors-evaluation-too-big",
            size = size,
            max = max
        )));
    }
    Ok(())
}

pub(super) fn unreadable(e: serde_json::Error) -> CoreError {
    file_error(msg!("errors-evaluation-unreadable", detail = e.to_string()))
}

/// Reads a file and checks it on its own, or names the first problem in it.
pub(super) fn parse(bytes: &[u8]) -> CoreResult<EvaluationFile> {
    check_size(bytes)?;
    parse_value(serde_json::from_slice(bytes).map_err(unreadable)?)
}

/// Checks a meeting's evaluation already read as JSON (a file, or a meeting of a
/// community's file).
pub(super) fn parse_value(raw: Value) -> CoreResult<EvaluationFile> {
    check_envelope(&raw)?;
    let mut file: EvaluationFile = serde_json::from_value(raw).map_err(unreadable)?;
    clean_forms(&mut file.forms)?;
    let versions: Vec<&VersionRecord> = file.forms.iter().flat_map(|f| &f.versions).collect();
    check_sheets(&file.sheets, &versions)?;
    Ok(file)
}

fn check_envelope(raw: &Value) -> CoreResult<()> {
    let found = raw.get("format").and_then(Value::as_str).unwrap_or("");
    if found != EVALUATION_FORMAT {
        let expected = EVALUATION_FORMAT;
        let wrong = msg!(
            "errors-evaluation-format",
            found = found,
            expected = expected
        );
        return Err(file_error(wrong));
    }
    let version = raw.get("version").and_then(Value::as_u64).unwrap_or(0);
    if version > u64::from(EVALUATION_VERSION) {
        let supported = EVALUATION_VERSION;
        let newer = msg!(
            "errors-evaluation-newer",
            version = version,
            supported = supported
        );
        return Err(file_error(newer));
    }
    Ok(())
}

/// Every version of every form is a valid form, kept as Convene would have saved it
/// (trimmed, every item with an id).
fn clean_forms(forms: &mut [FormRecord]) -> CoreResult<()> {
    for (index, form) in forms.iter_mut().enumerate() {
        if form.versions.is_empty() {
            return Err(file_error(msg!(
                "errors-evaluation-no-versions",
                n = index + 1
            )));
        }
        let mut numbers = HashSet::new();
        for version in &mut form.versions {
            let checked = if numbers.insert(version.number) {
                model::validate(&version.title, &version.intro, &version.items)
                    .map_err(|e| e.message())
            } else {
                Err(msg!("errors-evaluation-version-twice"))
            };
            match checked {
                Ok(clean) => {
                    (version.title, version.intro, version.items) =
                        (clean.title, clean.intro, clean.items);
                }
                Err(problem) => {
                    let (title, number) = (&version.title, version.number);
                    let named = msg!("errors-evaluation-form", title = title, version = number);
                    let wrong = msg!(
                        "errors-evaluation-problem",
                        place = named,
                        problem = problem
                    );
                    return Err(file_error(wrong));
                }
            }
        }
    }
    Ok(())
}

fn check_sheets(sheets: &[SheetRecord], versions: &[&VersionRecord]) -> CoreResult<()> {
    let mut numbers = HashSet::new();
    for sheet in sheets {
        let serial = &sheet.label;
        if !numbers.insert(sheet.number) || sheet.number == 0 || serial.trim().is_empty() {
            return Err(file_error(msg!(
                "errors-evaluation-sheet-twice",
                number = sheet.number
            )));
        }
        let Some(version) = versions.iter().find(|v| v.id == sheet.form_version_id) else {
            return Err(file_error(msg!(
                "errors-evaluation-sheet-version",
                serial = serial
            )));
        };
        let mut passes = HashSet::new();
        for pass in &sheet.passes {
            if !(1..=2).contains(&pass.pass) || !passes.insert(pass.pass) {
                let wrong = msg!("errors-evaluation-pass", serial = serial, pass = pass.pass);
                return Err(file_error(wrong));
            }
            check_answers(sheet, pass, &version.items)?;
        }
    }
    Ok(())
}

/// Each answer is for a field of the version printed on the sheet, and fits it.
fn check_answers(sheet: &SheetRecord, pass: &PassRecord, items: &[FormItem]) -> CoreResult<()> {
    let fields = fields(items);
    let mut seen = HashSet::new();
    for answer in &pass.answers {
        let field = fields.iter().find(|f| f.id == answer.field);
        let problem = match field {
            Some(_) if !seen.insert(&answer.field) => Some(msg!(
                "errors-evaluation-unknown-field",
                field = &answer.field
            )),
            Some(field) => field.refuse(&answer.value),
            None => Some(msg!(
                "errors-evaluation-unknown-field",
                field = &answer.field
            )),
        };
        if let Some(problem) = problem {
            let (serial, number) = (&sheet.label, pass.pass);
            let place = msg!("errors-evaluation-entry", serial = serial, pass = number);
            return Err(file_error(msg!(
                "errors-evaluation-problem",
                place = place,
                problem = problem
            )));
        }
    }
    Ok(())
}
