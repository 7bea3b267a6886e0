//! Check-ins between meetings: when, with whom (a growth coach, the facilitator),
//! what moved and what is next, perhaps about one goal. A check-in records something
//! that happened, so it cannot be dated in the future.

use convene_i18n::msg;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{plan_in, Plan};
use crate::change::Change;
use crate::domain::{member, ById};
use crate::events::{ChangeEvent, Entity};
use crate::text::optional;
use crate::time::CalendarDate;
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckIn {
    pub id: String,
    pub goal_id: Option<String>,
    pub date: CalendarDate,
    pub with_whom: String,
    pub moved: String,
    pub next: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CheckInInput {
    pub date: CalendarDate,
    #[serde(default)]
    pub with_whom: String,
    #[serde(default)]
    pub moved: String,
    #[serde(default)]
    pub next: String,
    #[serde(default)]
    #[ts(optional)]
    pub goal_id: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddCheckin {
    pub member_id: String,
    pub fields: CheckInInput,
}

pub(crate) fn of_member(conn: &Connection, member_id: &str) -> CoreResult<Vec<CheckIn>> {
    let mut statement = conn.prepare(
        "SELECT id, goal_id, date, with_whom, moved, next FROM checkin
         WHERE member_id = ?1 ORDER BY date DESC, created_at DESC",
    )?;
    let rows = statement.query_map([member_id], |row| {
        Ok(CheckIn {
            id: row.get(0)?,
            goal_id: row.get(1)?,
            date: row.get(2)?,
            with_whom: row.get(3)?,
            moved: row.get(4)?,
            next: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn add_checkin(core: &Core, request: AddCheckin) -> CoreResult<Plan> {
    let input = &request.fields;
    let today = core.today();
    if input.date > today {
        return Err(CoreError::invalid(
            "date",
            msg!("errors-checkin-future", date = input.date.to_string()),
        ));
    }
    let text = |field, label, value: &str| optional(field, label, value, 2000);
    let with_whom = optional(
        "withWhom",
        msg!("errors-label-checkin-with"),
        &input.with_whom,
        200,
    )?;
    let moved = text("moved", msg!("errors-label-checkin-moved"), &input.moved)?;
    let next = text("next", msg!("errors-label-checkin-next"), &input.next)?;
    if moved.is_empty() && next.is_empty() {
        return Err(CoreError::invalid("moved", msg!("errors-checkin-empty")));
    }
    core.write_and_publish(|tx| {
        let member = member::fetch(tx, &request.member_id)?;
        if let Some(goal) = &input.goal_id {
            let owned: u32 = tx.query_row(
                "SELECT COUNT(*) FROM goal WHERE id = ?1 AND member_id = ?2",
                [goal, &member.id],
                |r| r.get(0),
            )?;
            if owned == 0 {
                return Err(CoreError::not_found("goal"));
            }
        }
        tx.execute(
            "INSERT INTO checkin (id, member_id, goal_id, date, with_whom, moved, next, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                new_id(),
                member.id,
                input.goal_id,
                input.date,
                with_whom,
                moved,
                next,
                now_utc()
            ],
        )?;
        let event = ChangeEvent::updated(Entity::Plan, &member.id, &member.community_id);
        Ok(Change::new(plan_in(tx, &member.id)?, event))
    })
}

/// Removes a check-in typed by mistake.
pub fn delete_checkin(core: &Core, request: ById) -> CoreResult<Plan> {
    core.write_and_publish(|tx| {
        let member_id: String = tx
            .query_row(
                "SELECT member_id FROM checkin WHERE id = ?1",
                [&request.id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| CoreError::not_found("checkin"))?;
        tx.execute("DELETE FROM checkin WHERE id = ?1", [&request.id])?;
        let member = member::fetch(tx, &member_id)?;
        let event = ChangeEvent::updated(Entity::Plan, &member.id, &member.community_id);
        Ok(Change::new(plan_in(tx, &member.id)?, event))
    })
}
