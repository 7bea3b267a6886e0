//! A whole community's evaluation as one file: the community, each meeting that has
//! forms (when and where it was) and that meeting's evaluation exactly as a meeting's
//! own file holds it. A network lead brings several facilitators' files together to
//! pool them; a facilitator keying on two laptops merges one community. The community
//! and its meetings keep their ids, so a community new here is added whole, and one
//! already here gains what it lacks; importing twice adds nothing the second time.

use convene_i18n::{msg, Localizer};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::export::file_of;
use super::file::{check_size, file_error, parse_value, unreadable, EvaluationFile};
use super::merge::merge;
use super::{EvaluationExport, EvaluationImport};
use crate::change::Change;
use crate::domain::community::{self, CommunityInput};
use crate::domain::meeting::{self, MeetingInput};
use crate::events::{ChangeEvent, Entity};
use crate::print::file_safe;
use crate::{Core, CoreError, CoreResult};

pub const COMMUNITY_FORMAT: &str = "convene-community-evaluation";
pub const COMMUNITY_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CommunityFile {
    format: String,
    version: u32,
    community: CommunityRecord,
    meetings: Vec<MeetingRecord>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CommunityRecord {
    id: String,
    name: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct MeetingRecord {
    id: String,
    title: String,
    series: String,
    date: String,
    start_time: String,
    end_time: String,
    location: String,
    /// The meeting's evaluation file, checked as one on import.
    evaluation: Value,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportCommunityEvaluation {
    pub community_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImportCommunityEvaluation {
    /// The file's text.
    pub json: String,
    /// Check and report without changing anything.
    #[serde(default)]
    #[ts(optional)]
    pub dry_run: Option<bool>,
}

/// What importing a community's file added (or would add, on a dry run).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommunityImport {
    pub community_id: String,
    pub community_name: String,
    /// The community was new here.
    pub community_added: bool,
    /// Titles of the meetings new here.
    pub meetings_added: Vec<String>,
    /// The meetings' evaluations, added together.
    pub evaluation: EvaluationImport,
}

fn meetings_with_forms(conn: &Connection, community_id: &str) -> CoreResult<Vec<String>> {
    let mut statement = conn.prepare(
        "SELECT m.id FROM meeting m WHERE m.community_id = ?1
           AND EXISTS (SELECT 1 FROM form f WHERE f.meeting_id = m.id)
         ORDER BY m.date, m.start_time, m.id",
    )?;
    let rows = statement.query_map([community_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn community_file(conn: &Connection, community_id: &str) -> CoreResult<CommunityFile> {
    let community = community::fetch(conn, community_id)?;
    let mut meetings = Vec::new();
    for id in meetings_with_forms(conn, community_id)? {
        let meeting = meeting::fetch(conn, &id)?;
        let evaluation = serde_json::to_value(file_of(conn, &meeting)?)
            .map_err(|e| CoreError::Corrupt(e.to_string()))?;
        meetings.push(MeetingRecord {
            id: meeting.id,
            title: meeting.title,
            series: meeting.series,
            date: meeting.date.to_string(),
            start_time: meeting.start_time.to_string(),
            end_time: meeting.end_time.to_string(),
            location: meeting.location,
            evaluation,
        });
    }
    Ok(CommunityFile {
        format: COMMUNITY_FORMAT.to_owned(),
        version: COMMUNITY_VERSION,
        community: CommunityRecord {
            id: community.id,
            name: community.name,
        },
        meetings,
    })
}

/// Every meeting's forms, sheets and entries of a community as one file.
pub fn export_community(
    core: &Core,
    request: ExportCommunityEvaluation,
) -> CoreResult<EvaluationExport> {
    let file = core
        .store
        .read(|conn| community_file(conn, &request.community_id))?;
    let json =
        serde_json::to_string_pretty(&file).map_err(|e| CoreError::Corrupt(e.to_string()))?;
    let (mut forms, mut sheets) = (0, 0);
    for meeting in &file.meetings {
        let count = |key: &str| meeting.evaluation[key].as_array().map_or(0, Vec::len);
        forms += count("forms");
        sheets += count("sheets");
    }
    let name = msg!(
        "forms-export-community-file",
        name = file_safe(&file.community.name)
    );
    Ok(EvaluationExport {
        file_name: Localizer::new(core.language()).message(&name),
        forms: u32::try_from(forms).unwrap_or(u32::MAX),
        sheets: u32::try_from(sheets).unwrap_or(u32::MAX),
        json,
    })
}

/// The file read and checked on its own: its envelope, then each meeting's
/// evaluation, a problem named with its meeting.
fn parse(bytes: &[u8]) -> CoreResult<(CommunityFile, Vec<EvaluationFile>)> {
    check_size(bytes)?;
    let raw: Value = serde_json::from_slice(bytes).map_err(unreadable)?;
    let found = raw.get("format").and_then(Value::as_str).unwrap_or("");
    if found != COMMUNITY_FORMAT {
        let expected = COMMUNITY_FORMAT;
        let wrong = msg!(
            "errors-evaluation-format",
            found = found,
            expected = expected
        );
        return Err(file_error(wrong));
    }
    let mut file: CommunityFile = serde_json::from_value(raw).map_err(unreadable)?;
    if file.version > COMMUNITY_VERSION {
        let (version, supported) = (file.version, COMMUNITY_VERSION);
        let newer = msg!(
            "errors-evaluation-newer",
            version = version,
            supported = supported
        );
        return Err(file_error(newer));
    }
    if file.community.id.trim().is_empty() || file.meetings.iter().any(|m| m.id.trim().is_empty()) {
        return Err(file_error(msg!("errors-evaluation-no-id")));
    }
    let mut evaluations = Vec::with_capacity(file.meetings.len());
    for meeting in &mut file.meetings {
        let checked = parse_value(meeting.evaluation.take()).map_err(|e| {
            let title = &meeting.title;
            let problem = e.message();
            let place = msg!("errors-evaluation-meeting", title = title);
            file_error(msg!(
                "errors-evaluation-problem",
                place = place,
                problem = problem
            ))
        })?;
        evaluations.push(checked);
    }
    Ok((file, evaluations))
}

/// The community here, added from the file when it is new; true when added.
fn community_here(tx: &Connection, record: &CommunityRecord) -> CoreResult<bool> {
    let here = tx
        .query_row(
            "SELECT 1 FROM community WHERE id = ?1",
            [&record.id],
            |_| Ok(()),
        )
        .optional()?;
    if here.is_some() {
        return Ok(false);
    }
    let input = CommunityInput {
        name: record.name.clone(),
        ..CommunityInput::default()
    };
    community::insert_as(tx, &record.id, &input, false)?;
    Ok(true)
}

/// The meeting here, added from the file when it is new; true when added. A meeting
/// here under another community is refused: the ids say they are one meeting.
fn meeting_here(tx: &Connection, community_id: &str, record: &MeetingRecord) -> CoreResult<bool> {
    let owner: Option<String> = tx
        .query_row(
            "SELECT community_id FROM meeting WHERE id = ?1",
            [&record.id],
            |r| r.get(0),
        )
        .optional()?;
    match owner {
        Some(owner) if owner == community_id => Ok(false),
        Some(_) => {
            let title = &record.title;
            Err(file_error(msg!(
                "errors-evaluation-meeting-elsewhere",
                title = title
            )))
        }
        None => {
            let input = MeetingInput {
                title: record.title.clone(),
                series: Some(record.series.clone()),
                date: record.date.clone(),
                start_time: record.start_time.clone(),
                end_time: record.end_time.clone(),
                location: Some(record.location.clone()),
                ..MeetingInput::default()
            };
            meeting::insert_as(tx, &record.id, community_id, &input)?;
            Ok(true)
        }
    }
}

fn add_up(total: &mut EvaluationImport, meeting: EvaluationImport) {
    total.forms_added.extend(meeting.forms_added);
    total.versions_added += meeting.versions_added;
    total.sheets_added += meeting.sheets_added;
    total.entries_added += meeting.entries_added;
    total.sheets_accounted += meeting.sheets_accounted;
    total.sheets_unchanged += meeting.sheets_unchanged;
}

fn merge_community(
    tx: &Connection,
    file: &CommunityFile,
    evaluations: &[EvaluationFile],
) -> CoreResult<CommunityImport> {
    let community_added = community_here(tx, &file.community)?;
    let community_id = &file.community.id;
    let mut report = CommunityImport {
        community_id: community_id.clone(),
        community_name: community::fetch(tx, community_id)?.name,
        community_added,
        meetings_added: Vec::new(),
        evaluation: EvaluationImport::default(),
    };
    for (record, evaluation) in file.meetings.iter().zip(evaluations) {
        if meeting_here(tx, community_id, record)? {
            report.meetings_added.push(record.title.clone());
        }
        add_up(&mut report.evaluation, merge(tx, &record.id, evaluation)?);
    }
    Ok(report)
}

/// Checks a community's file, then brings its community, meetings and evaluations in,
/// all or nothing; a dry run reports the same and writes nothing.
pub fn import_community(
    core: &Core,
    request: ImportCommunityEvaluation,
) -> CoreResult<CommunityImport> {
    let (file, evaluations) = parse(request.json.as_bytes())?;
    let dry_run = request.dry_run.unwrap_or(false);
    if dry_run {
        return core.store.rehearse(|tx| {
            let mut report = merge_community(tx, &file, &evaluations)?;
            report.evaluation.dry_run = true;
            Ok(report)
        });
    }
    core.write_and_publish(|tx| {
        let report = merge_community(tx, &file, &evaluations)?;
        let id = &report.community_id;
        let events = vec![
            ChangeEvent::updated(Entity::Community, id, id),
            ChangeEvent::updated(Entity::Form, "", id),
        ];
        Ok(Change {
            value: report,
            events,
        })
    })
}
