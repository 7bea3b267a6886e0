//! Community agreements: how a group has agreed to work together (the guide's Play Safe,
//! Play Fair, Play Hard). A community's agreements are versioned sets, each remembering
//! the meeting that adopted it; the newest is in force and is what the projector shows.
//! At a meeting's close the group rates how it did on each agreement.

use convene_i18n::{msg, Lang};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{community, meeting};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{optional, required};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Agreement {
    /// e.g. "Play Safe".
    pub label: String,
    pub statements: Vec<String>,
    /// What it looks like in practice (may be empty).
    #[serde(default)]
    pub practice: String,
}

/// One version of a community's agreements.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgreementVersion {
    pub id: String,
    pub version: u32,
    pub adopted_meeting_id: Option<String>,
    /// e.g. "Meeting 1: Welcome to the cohort" (empty when not adopted in a meeting).
    pub adopted_meeting_title: String,
    pub adopted_meeting_date: String,
    pub created_at: String,
    pub items: Vec<Agreement>,
}

/// A community's agreements: the versions, newest (the one in force) first.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgreementHistory {
    pub community_id: String,
    pub versions: Vec<AgreementVersion>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetAgreements {
    pub community_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdoptAgreements {
    pub community_id: String,
    /// The meeting where the group agreed on this version, if it was in one.
    #[serde(default)]
    #[ts(optional)]
    pub meeting_id: Option<String>,
    pub items: Vec<Agreement>,
}

/// A shipped starting point for a community's agreements.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgreementTemplate {
    pub key: String,
    pub name: String,
    pub description: String,
    pub items: Vec<Agreement>,
}

#[derive(Deserialize)]
struct TemplateFile {
    templates: Vec<AgreementTemplate>,
}

fn parse_statements(text: &str) -> Vec<String> {
    text.lines()
        .map(str::to_owned)
        .filter(|l| !l.trim().is_empty())
        .collect()
}

fn items_of_set(conn: &Connection, set_id: &str) -> CoreResult<Vec<(String, Agreement)>> {
    let mut statement = conn.prepare(
        "SELECT id, label, statements, practice FROM agreement_item WHERE set_id = ?1 ORDER BY position",
    )?;
    let rows = statement.query_map([set_id], |row| {
        let statements: String = row.get(2)?;
        Ok((
            row.get::<_, String>(0)?,
            Agreement {
                label: row.get(1)?,
                statements: parse_statements(&statements),
                practice: row.get(3)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn current_set_id(conn: &Connection, community_id: &str) -> CoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT id FROM agreement_set WHERE community_id = ?1 ORDER BY version DESC LIMIT 1",
            [community_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// The agreements in force for a community (empty when it has none).
pub(crate) fn current(conn: &Connection, community_id: &str) -> CoreResult<Vec<Agreement>> {
    match current_set_id(conn, community_id)? {
        Some(set_id) => Ok(items_of_set(conn, &set_id)?
            .into_iter()
            .map(|(_, a)| a)
            .collect()),
        None => Ok(vec![]),
    }
}

/// Records a new version of a community's agreements.
pub(crate) fn adopt(
    conn: &Connection,
    community_id: &str,
    meeting_id: Option<&str>,
    agreements: &[Agreement],
) -> CoreResult<()> {
    let version: u32 = conn.query_row(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM agreement_set WHERE community_id = ?1",
        [community_id],
        |r| r.get(0),
    )?;
    let set_id = new_id();
    conn.execute(
        "INSERT INTO agreement_set (id, community_id, version, adopted_meeting_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        (&set_id, community_id, version, meeting_id, now_utc()),
    )?;
    for (position, agreement) in agreements.iter().enumerate() {
        conn.execute(
            "INSERT INTO agreement_item (id, set_id, position, label, statements, practice)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (
                new_id(),
                &set_id,
                position as u32,
                &agreement.label,
                agreement.statements.join("\n"),
                &agreement.practice,
            ),
        )?;
    }
    Ok(())
}

pub(crate) fn history_in(conn: &Connection, community_id: &str) -> CoreResult<AgreementHistory> {
    community::fetch(conn, community_id)?;
    let mut statement = conn.prepare(
        "SELECT s.id, s.version, s.adopted_meeting_id, COALESCE(m.title, ''), COALESCE(m.date, ''),
                s.created_at
         FROM agreement_set s LEFT JOIN meeting m ON m.id = s.adopted_meeting_id
         WHERE s.community_id = ?1 ORDER BY s.version DESC",
    )?;
    let rows = statement.query_map([community_id], |row| {
        Ok(AgreementVersion {
            id: row.get(0)?,
            version: row.get(1)?,
            adopted_meeting_id: row.get(2)?,
            adopted_meeting_title: row.get(3)?,
            adopted_meeting_date: row.get(4)?,
            created_at: row.get(5)?,
            items: vec![],
        })
    })?;
    let mut versions = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    for version in &mut versions {
        version.items = items_of_set(conn, &version.id)?
            .into_iter()
            .map(|(_, a)| a)
            .collect();
    }
    Ok(AgreementHistory {
        community_id: community_id.to_owned(),
        versions,
    })
}

pub fn history(core: &Core, request: GetAgreements) -> CoreResult<AgreementHistory> {
    core.store
        .read(|conn| history_in(conn, &request.community_id))
}

fn clean(items: &[Agreement]) -> CoreResult<Vec<Agreement>> {
    if items.is_empty() {
        return Err(CoreError::invalid("items", msg!("errors-agreements-empty")));
    }
    if items.len() > 12 {
        return Err(CoreError::invalid(
            "items",
            msg!("errors-agreements-too-many", count = items.len()),
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(index, item)| clean_item(index, item))
        .collect()
}

/// One agreement checked; a problem names its exact field, e.g. `items.1.label`.
fn clean_item(index: usize, item: &Agreement) -> CoreResult<Agreement> {
    let n = index + 1;
    let at = |field: &'static str| move |e: CoreError| e.at(format!("items.{index}.{field}"));
    let statements = item
        .statements
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            let label = msg!("errors-label-agreement-statement", n = n);
            required("items", label, s.trim(), 500)
        })
        .collect::<CoreResult<Vec<_>>>()
        .map_err(at("statements"))?;
    Ok(Agreement {
        label: required(
            "items",
            msg!("errors-label-agreement-label", n = n),
            &item.label,
            80,
        )
        .map_err(at("label"))?,
        statements,
        practice: optional(
            "items",
            msg!("errors-label-agreement-practice", n = n),
            &item.practice,
            2_000,
        )
        .map_err(at("practice"))?,
    })
}

/// Saves a new version of a community's agreements.
pub fn adopt_version(core: &Core, request: AdoptAgreements) -> CoreResult<AgreementHistory> {
    let items = clean(&request.items)?;
    core.write_and_publish(|tx| {
        community::fetch(tx, &request.community_id)?;
        if let Some(meeting_id) = &request.meeting_id {
            if meeting::fetch(tx, meeting_id)?.community_id != request.community_id {
                return Err(CoreError::invalid(
                    "meetingId",
                    msg!("errors-agreements-other-community"),
                ));
            }
        }
        adopt(
            tx,
            &request.community_id,
            request.meeting_id.as_deref(),
            &items,
        )?;
        let community_id = &request.community_id;
        let event = ChangeEvent::updated(Entity::Agreements, community_id, community_id);
        Ok(Change::new(history_in(tx, community_id)?, event))
    })
}

/// The shipped agreement sets a community can start from, in the facilitator's language.
pub fn templates(core: &Core, _: super::NoArgs) -> CoreResult<Vec<AgreementTemplate>> {
    shipped_templates(core.language())
}

fn shipped_templates(lang: Lang) -> CoreResult<Vec<AgreementTemplate>> {
    let json = match lang {
        Lang::En => convene_assets::AGREEMENT_TEMPLATES_EN,
        Lang::Es => convene_assets::AGREEMENT_TEMPLATES_ES,
    };
    serde_json::from_str::<TemplateFile>(json)
        .map(|file| file.templates)
        .map_err(|e| CoreError::Corrupt(format!("the shipped agreement templates ({e})")))
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetCheckin {
    pub meeting_id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CheckinScore {
    pub item_id: String,
    /// 1 (we struggled) to 5 (we lived it); none when not rated.
    pub score: Option<u8>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckinItem {
    pub item_id: String,
    pub label: String,
    pub score: Option<u8>,
}

/// How the group did on each agreement at one meeting.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgreementCheckin {
    pub meeting_id: String,
    /// The agreements version rated (none when the community has no agreements).
    pub version: Option<u32>,
    pub items: Vec<CheckinItem>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetCheckin {
    pub meeting_id: String,
    pub scores: Vec<CheckinScore>,
}

/// The set rated at a meeting: the one it already has scores for, else the one in force.
fn checkin_set(conn: &Connection, meeting: &meeting::Meeting) -> CoreResult<Option<String>> {
    let rated: Option<String> = conn
        .query_row(
            "SELECT i.set_id FROM agreement_checkin c JOIN agreement_item i ON i.id = c.item_id
             WHERE c.meeting_id = ?1 LIMIT 1",
            [&meeting.id],
            |r| r.get(0),
        )
        .optional()?;
    match rated {
        Some(set_id) => Ok(Some(set_id)),
        None => current_set_id(conn, &meeting.community_id),
    }
}

fn checkin_in(conn: &Connection, meeting_id: &str) -> CoreResult<AgreementCheckin> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    let Some(set_id) = checkin_set(conn, &meeting)? else {
        return Ok(AgreementCheckin {
            meeting_id: meeting.id,
            version: None,
            items: vec![],
        });
    };
    let version: u32 = conn.query_row(
        "SELECT version FROM agreement_set WHERE id = ?1",
        [&set_id],
        |r| r.get(0),
    )?;
    let mut items = Vec::new();
    for (item_id, agreement) in items_of_set(conn, &set_id)? {
        let score: Option<u8> = conn
            .query_row(
                "SELECT score FROM agreement_checkin WHERE meeting_id = ?1 AND item_id = ?2",
                (&meeting.id, &item_id),
                |r| r.get(0),
            )
            .optional()?;
        items.push(CheckinItem {
            item_id,
            label: agreement.label,
            score,
        });
    }
    Ok(AgreementCheckin {
        meeting_id: meeting.id,
        version: Some(version),
        items,
    })
}

pub fn checkin(core: &Core, request: GetCheckin) -> CoreResult<AgreementCheckin> {
    core.store
        .read(|conn| checkin_in(conn, &request.meeting_id))
}

fn write_score(
    conn: &Connection,
    meeting_id: &str,
    known: &[CheckinItem],
    score: &CheckinScore,
) -> CoreResult<()> {
    let Some(item) = known.iter().find(|i| i.item_id == score.item_id) else {
        return Err(CoreError::invalid(
            "scores",
            msg!("errors-agreements-rated-unknown"),
        ));
    };
    if let Some(value) = score.score.filter(|v| !(1..=5).contains(v)) {
        return Err(CoreError::invalid(
            "scores",
            msg!(
                "errors-agreements-rating",
                agreement = &item.label,
                value = value
            ),
        ));
    }
    conn.execute(
        "DELETE FROM agreement_checkin WHERE meeting_id = ?1 AND item_id = ?2",
        (meeting_id, &score.item_id),
    )?;
    if let Some(value) = score.score {
        conn.execute(
            "INSERT INTO agreement_checkin (meeting_id, item_id, score) VALUES (?1, ?2, ?3)",
            (meeting_id, &score.item_id, value),
        )?;
    }
    Ok(())
}

/// Records the group's ratings; all are checked before any is saved.
pub fn set_checkin(core: &Core, request: SetCheckin) -> CoreResult<AgreementCheckin> {
    core.write_and_publish(|tx| {
        let known = checkin_in(tx, &request.meeting_id)?.items;
        for score in &request.scores {
            write_score(tx, &request.meeting_id, &known, score)?;
        }
        let community_id = meeting::fetch(tx, &request.meeting_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Agreements, &request.meeting_id, &community_id);
        Ok(Change::new(checkin_in(tx, &request.meeting_id)?, event))
    })
}
