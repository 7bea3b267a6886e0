//! Growth coaches, mentors and accountability partners: the pairs (and a trio for an
//! odd number) a community works in for a period, suggested by readable rules and
//! changed at will, their check-ins between meetings, and which pairs have not checked
//! in since the last meeting.

pub mod suggest;

use std::collections::{BTreeMap, HashSet};

use convene_i18n::msg;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::plans::{GoalStatus, QualityStandard};
use super::{community, member, ById};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{optional, required};
use crate::time::CalendarDate;
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};
use suggest::{pair_key, Candidate, PairKind, Suggestion};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairPerson {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub site: String,
    pub email: String,
    pub phone: String,
    pub experience_years: Option<u32>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairCheckin {
    pub id: String,
    pub date: CalendarDate,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairGroup {
    pub number: u32,
    pub members: Vec<PairPerson>,
    /// Newest first.
    pub checkins: Vec<PairCheckin>,
    /// No check-in dated on or after the community's last meeting held.
    pub needs_checkin: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Pairing {
    pub id: String,
    pub community_id: String,
    pub kind: PairKind,
    /// The period, e.g. "Fall 2026".
    pub label: String,
    pub created_at: String,
    pub groups: Vec<PairGroup>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListPairings {
    pub community_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SuggestPairs {
    pub community_id: String,
    pub kind: PairKind,
    /// Pair people who were partners in an earlier period again.
    #[serde(default)]
    pub allow_repeats: bool,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SavePairing {
    pub community_id: String,
    pub kind: PairKind,
    pub label: String,
    /// Member ids, two or three per group.
    pub groups: Vec<Vec<String>>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddPairCheckin {
    pub pairing_id: String,
    pub group: u32,
    pub date: CalendarDate,
    pub note: String,
}

fn kind_sql(kind: PairKind) -> &'static str {
    match kind {
        PairKind::GrowthCoaches => "growthCoaches",
        PairKind::Mentoring => "mentoring",
        PairKind::AccountabilityPartners => "accountabilityPartners",
    }
}

fn kind_of(text: &str) -> PairKind {
    match text {
        "mentoring" => PairKind::Mentoring,
        "accountabilityPartners" => PairKind::AccountabilityPartners,
        _ => PairKind::GrowthCoaches,
    }
}

/// The date of the community's last meeting held (attendance taken) up to `today`.
fn last_meeting(
    conn: &Connection,
    community_id: &str,
    today: CalendarDate,
) -> CoreResult<Option<CalendarDate>> {
    Ok(conn
        .query_row(
            "SELECT MAX(g.date) FROM meeting g WHERE g.community_id = ?1 AND g.date <= ?2
               AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = g.id)",
            rusqlite::params![community_id, today],
            |r| r.get::<_, Option<CalendarDate>>(0),
        )
        .optional()?
        .flatten())
}

fn groups_of(
    conn: &Connection,
    pairing_id: &str,
    since: Option<CalendarDate>,
) -> CoreResult<Vec<PairGroup>> {
    let mut statement = conn.prepare(
        "SELECT p.grp, m.id FROM pair_member p JOIN member m ON m.id = p.member_id
         WHERE p.pairing_id = ?1 ORDER BY p.grp, m.name",
    )?;
    let rows = statement
        .query_map([pairing_id], |r| {
            Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut groups: BTreeMap<u32, Vec<PairPerson>> = BTreeMap::new();
    for (number, member_id) in rows {
        let m = member::fetch(conn, &member_id)?;
        groups.entry(number).or_default().push(PairPerson {
            id: m.id,
            name: m.name,
            organization: m.organization,
            site: m.site,
            email: m.email,
            phone: m.phone,
            experience_years: m.experience_years,
        });
    }
    let mut checkins = conn.prepare(
        "SELECT id, date, note FROM pair_checkin WHERE pairing_id = ?1 AND grp = ?2
         ORDER BY date DESC, created_at DESC",
    )?;
    groups
        .into_iter()
        .map(|(number, members)| {
            let list = checkins
                .query_map(rusqlite::params![pairing_id, number], |r| {
                    Ok(PairCheckin {
                        id: r.get(0)?,
                        date: r.get(1)?,
                        note: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let needs_checkin =
                since.is_some_and(|held| list.first().is_none_or(|c| c.date < held));
            Ok(PairGroup {
                number,
                members,
                checkins: list,
                needs_checkin,
            })
        })
        .collect()
}

fn all_in(conn: &Connection, community_id: &str, today: CalendarDate) -> CoreResult<Vec<Pairing>> {
    let since = last_meeting(conn, community_id, today)?;
    let mut statement = conn.prepare(
        "SELECT id, kind, label, created_at FROM pairing WHERE community_id = ?1
         ORDER BY created_at DESC, id DESC",
    )?;
    let rows = statement
        .query_map([community_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<(String, String, String, String)>>>()?;
    rows.into_iter()
        .map(|(id, kind, label, created_at)| {
            Ok(Pairing {
                groups: groups_of(conn, &id, since)?,
                id,
                community_id: community_id.to_owned(),
                kind: kind_of(&kind),
                label,
                created_at,
            })
        })
        .collect()
}

pub fn list(core: &Core, request: ListPairings) -> CoreResult<Vec<Pairing>> {
    let today = core.today();
    core.store.read(|conn| {
        community::fetch(conn, &request.community_id)?;
        all_in(conn, &request.community_id, today)
    })
}

/// The community's members as the pairing sees them, with the standards of their
/// active goals.
fn candidates(conn: &Connection, community_id: &str) -> CoreResult<Vec<Candidate>> {
    member::all_in(conn, community_id)?
        .into_iter()
        .map(|m| {
            let standards: Vec<QualityStandard> = super::plans::goals_of(conn, &m.id)?
                .into_iter()
                .filter(|g| g.current.fields.status == GoalStatus::Active)
                .filter_map(|g| g.current.fields.standard)
                .collect();
            Ok(Candidate {
                id: m.id,
                organization: m.organization,
                experience: m.experience_years,
                standards,
            })
        })
        .collect()
}

fn earlier_pairs(conn: &Connection, community_id: &str) -> CoreResult<HashSet<(String, String)>> {
    let mut statement = conn.prepare(
        "SELECT a.member_id, b.member_id FROM pair_member a
         JOIN pair_member b ON b.pairing_id = a.pairing_id AND b.grp = a.grp AND b.member_id > a.member_id
         JOIN pairing p ON p.id = a.pairing_id WHERE p.community_id = ?1",
    )?;
    let rows = statement.query_map([community_id], |r| {
        Ok(pair_key(&r.get::<_, String>(0)?, &r.get::<_, String>(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn suggest_pairs(core: &Core, request: SuggestPairs) -> CoreResult<Suggestion> {
    core.store.read(|conn| {
        community::fetch(conn, &request.community_id)?;
        let people = candidates(conn, &request.community_id)?;
        let earlier = earlier_pairs(conn, &request.community_id)?;
        Ok(suggest::suggest(
            &people,
            request.kind,
            &earlier,
            request.allow_repeats,
        ))
    })
}

/// Refuses a group of the wrong size, a member twice, or someone from elsewhere.
fn check_groups(conn: &Connection, community_id: &str, groups: &[Vec<String>]) -> CoreResult<()> {
    if groups.is_empty() {
        return Err(CoreError::invalid("groups", msg!("errors-pairs-none")));
    }
    let mut seen = HashSet::new();
    for (index, group) in groups.iter().enumerate() {
        if !(2..=3).contains(&group.len()) {
            return Err(CoreError::invalid(
                "groups",
                msg!(
                    "errors-pairs-group-size",
                    number = index + 1,
                    size = group.len()
                ),
            ));
        }
        for id in group {
            let person = member::fetch(conn, id)?;
            if person.community_id != community_id {
                return Err(CoreError::invalid(
                    "groups",
                    msg!("errors-attendance-not-member", name = person.name),
                ));
            }
            if !seen.insert(id.clone()) {
                return Err(CoreError::invalid(
                    "groups",
                    msg!("errors-pairs-twice", name = person.name),
                ));
            }
        }
    }
    Ok(())
}

pub fn save(core: &Core, request: SavePairing) -> CoreResult<Vec<Pairing>> {
    let label = required(
        "label",
        msg!("errors-label-pairs-period"),
        &request.label,
        100,
    )?;
    let today = core.today();
    core.write_and_publish(|tx| {
        community::fetch(tx, &request.community_id)?;
        check_groups(tx, &request.community_id, &request.groups)?;
        let id = new_id();
        tx.execute(
            "INSERT INTO pairing (id, community_id, kind, label, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            (&id, &request.community_id, kind_sql(request.kind), &label, now_utc()),
        )?;
        for (index, group) in request.groups.iter().enumerate() {
            for member_id in group {
                tx.execute(
                    "INSERT INTO pair_member (pairing_id, member_id, grp) VALUES (?1, ?2, ?3)",
                    rusqlite::params![id, member_id, u32::try_from(index + 1).unwrap_or(u32::MAX)],
                )?;
            }
        }
        let event = ChangeEvent::created(Entity::Pairing, &id, &request.community_id);
        Ok(Change::new(all_in(tx, &request.community_id, today)?, event))
    })
}

pub(crate) fn community_of(conn: &Connection, pairing_id: &str) -> CoreResult<String> {
    conn.query_row(
        "SELECT community_id FROM pairing WHERE id = ?1",
        [pairing_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| CoreError::not_found("pairing"))
}

pub fn add_checkin(core: &Core, request: AddPairCheckin) -> CoreResult<Vec<Pairing>> {
    let today = core.today();
    if request.date > today {
        return Err(CoreError::invalid(
            "date",
            msg!("errors-checkin-future", date = request.date.to_string()),
        ));
    }
    let note = optional(
        "note",
        msg!("errors-label-checkin-moved"),
        &request.note,
        2000,
    )?;
    if note.is_empty() {
        return Err(CoreError::invalid("note", msg!("errors-checkin-empty")));
    }
    core.write_and_publish(|tx| {
        let community_id = community_of(tx, &request.pairing_id)?;
        let members: u32 = tx.query_row(
            "SELECT COUNT(*) FROM pair_member WHERE pairing_id = ?1 AND grp = ?2",
            rusqlite::params![request.pairing_id, request.group],
            |r| r.get(0),
        )?;
        if members == 0 {
            return Err(CoreError::invalid(
                "group",
                msg!("errors-pairs-no-group", number = request.group),
            ));
        }
        tx.execute(
            "INSERT INTO pair_checkin (id, pairing_id, grp, date, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                new_id(),
                request.pairing_id,
                request.group,
                request.date,
                note,
                now_utc()
            ],
        )?;
        let event = ChangeEvent::updated(Entity::Pairing, &request.pairing_id, &community_id);
        Ok(Change::new(all_in(tx, &community_id, today)?, event))
    })
}

/// Deletes a period's pairs and their check-ins.
pub fn delete(core: &Core, request: ById) -> CoreResult<Vec<Pairing>> {
    let today = core.today();
    core.write_and_publish(|tx| {
        let community_id = community_of(tx, &request.id)?;
        tx.execute("DELETE FROM pairing WHERE id = ?1", [&request.id])?;
        let event = ChangeEvent::deleted(Entity::Pairing, &request.id, &community_id);
        Ok(Change::new(all_in(tx, &community_id, today)?, event))
    })
}
