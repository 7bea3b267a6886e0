//! Hours as spreadsheets: a community's attendance-and-hours table (one row per member,
//! one column per meeting) and a member's transcript, UTF-8 with a byte-order mark so
//! Excel reads accented names.

use convene_i18n::{msg, Localizer};
use rusqlite::{Connection, OptionalExtension};
use serde::Deserialize;
use ts_rs::TS;

use super::transcript::{transcript_in, GetTranscript};
use super::{ceu_tenths, earned};
use crate::domain::attendance::AttendanceStatus;
use crate::domain::report::tables::ReportFile;
use crate::domain::{community, meeting, member};
use crate::print::file_safe;
use crate::table::{self, Bom};
use crate::{Core, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HoursCsv {
    pub community_id: String,
}

/// Hours to two decimals ("4.50"), which every spreadsheet reads as a number.
pub fn hours(minutes: u32) -> String {
    format!("{:.2}", f64::from(minutes) / 60.0)
}

/// CEUs to one decimal ("1.2"), from tenths.
pub fn ceus(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The community's members down the side, its meetings across (hours earned at each,
/// empty where absent), then total hours, CEUs and current certificate numbers.
pub fn community_csv(core: &Core, request: HoursCsv) -> CoreResult<ReportFile> {
    let l = Localizer::new(core.language());
    core.store.read(|conn| {
        let community = community::fetch(conn, &request.community_id)?;
        let meetings = meeting::all_in(conn, &community.id)?;
        let mut header = vec![
            l.text("community-hours-csv-name"),
            l.text("community-hours-csv-organization"),
            l.text("community-hours-csv-site"),
        ];
        header.extend(meetings.iter().map(|g| format!("{} {}", g.date, g.title)));
        header.extend([
            l.text("community-hours-csv-total"),
            l.text("community-hours-csv-ceus"),
            l.text("community-hours-csv-certificates"),
        ]);
        let mut rows = Vec::new();
        for m in member::all_in(conn, &community.id)? {
            let mut row = vec![m.name.clone(), m.organization.clone(), m.site.clone()];
            let mut total = 0;
            for g in &meetings {
                let (status, minutes) = attendance_of(conn, &g.id, &m.id)?;
                let minutes = earned(g.contact.minutes, status, minutes);
                total += minutes.unwrap_or(0);
                row.push(minutes.map(hours).unwrap_or_default());
            }
            let numbers: Vec<String> = crate::domain::certificates::of_member(conn, &m.id)?
                .into_iter()
                .filter(|c| c.replaced_by.is_none())
                .map(|c| c.number)
                .collect();
            row.extend([hours(total), ceus(ceu_tenths(total)), numbers.join(" ")]);
            rows.push(row);
        }
        let csv = table::csv(&header, &rows, Bom::With)?;
        let name = file_safe(&community.name);
        let file_name = l.message(&msg!("community-hours-csv-file", name = name));
        Ok(ReportFile { file_name, csv })
    })
}

fn attendance_of(
    conn: &Connection,
    meeting_id: &str,
    member_id: &str,
) -> CoreResult<(Option<AttendanceStatus>, Option<u32>)> {
    let found: Option<(String, Option<u32>)> = conn
        .query_row(
            "SELECT status, minutes FROM attendance WHERE meeting_id = ?1 AND member_id = ?2",
            [meeting_id, member_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(found.map_or((None, None), |(status, minutes)| {
        (AttendanceStatus::from_sql(&status), minutes)
    }))
}

/// The member's transcript: one row per meeting attended, then the totals.
pub fn transcript_csv(core: &Core, request: GetTranscript) -> CoreResult<ReportFile> {
    let l = Localizer::new(core.language());
    core.store.read(|conn| {
        let transcript = transcript_in(conn, &request.member_id)?;
        let header = [
            "community-hours-csv-date",
            "community-hours-csv-meeting",
            "community-hours-csv-series",
            "community-hours-csv-contact",
            "community-hours-csv-earned",
        ]
        .map(|id| l.text(id));
        let mut rows: Vec<Vec<String>> = transcript
            .lines
            .iter()
            .map(|line| {
                vec![
                    line.date.to_string(),
                    line.title.clone(),
                    line.series_title.clone(),
                    hours(line.contact_minutes),
                    hours(line.earned_minutes),
                ]
            })
            .collect();
        let total = l.message(&msg!(
            "community-hours-csv-transcript-total",
            ceus = ceus(transcript.ceu_tenths)
        ));
        rows.push(vec![
            String::new(),
            total,
            String::new(),
            String::new(),
            hours(transcript.minutes),
        ]);
        let csv = table::csv(&header, &rows, Bom::With)?;
        let name = file_safe(&transcript.member.name);
        let file_name = l.message(&msg!("community-hours-transcript-file", name = name));
        Ok(ReportFile { file_name, csv })
    })
}
