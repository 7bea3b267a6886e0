//! Who came to a meeting: a check-in list of the community's members with a count.

use convene_i18n::msg;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{meeting, member};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::sort_by_name;
use crate::{time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AttendanceStatus {
    Present,
    Absent,
    Excused,
}

impl AttendanceStatus {
    fn as_sql(self) -> &'static str {
        match self {
            AttendanceStatus::Present => "present",
            AttendanceStatus::Absent => "absent",
            AttendanceStatus::Excused => "excused",
        }
    }

    pub(crate) fn from_sql(text: &str) -> Option<Self> {
        match text {
            "present" => Some(AttendanceStatus::Present),
            "absent" => Some(AttendanceStatus::Absent),
            "excused" => Some(AttendanceStatus::Excused),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRow {
    pub member_id: String,
    pub name: String,
    pub role: String,
    pub organization: String,
    pub site: String,
    /// None until the member is checked in or marked.
    pub status: Option<AttendanceStatus>,
    /// Minutes attended by a present member who came late or left early; none: all of it.
    pub minutes: Option<u32>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceCounts {
    pub present: u32,
    pub absent: u32,
    pub excused: u32,
    pub unmarked: u32,
    pub total: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceSheet {
    pub meeting_id: String,
    pub rows: Vec<AttendanceRow>,
    pub counts: AttendanceCounts,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetAttendance {
    pub meeting_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetAttendance {
    pub meeting_id: String,
    pub member_id: String,
    /// None clears the mark.
    pub status: Option<AttendanceStatus>,
}

/// Records that a present member attended only part of the meeting.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetMinutes {
    pub meeting_id: String,
    pub member_id: String,
    /// None: they attended all of it.
    pub minutes: Option<u32>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MarkUnmarked {
    pub meeting_id: String,
    pub status: AttendanceStatus,
}

pub(crate) fn sheet_in(conn: &Connection, meeting_id: &str) -> CoreResult<AttendanceSheet> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    let mut statement = conn.prepare(
        "SELECT m.id, m.name, m.role, m.organization, m.site, a.status, a.minutes
         FROM member m LEFT JOIN attendance a ON a.member_id = m.id AND a.meeting_id = ?1
         WHERE m.community_id = ?2
         ORDER BY m.id",
    )?;
    let mut rows = statement
        .query_map([meeting_id, &meeting.community_id], |row| {
            let status: Option<String> = row.get(5)?;
            Ok(AttendanceRow {
                member_id: row.get(0)?,
                name: row.get(1)?,
                role: row.get(2)?,
                organization: row.get(3)?,
                site: row.get(4)?,
                status: status.as_deref().and_then(AttendanceStatus::from_sql),
                minutes: row.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    sort_by_name(&mut rows, |r| &r.name);
    Ok(AttendanceSheet {
        meeting_id: meeting.id,
        counts: count(&rows),
        rows,
    })
}

fn count(rows: &[AttendanceRow]) -> AttendanceCounts {
    let mut counts = AttendanceCounts::default();
    for row in rows {
        counts.total += 1;
        match row.status {
            Some(AttendanceStatus::Present) => counts.present += 1,
            Some(AttendanceStatus::Absent) => counts.absent += 1,
            Some(AttendanceStatus::Excused) => counts.excused += 1,
            None => counts.unmarked += 1,
        }
    }
    counts
}

pub(crate) fn mark(
    conn: &Connection,
    meeting_id: &str,
    member_id: &str,
    status: Option<AttendanceStatus>,
) -> CoreResult<()> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    let member = member::fetch(conn, member_id)?;
    if member.community_id != meeting.community_id {
        return Err(CoreError::invalid(
            "memberId",
            msg!("errors-attendance-not-member", name = member.name),
        ));
    }
    match status {
        Some(status) => conn.execute(
            "INSERT INTO attendance (meeting_id, member_id, status, recorded_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = ?3, recorded_at = ?4,
                 minutes = CASE WHEN ?3 = 'present' THEN minutes END",
            (meeting_id, member_id, status.as_sql(), now_utc()),
        )?,
        None => conn.execute(
            "DELETE FROM attendance WHERE meeting_id = ?1 AND member_id = ?2",
            (meeting_id, member_id),
        )?,
    };
    Ok(())
}

/// Runs a write to a meeting's attendance, and returns and announces the sheet as saved.
fn change_sheet(
    core: &Core,
    meeting_id: &str,
    write: impl FnOnce(&Connection) -> CoreResult<()>,
) -> CoreResult<AttendanceSheet> {
    core.write_and_publish(|tx| {
        write(tx)?;
        let community_id = meeting::fetch(tx, meeting_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Attendance, meeting_id, &community_id);
        Ok(Change::new(sheet_in(tx, meeting_id)?, event))
    })
}

pub fn get(core: &Core, request: GetAttendance) -> CoreResult<AttendanceSheet> {
    core.store.read(|conn| sheet_in(conn, &request.meeting_id))
}

pub fn set(core: &Core, request: SetAttendance) -> CoreResult<AttendanceSheet> {
    change_sheet(core, &request.meeting_id, |tx| {
        mark(tx, &request.meeting_id, &request.member_id, request.status)
    })
}

/// Records the minutes a present member attended, checked against the meeting's length.
pub fn set_minutes(core: &Core, request: SetMinutes) -> CoreResult<AttendanceSheet> {
    change_sheet(core, &request.meeting_id, |tx| {
        let meeting = meeting::fetch(tx, &request.meeting_id)?;
        let member = member::fetch(tx, &request.member_id)?;
        if let Some(minutes) = request.minutes {
            if minutes > meeting.duration_minutes {
                return Err(CoreError::invalid(
                    "minutes",
                    msg!(
                        "errors-attendance-minutes-range",
                        minutes = minutes,
                        length = meeting.duration_minutes
                    ),
                ));
            }
        }
        let changed = tx.execute(
            "UPDATE attendance SET minutes = ?3, recorded_at = ?4
             WHERE meeting_id = ?1 AND member_id = ?2 AND status = 'present'",
            (&meeting.id, &member.id, request.minutes, now_utc()),
        )?;
        if changed == 0 {
            return Err(CoreError::invalid(
                "minutes",
                msg!("errors-attendance-minutes-not-present", name = member.name),
            ));
        }
        Ok(())
    })
}

/// Marks everyone not yet marked, e.g. "the rest were absent" at the end of check-in.
pub fn mark_unmarked(core: &Core, request: MarkUnmarked) -> CoreResult<AttendanceSheet> {
    change_sheet(core, &request.meeting_id, |tx| {
        let before = sheet_in(tx, &request.meeting_id)?;
        for row in before.rows.iter().filter(|r| r.status.is_none()) {
            mark(
                tx,
                &request.meeting_id,
                &row.member_id,
                Some(request.status),
            )?;
        }
        Ok(())
    })
}
