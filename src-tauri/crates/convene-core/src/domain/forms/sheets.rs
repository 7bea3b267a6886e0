//! Numbered sheets. Printing copies of a form issues one serial per copy, unique within
//! the meeting ("M3-037": the meeting's place in its community, then the sheet), and
//! records it, so that every sheet handed out can later be accounted for. The version
//! printed is kept as it was: editing the form afterwards adds a version.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{meeting, Form};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

/// What became of a printed sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SheetStatus {
    /// Printed and handed out; nothing known about it yet.
    Issued,
    Entered,
    /// Came back with nothing marked.
    Blank,
    /// Came back unusable.
    Spoiled,
    NotReturned,
}

/// One printed sheet of a meeting.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Sheet {
    /// As printed, e.g. "M3-037".
    pub label: String,
    pub form_id: String,
    /// The form version printed on it.
    pub version: u32,
    pub status: SheetStatus,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListSheets {
    pub meeting_id: String,
}

/// Each status and how the `form_sheet.status` column spells it.
const STATUSES: [(SheetStatus, &str); 5] = [
    (SheetStatus::Issued, "issued"),
    (SheetStatus::Entered, "entered"),
    (SheetStatus::Blank, "blank"),
    (SheetStatus::Spoiled, "spoiled"),
    (SheetStatus::NotReturned, "not_returned"),
];

impl SheetStatus {
    pub(crate) fn as_str(self) -> &'static str {
        STATUSES
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("issued", |(_, text)| text)
    }
}

pub(crate) fn status_of(text: &str) -> CoreResult<SheetStatus> {
    STATUSES
        .iter()
        .find(|(_, spelled)| *spelled == text)
        .map(|(status, _)| *status)
        .ok_or_else(|| CoreError::Corrupt(format!("a sheet's status “{text}”")))
}

/// Every sheet printed for a meeting, in serial order.
pub fn list(core: &Core, request: ListSheets) -> CoreResult<Vec<Sheet>> {
    core.store.read(|conn| {
        meeting::fetch(conn, &request.meeting_id)?;
        let mut statement = conn.prepare(
            "SELECT s.label, v.form_id, v.number, s.status FROM form_sheet s
             JOIN form_version v ON v.id = s.form_version_id
             WHERE s.meeting_id = ?1 ORDER BY s.number",
        )?;
        let rows = statement.query_map([&request.meeting_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?))
        })?;
        rows.map(|row| {
            let (label, form_id, version, status) = row?;
            let status = status_of(&status)?;
            Ok(Sheet {
                label,
                form_id,
                version,
                status,
            })
        })
        .collect()
    })
}

/// The most copies one print run makes.
pub const MAX_COPIES: u32 = 500;

/// One copy to print: its serial as printed, what its code holds, and the participant
/// code of the member it is made for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedSheet {
    pub label: String,
    pub code: String,
    pub participant_code: Option<String>,
}

/// The id of the form's newest version and whether it has been printed.
pub(crate) fn newest_version(conn: &Connection, form_id: &str) -> CoreResult<(String, bool)> {
    conn.query_row(
        "SELECT id, printed_at IS NOT NULL FROM form_version
         WHERE form_id = ?1 ORDER BY number DESC LIMIT 1",
        [form_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| CoreError::not_found("form"))
}

/// How many sheets have been issued from any version of the form.
pub(crate) fn issued_count(conn: &Connection, form_id: &str) -> CoreResult<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM form_sheet s JOIN form_version v ON v.id = s.form_version_id
         WHERE v.form_id = ?1",
        [form_id],
        |r| r.get(0),
    )?)
}

/// The meeting's place among its community's meetings, by date: the "3" of "M3-037".
fn meeting_ordinal(conn: &Connection, meeting_id: &str) -> CoreResult<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM meeting o, meeting m
         WHERE m.id = ?1 AND o.community_id = m.community_id
           AND (o.date, o.start_time, o.id) <= (m.date, m.start_time, m.id)",
        [meeting_id],
        |r| r.get(0),
    )?)
}

/// Issues one serial per entry of `owners` (the participant code of the member a sheet
/// is made for, or none for a sheet anyone may take) for `form`'s newest version,
/// continuing the meeting's numbering, and marks that version printed.
pub(crate) fn issue(
    tx: &Connection,
    form: &Form,
    owners: Vec<Option<String>>,
) -> CoreResult<Vec<IssuedSheet>> {
    let (version_id, _) = newest_version(tx, &form.id)?;
    tx.execute(
        "UPDATE form_version SET printed_at = COALESCE(printed_at, ?2) WHERE id = ?1",
        (&version_id, now_utc()),
    )?;
    let last: u32 = tx.query_row(
        "SELECT COALESCE(MAX(number), 0) FROM form_sheet WHERE meeting_id = ?1",
        [&form.meeting_id],
        |r| r.get(0),
    )?;
    let prefix = format!("M{}", meeting_ordinal(tx, &form.meeting_id)?);
    let issued_at = now_utc();
    (last + 1..)
        .zip(owners)
        .map(|(number, participant_code)| {
            let label = format!("{prefix}-{number:03}");
            tx.execute(
                "INSERT INTO form_sheet
                 (id, meeting_id, form_version_id, number, label, issued_at, participant_code)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    new_id(),
                    &form.meeting_id,
                    &version_id,
                    number,
                    &label,
                    &issued_at,
                    &participant_code,
                ),
            )?;
            Ok(IssuedSheet {
                code: code(&form.id, form.version, number),
                label,
                participant_code,
            })
        })
        .collect()
}

/// What a sheet's QR code holds: `CNV1:<form id>:<version>:<sheet number>:<check>`.
pub fn code(form_id: &str, version: u32, number: u32) -> String {
    let body = format!("CNV1:{form_id}:{version}:{number}");
    let check = check_digit(&body);
    format!("{body}:{check}")
}

/// What a sheet's code holds: its form, the version printed and the sheet's number;
/// and, on a page after the first, the page's number (printed as `/2` after the code).
pub(crate) struct PrintedCode {
    pub(crate) form_id: String,
    pub(crate) version: u32,
    pub(crate) number: u32,
    pub(crate) page: Option<u32>,
}

impl PrintedCode {
    /// A code as `code` writes it (with a page's `/n`), read back; none when its check
    /// digit is wrong.
    pub(crate) fn parse(text: &str) -> Option<PrintedCode> {
        let (code, page) = match text.rsplit_once('/') {
            Some((code, page)) => (code, Some(page.parse().ok()?)),
            None => (text, None),
        };
        let (body, check) = code.rsplit_once(':')?;
        if check.parse::<u32>().ok()? != check_digit(body) {
            return None;
        }
        let mut parts = body.split(':');
        let (prefix, form_id) = (parts.next()?, parts.next()?);
        let (version, number) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
        (prefix == "CNV1" && parts.next().is_none()).then(|| PrintedCode {
            form_id: form_id.to_owned(),
            version,
            number,
            page,
        })
    }
}

/// A weighted sum of the bytes, modulo 10 (weights 3 and 1 in turn, as in EAN): one
/// wrong or swapped character in what a scanner read changes it.
pub fn check_digit(text: &str) -> u32 {
    let sum: u32 = text
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b) * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    (10 - sum % 10) % 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_carries_form_version_and_sheet_and_a_check_digit_that_catches_a_slip() {
        let id = "0193a5c4-7b1e-7c3d-9f00-1234567890ab";
        let printed = code(id, 2, 37);
        assert!(printed.starts_with(&format!("CNV1:{id}:2:37:")));
        let (body, check) = printed.rsplit_once(':').expect("a check digit");
        assert_eq!(check.parse::<u32>().ok(), Some(check_digit(body)));
        assert_ne!(check_digit(&format!("CNV1:{id}:2:38")), check_digit(body));
        assert_ne!(check_digit(&format!("CNV1:{id}:2:73")), check_digit(body));
    }

    #[test]
    fn a_printed_code_reads_back_and_a_slip_in_it_does_not() {
        let id = "0193a5c4-7b1e-7c3d-9f00-1234567890ab";
        let read = PrintedCode::parse(&code(id, 2, 37)).expect("reads back");
        assert_eq!(
            (read.form_id.as_str(), read.version, read.number),
            (id, 2, 37)
        );
        assert_eq!(read.page, None, "a first page carries no page number");
        let second = PrintedCode::parse(&format!("{}/2", code(id, 2, 37))).expect("reads back");
        assert_eq!((second.number, second.page), (37, Some(2)));
        let slipped = code(id, 2, 37).replacen(":37:", ":38:", 1);
        assert!(PrintedCode::parse(&slipped).is_none());
        assert!(PrintedCode::parse("a QR code of something else").is_none());
    }
}
