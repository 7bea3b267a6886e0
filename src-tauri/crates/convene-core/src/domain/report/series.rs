//! The series report: the same questions across a community's meetings, side by side,
//! the way the guide's five meetings are compared. A question is the same when its
//! item keys are (the shipped templates' questions carry one, and copies keep it) or,
//! without a key, when its words are (ignoring case, spacing and closing punctuation),
//! so a form copied from meeting to meeting lines up by itself.

use std::collections::HashMap;

use convene_i18n::Lang;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::figures::Share;
use super::items::Figures;
use super::report_in;
use crate::domain::community;
use crate::domain::forms::FormItemKind;
use crate::{Core, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeriesReportRequest {
    pub community_id: String,
}

/// A meeting's column: when it was, and how many sheets speak for it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeriesMeeting {
    pub meeting_id: String,
    pub title: String,
    pub date: crate::time::CalendarDate,
    pub present: u32,
    pub entered: u32,
}

/// One question's figure at one meeting.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeriesCell {
    /// Increased (a before/now rating), agreed or answered yes; none for other kinds.
    pub headline: Option<Share>,
    /// Whole percents per point, for a before/now rating.
    pub before: Option<Vec<u32>>,
    pub now: Option<Vec<u32>>,
}

/// One question across the meetings, a cell per meeting that asked it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeriesRow {
    pub text: String,
    pub kind: FormItemKind,
    /// The points' words of a before/now rating, lowest first.
    pub points: Vec<String>,
    pub cells: Vec<Option<SeriesCell>>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeriesReport {
    pub community: String,
    pub meetings: Vec<SeriesMeeting>,
    pub rows: Vec<SeriesRow>,
}

/// What makes two questions the same one: their key, or else their words.
pub(super) fn matching_key(key: &str, text: &str) -> String {
    if !key.trim().is_empty() {
        return format!("key {}", key.trim().to_lowercase());
    }
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    words
        .join(" ")
        .trim_end_matches(['.', '?', '!', ':'])
        .to_owned()
}

fn cell(figures: &Figures) -> Option<(SeriesCell, Vec<String>)> {
    match figures {
        Figures::Rating {
            points,
            before,
            now,
            change,
        } => Some((
            SeriesCell {
                headline: Some(change.increased.clone()),
                before: Some(before.percents.clone()),
                now: Some(now.percents.clone()),
            },
            points.clone(),
        )),
        Figures::Marked {
            positive: Some(share),
            ..
        } => Some((
            SeriesCell {
                headline: Some(share.clone()),
                before: None,
                now: None,
            },
            Vec::new(),
        )),
        _ => None,
    }
}

/// The community's meetings, earliest first.
pub(super) fn meeting_ids(conn: &Connection, community_id: &str) -> CoreResult<Vec<String>> {
    let mut statement = conn
        .prepare("SELECT id FROM meeting WHERE community_id = ?1 ORDER BY date, start_time, id")?;
    let rows = statement.query_map([community_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn series_in(
    conn: &Connection,
    community_id: &str,
    reader: Lang,
) -> CoreResult<SeriesReport> {
    let community = community::fetch(conn, community_id)?.name;
    let mut meetings = Vec::new();
    let mut rows: Vec<SeriesRow> = Vec::new();
    let mut row_of: HashMap<String, usize> = HashMap::new();
    for meeting_id in meeting_ids(conn, community_id)? {
        let report = report_in(conn, &meeting_id, reader)?;
        if report.returns.entered == 0 {
            continue;
        }
        let column = meetings.len();
        meetings.push(SeriesMeeting {
            meeting_id: report.meeting_id.clone(),
            title: report.title.clone(),
            date: report.date,
            present: report.present,
            entered: report.returns.entered,
        });
        for item in report.forms.iter().flat_map(|f| &f.items) {
            let Some((cell, points)) = cell(&item.figures) else {
                continue;
            };
            let key = matching_key(&item.key, &item.text);
            let index = *row_of.entry(key).or_insert_with(|| {
                rows.push(SeriesRow {
                    text: item.text.clone(),
                    kind: item.kind,
                    points,
                    cells: Vec::new(),
                });
                rows.len() - 1
            });
            let row = &mut rows[index];
            row.cells.resize(column + 1, None);
            row.cells[column] = Some(cell);
        }
    }
    for row in &mut rows {
        row.cells.resize(meetings.len(), None);
    }
    Ok(SeriesReport {
        community,
        meetings,
        rows,
    })
}

pub fn series_report(core: &Core, request: SeriesReportRequest) -> CoreResult<SeriesReport> {
    let reader = core.language();
    core.store
        .read(|conn| series_in(conn, &request.community_id, reader))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_match_by_key_or_else_whatever_their_case_spacing_and_closing_punctuation() {
        let words = |text| matching_key("", text);
        assert_eq!(
            words("I can apply  what I learned."),
            words("i can apply what I learned")
        );
        assert_ne!(words("I can apply it"), words("I can apply what I learned"));
        let knowledge = matching_key("knowledge", "My knowledge of CQI");
        assert_eq!(
            knowledge,
            matching_key(" Knowledge", "Mi conocimiento de CQI")
        );
    }
}
