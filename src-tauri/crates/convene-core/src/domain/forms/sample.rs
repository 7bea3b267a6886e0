//! Double-entering a sample: instead of every sheet, a random share of the sheets
//! already entered is entered a second time; when the sample's disagreement passes a
//! threshold, the facilitator widens double entry to every sheet.

use convene_i18n::msg;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::meeting;
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::{Core, CoreError, CoreResult};

/// Above this share of fields disagreeing in a sample, every sheet should be entered twice.
pub const WIDEN_ABOVE: f64 = 0.02;

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DrawSample {
    pub meeting_id: String,
    /// The share of entered sheets to enter again, from 1 to 100.
    pub percent: u8,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingSample {
    pub meeting_id: String,
}

/// Which sheets the second pass covers.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SampleState {
    /// Sheets drawn for the second pass; 0 when every entered sheet is entered twice.
    pub sampled: u32,
    /// Sheets entered in the first pass.
    pub entered: u32,
    /// The disagreement above which the sample should be widened, as a share (0.02).
    pub widen_above: f64,
}

/// Whether the meeting's second pass covers a sample rather than every sheet.
pub(crate) fn is_sampled(conn: &Connection, meeting_id: &str) -> CoreResult<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM double_entry_sample WHERE meeting_id = ?1)",
        [meeting_id],
        |r| r.get(0),
    )?)
}

fn state_in(conn: &Connection, meeting_id: &str) -> CoreResult<SampleState> {
    let sampled = conn.query_row(
        "SELECT COUNT(*) FROM double_entry_sample WHERE meeting_id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?;
    let entered = conn.query_row(
        "SELECT COUNT(*) FROM form_sheet WHERE meeting_id = ?1 AND status = 'entered'",
        [meeting_id],
        |r| r.get(0),
    )?;
    Ok(SampleState {
        sampled,
        entered,
        widen_above: WIDEN_ABOVE,
    })
}

pub fn state(core: &Core, request: MeetingSample) -> CoreResult<SampleState> {
    core.store.read(|conn| {
        meeting::fetch(conn, &request.meeting_id)?;
        state_in(conn, &request.meeting_id)
    })
}

/// A random number below `bound`, from the operating system's randomness.
pub(super) fn below(bound: usize) -> CoreResult<usize> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| CoreError::Random(e.to_string()))?;
    Ok((u64::from_le_bytes(bytes) % bound as u64) as usize)
}

/// Draws `percent` of the entered sheets (at least one) for the second pass.
pub fn draw(core: &Core, request: DrawSample) -> CoreResult<SampleState> {
    if !(1..=100).contains(&request.percent) {
        let wrong = msg!("errors-entry-sample-percent", percent = request.percent);
        return Err(CoreError::invalid("percent", wrong));
    }
    core.write_and_publish(|tx| {
        meeting::fetch(tx, &request.meeting_id)?;
        let mut statement = tx.prepare(
            "SELECT id FROM form_sheet WHERE meeting_id = ?1 AND status = 'entered' ORDER BY number",
        )?;
        let mut sheets = statement
            .query_map([&request.meeting_id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if sheets.is_empty() {
            return Err(CoreError::invalid("meetingId", msg!("errors-entry-sample-none")));
        }
        let wanted = (sheets.len() * usize::from(request.percent)).div_ceil(100).max(1);
        tx.execute("DELETE FROM double_entry_sample WHERE meeting_id = ?1", [&request.meeting_id])?;
        for _ in 0..wanted {
            let sheet = sheets.swap_remove(below(sheets.len())?);
            tx.execute(
                "INSERT INTO double_entry_sample (sheet_id, meeting_id) VALUES (?1, ?2)",
                (&sheet, &request.meeting_id),
            )?;
        }
        let event = ChangeEvent::updated(Entity::Form, &request.meeting_id, "");
        Ok(Change::new(state_in(tx, &request.meeting_id)?, event))
    })
}

/// Widens the second pass from the sample to every entered sheet.
pub fn widen(core: &Core, request: MeetingSample) -> CoreResult<SampleState> {
    core.write_and_publish(|tx| {
        meeting::fetch(tx, &request.meeting_id)?;
        tx.execute(
            "DELETE FROM double_entry_sample WHERE meeting_id = ?1",
            [&request.meeting_id],
        )?;
        let event = ChangeEvent::updated(Entity::Form, &request.meeting_id, "");
        Ok(Change::new(state_in(tx, &request.meeting_id)?, event))
    })
}
