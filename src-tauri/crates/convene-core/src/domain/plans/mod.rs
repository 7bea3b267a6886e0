//! Individual development plans: each member's goals for their site (why, the Quality
//! Standard served, dated steps, support needed, evidence, status) and check-ins
//! between meetings. A goal is never overwritten: each change is a new version, so the
//! plan shows what a goal was at every point of the series.

pub mod checkins;
mod goals;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::member::{self, Member};
use crate::{Core, CoreResult};
pub use checkins::{AddCheckin, CheckIn, CheckInInput};
pub use goals::{Goal, GoalFields, GoalStatus, GoalStep, GoalVersion, QualityStandard, SaveGoal};

/// A member's plan as their page shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub member: Member,
    /// Oldest first, as they were set.
    pub goals: Vec<Goal>,
    /// Newest first.
    pub checkins: Vec<CheckIn>,
    /// Meetings of the community the member was present at, and those where attendance
    /// was taken at all.
    pub meetings_attended: u32,
    pub meetings_held: u32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPlan {
    pub member_id: String,
}

fn attendance_of(conn: &Connection, member: &Member) -> CoreResult<(u32, u32)> {
    Ok(conn.query_row(
        "SELECT
            (SELECT COUNT(*) FROM attendance WHERE member_id = ?1 AND status = 'present'),
            (SELECT COUNT(DISTINCT a.meeting_id) FROM attendance a
               JOIN meeting g ON g.id = a.meeting_id WHERE g.community_id = ?2)",
        [&member.id, &member.community_id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}

pub(crate) fn plan_in(conn: &Connection, member_id: &str) -> CoreResult<Plan> {
    let member = member::fetch(conn, member_id)?;
    let (meetings_attended, meetings_held) = attendance_of(conn, &member)?;
    Ok(Plan {
        goals: goals::of_member(conn, member_id)?,
        checkins: checkins::of_member(conn, member_id)?,
        member,
        meetings_attended,
        meetings_held,
    })
}

pub fn get(core: &Core, request: GetPlan) -> CoreResult<Plan> {
    core.store.read(|conn| plan_in(conn, &request.member_id))
}

pub use checkins::{add_checkin, delete_checkin};
pub(crate) use goals::of_member as goals_of;
pub use goals::save_goal;
