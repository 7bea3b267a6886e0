//! A member's goals and every version of each. Saving a goal that changed writes a new
//! version; saving one unchanged writes nothing, so the history holds real changes only.

use convene_i18n::{msg, Message};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{plan_in, Plan};
use crate::change::Change;
use crate::domain::member;
use crate::events::{ChangeEvent, Entity};
use crate::text::{optional, required};
use crate::time::CalendarDate;
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

/// The twelve Quality Standards for Expanded Learning in California.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum QualityStandard {
    SafeAndSupportive,
    ActiveAndEngaged,
    SkillBuilding,
    YouthVoice,
    HealthyChoices,
    DiversityAccessEquity,
    QualityStaff,
    ClearVision,
    CollaborativePartnerships,
    ContinuousImprovement,
    ProgramManagement,
    Sustainability,
}

impl QualityStandard {
    /// The standard's name, as published.
    pub fn label(self) -> Message {
        match self {
            QualityStandard::SafeAndSupportive => msg!("community-standard-safe"),
            QualityStandard::ActiveAndEngaged => msg!("community-standard-active"),
            QualityStandard::SkillBuilding => msg!("community-standard-skills"),
            QualityStandard::YouthVoice => msg!("community-standard-voice"),
            QualityStandard::HealthyChoices => msg!("community-standard-healthy"),
            QualityStandard::DiversityAccessEquity => msg!("community-standard-equity"),
            QualityStandard::QualityStaff => msg!("community-standard-staff"),
            QualityStandard::ClearVision => msg!("community-standard-vision"),
            QualityStandard::CollaborativePartnerships => msg!("community-standard-partnerships"),
            QualityStandard::ContinuousImprovement => msg!("community-standard-cqi"),
            QualityStandard::ProgramManagement => msg!("community-standard-management"),
            QualityStandard::Sustainability => msg!("community-standard-sustainability"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum GoalStatus {
    Active,
    Achieved,
    Paused,
    Dropped,
}

impl GoalStatus {
    fn as_sql(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Achieved => "achieved",
            GoalStatus::Paused => "paused",
            GoalStatus::Dropped => "dropped",
        }
    }

    pub fn label(self) -> Message {
        match self {
            GoalStatus::Active => msg!("community-goal-status-active"),
            GoalStatus::Achieved => msg!("community-goal-status-achieved"),
            GoalStatus::Paused => msg!("community-goal-status-paused"),
            GoalStatus::Dropped => msg!("community-goal-status-dropped"),
        }
    }

    fn from_sql(text: &str) -> GoalStatus {
        match text {
            "achieved" => GoalStatus::Achieved,
            "paused" => GoalStatus::Paused,
            "dropped" => GoalStatus::Dropped,
            _ => GoalStatus::Active,
        }
    }
}

/// One step towards a goal, with the date it should be done by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GoalStep {
    pub text: String,
    #[serde(default)]
    #[ts(optional)]
    pub by: Option<CalendarDate>,
    #[serde(default)]
    pub done: bool,
}

/// What a goal says, as typed and as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GoalFields {
    pub goal: String,
    /// Why it matters for the member's site.
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    #[ts(optional)]
    pub standard: Option<QualityStandard>,
    #[serde(default)]
    pub steps: Vec<GoalStep>,
    #[serde(default)]
    pub support: String,
    #[serde(default)]
    pub evidence: String,
    pub status: GoalStatus,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GoalVersion {
    pub id: String,
    pub fields: GoalFields,
    pub saved_at: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    pub id: String,
    pub current: GoalVersion,
    /// What the goal said before, newest first.
    pub earlier: Vec<GoalVersion>,
    pub created_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaveGoal {
    pub member_id: String,
    /// The goal to change; none adds a new goal.
    #[serde(default)]
    #[ts(optional)]
    pub goal_id: Option<String>,
    pub fields: GoalFields,
}

/// The most steps one goal holds: a plan with more is a list of goals.
const MAX_STEPS: usize = 20;

fn checked(fields: &GoalFields) -> CoreResult<GoalFields> {
    let text = |field, label, value: &str, max| optional(field, label, value, max);
    let steps: Vec<GoalStep> = fields
        .steps
        .iter()
        .filter(|s| !s.text.trim().is_empty() || s.by.is_some())
        .map(|s| {
            let text = required("steps", msg!("errors-label-goal-step"), &s.text, 300)?;
            Ok(GoalStep { text, ..s.clone() })
        })
        .collect::<CoreResult<_>>()?;
    if steps.len() > MAX_STEPS {
        return Err(CoreError::invalid(
            "steps",
            msg!("errors-goal-steps", count = steps.len(), max = MAX_STEPS),
        ));
    }
    Ok(GoalFields {
        goal: required("goal", msg!("errors-label-goal"), &fields.goal, 500)?,
        why: text("why", msg!("errors-label-goal-why"), &fields.why, 2000)?,
        standard: fields.standard,
        steps,
        support: text(
            "support",
            msg!("errors-label-goal-support"),
            &fields.support,
            2000,
        )?,
        evidence: text(
            "evidence",
            msg!("errors-label-goal-evidence"),
            &fields.evidence,
            2000,
        )?,
        status: fields.status,
    })
}

fn versions_of(conn: &Connection, goal_id: &str) -> CoreResult<Vec<GoalVersion>> {
    let mut statement = conn.prepare(
        "SELECT id, goal, why, standard, steps, support, evidence, status, saved_at
         FROM goal_version WHERE goal_id = ?1 ORDER BY saved_at DESC, rowid DESC",
    )?;
    let rows = statement.query_map([goal_id], |row| {
        let standard: Option<String> = row.get(3)?;
        let steps: String = row.get(4)?;
        let status: String = row.get(7)?;
        Ok(GoalVersion {
            id: row.get(0)?,
            fields: GoalFields {
                goal: row.get(1)?,
                why: row.get(2)?,
                standard: standard.and_then(|s| serde_json::from_value(s.into()).ok()),
                steps: serde_json::from_str(&steps).unwrap_or_default(),
                support: row.get(5)?,
                evidence: row.get(6)?,
                status: GoalStatus::from_sql(&status),
            },
            saved_at: row.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn of_member(conn: &Connection, member_id: &str) -> CoreResult<Vec<Goal>> {
    let mut statement = conn
        .prepare("SELECT id, created_at FROM goal WHERE member_id = ?1 ORDER BY created_at, id")?;
    let ids = statement
        .query_map([member_id], |row| {
            Ok((row.get::<_, String>(0)?, row.get(1)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
    let mut goals = Vec::with_capacity(ids.len());
    for (id, created_at) in ids {
        let mut versions = versions_of(conn, &id)?.into_iter();
        if let Some(current) = versions.next() {
            goals.push(Goal {
                id,
                current,
                earlier: versions.collect(),
                created_at,
            });
        }
    }
    Ok(goals)
}

fn insert_version(conn: &Connection, goal_id: &str, fields: &GoalFields) -> CoreResult<()> {
    let standard = fields
        .standard
        .and_then(|s| serde_json::to_value(s).ok())
        .and_then(|v| v.as_str().map(str::to_owned));
    let steps = serde_json::to_string(&fields.steps)
        .map_err(|e| CoreError::Corrupt(format!("a goal's steps could not be stored: {e}")))?;
    conn.execute(
        "INSERT INTO goal_version (id, goal_id, goal, why, standard, steps, support, evidence,
                                   status, saved_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        rusqlite::params![
            new_id(),
            goal_id,
            fields.goal,
            fields.why,
            standard,
            steps,
            fields.support,
            fields.evidence,
            fields.status.as_sql(),
            now_utc()
        ],
    )?;
    Ok(())
}

/// The goal's id once it belongs to the member, refusing another member's goal.
fn goal_of(conn: &Connection, member_id: &str, goal_id: &str) -> CoreResult<String> {
    conn.query_row(
        "SELECT id FROM goal WHERE id = ?1 AND member_id = ?2",
        [goal_id, member_id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or_else(|| CoreError::not_found("goal"))
}

/// Adds a goal, or a new version of one when what it says changed.
pub fn save_goal(core: &Core, request: SaveGoal) -> CoreResult<Plan> {
    let fields = checked(&request.fields)?;
    core.write_and_publish(|tx| {
        let member = member::fetch(tx, &request.member_id)?;
        let goal_id = match &request.goal_id {
            Some(id) => goal_of(tx, &member.id, id)?,
            None => {
                let id = new_id();
                tx.execute(
                    "INSERT INTO goal (id, member_id, created_at) VALUES (?1, ?2, ?3)",
                    (&id, &member.id, now_utc()),
                )?;
                id
            }
        };
        let unchanged = versions_of(tx, &goal_id)?
            .first()
            .is_some_and(|current| current.fields == fields);
        if !unchanged {
            insert_version(tx, &goal_id, &fields)?;
        }
        let event = ChangeEvent::updated(Entity::Plan, &member.id, &member.community_id);
        Ok(Change::new(plan_in(tx, &member.id)?, event))
    })
}
