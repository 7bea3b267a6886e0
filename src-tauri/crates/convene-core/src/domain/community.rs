//! A Community of Practice: the group a facilitator convenes over a series of meetings.

use convene_i18n::msg;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ById, DeleteRequest, DeletionImpact};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{matches_query, optional, required, sort_by_name};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Community {
    pub id: String,
    /// e.g. "Site Coordinator CoP — Region 8".
    pub name: String,
    /// The shared domain the community learns about together.
    pub focus: String,
    pub description: String,
    /// e.g. "2026–2028 cohort".
    pub cohort: String,
    /// True for the example community a new database starts with.
    pub is_example: bool,
    pub member_count: u32,
    pub meeting_count: u32,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CommunityInput {
    pub name: String,
    #[serde(default)]
    #[ts(optional)]
    pub focus: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub description: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub cohort: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateCommunity {
    pub id: String,
    pub fields: CommunityInput,
}

#[derive(Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListCommunities {
    #[serde(default)]
    #[ts(optional)]
    pub query: Option<String>,
}

struct CleanCommunity {
    name: String,
    focus: String,
    description: String,
    cohort: String,
}

fn validate(input: &CommunityInput) -> CoreResult<CleanCommunity> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    Ok(CleanCommunity {
        name: required(
            "name",
            msg!("errors-label-community-name"),
            &input.name,
            200,
        )?,
        focus: optional(
            "focus",
            msg!("errors-label-focus"),
            &text(&input.focus),
            2_000,
        )?,
        description: optional(
            "description",
            msg!("errors-label-description"),
            &text(&input.description),
            10_000,
        )?,
        cohort: optional(
            "cohort",
            msg!("errors-label-cohort"),
            &text(&input.cohort),
            200,
        )?,
    })
}

const SELECT: &str = "SELECT c.id, c.name, c.focus, c.description, c.cohort, c.is_example,
        (SELECT COUNT(*) FROM member m WHERE m.community_id = c.id),
        (SELECT COUNT(*) FROM meeting g WHERE g.community_id = c.id),
        c.created_at, c.updated_at
    FROM community c";

fn from_row(row: &Row) -> rusqlite::Result<Community> {
    Ok(Community {
        id: row.get(0)?,
        name: row.get(1)?,
        focus: row.get(2)?,
        description: row.get(3)?,
        cohort: row.get(4)?,
        is_example: row.get(5)?,
        member_count: row.get(6)?,
        meeting_count: row.get(7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
    })
}

pub(crate) fn fetch(conn: &Connection, id: &str) -> CoreResult<Community> {
    conn.query_row(&format!("{SELECT} WHERE c.id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::not_found("community"))
}

pub(crate) fn insert(
    conn: &Connection,
    input: &CommunityInput,
    is_example: bool,
) -> CoreResult<String> {
    insert_as(conn, &new_id(), input, is_example)
}

/// Adds a community under an id it already has (one brought from another machine).
pub(crate) fn insert_as(
    conn: &Connection,
    id: &str,
    input: &CommunityInput,
    is_example: bool,
) -> CoreResult<String> {
    let clean = validate(input)?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO community (id, name, focus, description, cohort, is_example, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        (&id, &clean.name, &clean.focus, &clean.description, &clean.cohort, is_example, &now),
    )?;
    Ok(id.to_owned())
}

pub fn list(core: &Core, request: ListCommunities) -> CoreResult<Vec<Community>> {
    let query = request.query.unwrap_or_default();
    let all = core.store.read(|conn| {
        let mut statement = conn.prepare(&format!("{SELECT} ORDER BY c.id"))?;
        let rows = statement.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })?;
    let mut found: Vec<Community> = all
        .into_iter()
        .filter(|c| matches_query(&query, &[&c.name, &c.focus, &c.cohort, &c.description]))
        .collect();
    sort_by_name(&mut found, |c| &c.name);
    Ok(found)
}

pub fn get(core: &Core, request: ById) -> CoreResult<Community> {
    core.store.read(|conn| fetch(conn, &request.id))
}

pub fn create(core: &Core, input: CommunityInput) -> CoreResult<Community> {
    core.write_and_publish(|tx| {
        let community = fetch(tx, &insert(tx, &input, false)?)?;
        let event = ChangeEvent::created(Entity::Community, &community.id, &community.id);
        Ok(Change::new(community, event))
    })
}

pub fn update(core: &Core, request: UpdateCommunity) -> CoreResult<Community> {
    let clean = validate(&request.fields)?;
    core.write_and_publish(|tx| {
        let changed = tx.execute(
            "UPDATE community SET name = ?2, focus = ?3, description = ?4, cohort = ?5, updated_at = ?6
             WHERE id = ?1",
            (&request.id, &clean.name, &clean.focus, &clean.description, &clean.cohort, now_utc()),
        )?;
        if changed == 0 {
            return Err(CoreError::not_found("community"));
        }
        let community = fetch(tx, &request.id)?;
        let event = ChangeEvent::updated(Entity::Community, &community.id, &community.id);
        Ok(Change::new(community, event))
    })
}

fn impact_in(conn: &Connection, id: &str) -> CoreResult<DeletionImpact> {
    fetch(conn, id)?;
    Ok(conn.query_row(
        "SELECT
            (SELECT COUNT(*) FROM member WHERE community_id = ?1),
            (SELECT COUNT(*) FROM meeting WHERE community_id = ?1),
            (SELECT COUNT(DISTINCT a.meeting_id) FROM attendance a JOIN meeting g ON g.id = a.meeting_id
              WHERE g.community_id = ?1),
            (SELECT COUNT(*) FROM attendance a JOIN meeting g ON g.id = a.meeting_id
              WHERE g.community_id = ?1)",
        [id],
        |row| {
            Ok(DeletionImpact {
                members: row.get(0)?,
                meetings: row.get(1)?,
                meetings_with_attendance: row.get(2)?,
                attendance_records: row.get(3)?,
            })
        },
    )?)
}

pub fn impact(core: &Core, request: ById) -> CoreResult<DeletionImpact> {
    core.store.read(|conn| impact_in(conn, &request.id))
}

/// Deletes the community with its members, meetings and attendance (the schema cascades,
/// so nothing is left pointing at it).
pub fn delete(core: &Core, request: DeleteRequest) -> CoreResult<DeletionImpact> {
    core.write_and_publish(|tx| {
        let impact = impact_in(tx, &request.id)?;
        impact.check_confirmed(&request, "community")?;
        tx.execute("DELETE FROM community WHERE id = ?1", [&request.id])?;
        let event = ChangeEvent::deleted(Entity::Community, &request.id, &request.id);
        Ok(Change::new(impact, event))
    })
}
