//! A member's transcript: every meeting they attended, the hours each earned them,
//! their CEUs and their certificates, as the member or their employer asks for it.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ceu_tenths, earned};
use crate::domain::attendance::AttendanceStatus;
use crate::domain::certificates::{self, Certificate};
use crate::domain::{community, member};
use crate::time::CalendarDate;
use crate::{Core, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranscriptLine {
    pub meeting_id: String,
    pub date: CalendarDate,
    pub title: String,
    /// The series the meeting belongs to; empty when none.
    pub series_title: String,
    pub contact_minutes: u32,
    pub earned_minutes: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Transcript {
    pub member: member::Member,
    pub community_name: String,
    /// Meetings attended, oldest first.
    pub lines: Vec<TranscriptLine>,
    pub minutes: u32,
    pub ceu_tenths: u32,
    /// Every certificate issued to the member, replaced ones included.
    pub certificates: Vec<Certificate>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetTranscript {
    pub member_id: String,
}

fn attended(conn: &Connection, member_id: &str) -> CoreResult<Vec<TranscriptLine>> {
    let mut statement = conn.prepare(
        "SELECT g.id, a.status, a.minutes, COALESCE(s.title, '')
         FROM attendance a JOIN meeting g ON g.id = a.meeting_id
         LEFT JOIN series s ON s.id = g.series_id
         WHERE a.member_id = ?1 AND a.status = 'present'",
    )?;
    let rows = statement
        .query_map([member_id], |row| {
            let status: String = row.get(1)?;
            Ok((
                row.get::<_, String>(0)?,
                AttendanceStatus::from_sql(&status),
                row.get::<_, Option<u32>>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut lines = Vec::with_capacity(rows.len());
    for (meeting_id, status, minutes, series_title) in rows {
        let meeting = crate::domain::meeting::fetch(conn, &meeting_id)?;
        let contact = meeting.contact.minutes;
        lines.push(TranscriptLine {
            meeting_id,
            date: meeting.date,
            title: meeting.title,
            series_title,
            contact_minutes: contact,
            earned_minutes: earned(contact, status, minutes).unwrap_or(0),
        });
    }
    lines.sort_by(|a, b| (a.date, &a.title).cmp(&(b.date, &b.title)));
    Ok(lines)
}

pub(crate) fn transcript_in(conn: &Connection, member_id: &str) -> CoreResult<Transcript> {
    let member = member::fetch(conn, member_id)?;
    let community = community::fetch(conn, &member.community_id)?;
    let lines = attended(conn, member_id)?;
    let minutes = lines.iter().map(|l| l.earned_minutes).sum();
    Ok(Transcript {
        certificates: certificates::of_member(conn, member_id)?,
        member,
        community_name: community.name,
        lines,
        minutes,
        ceu_tenths: ceu_tenths(minutes),
    })
}

pub fn get(core: &Core, request: GetTranscript) -> CoreResult<Transcript> {
    core.store
        .read(|conn| transcript_in(conn, &request.member_id))
}
