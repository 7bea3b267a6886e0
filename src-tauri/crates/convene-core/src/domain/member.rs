//! A member of a community: the people on the roster and the sign-in sheet.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use convene_i18n::{msg, Lang};

use super::{community, ById, DeleteRequest, DeletionImpact};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{matches_query, name_key, optional, required, sort_by_name};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: String,
    pub community_id: String,
    pub name: String,
    pub role: String,
    pub organization: String,
    pub site: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    /// The language of what is printed for this person; none means the facilitator's.
    pub language: Option<Lang>,
    /// Years in the field, which mentoring pairs match on.
    pub experience_years: Option<u32>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MemberInput {
    pub name: String,
    #[serde(default)]
    #[ts(optional)]
    pub role: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub organization: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub site: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub email: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub phone: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<Lang>,
    #[serde(default)]
    #[ts(optional)]
    pub experience_years: Option<u32>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateMember {
    pub community_id: String,
    pub fields: MemberInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMember {
    pub id: String,
    pub fields: MemberInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListMembers {
    pub community_id: String,
    #[serde(default)]
    #[ts(optional)]
    pub query: Option<String>,
}

struct CleanMember {
    name: String,
    role: String,
    organization: String,
    site: String,
    email: String,
    phone: String,
    notes: String,
    language: Option<&'static str>,
    experience_years: Option<u32>,
}

fn validate(input: &MemberInput) -> CoreResult<CleanMember> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let email = optional(
        "email",
        msg!("errors-label-email"),
        &text(&input.email),
        254,
    )?;
    if !email.is_empty() && !looks_like_email(&email) {
        return Err(CoreError::invalid(
            "email",
            msg!("errors-member-email", email = email),
        ));
    }
    Ok(CleanMember {
        name: required("name", msg!("errors-label-member-name"), &input.name, 200)?,
        role: optional("role", msg!("errors-label-role"), &text(&input.role), 100)?,
        organization: optional(
            "organization",
            msg!("errors-label-organization"),
            &text(&input.organization),
            200,
        )?,
        site: optional("site", msg!("errors-label-site"), &text(&input.site), 200)?,
        email,
        phone: optional("phone", msg!("errors-label-phone"), &text(&input.phone), 50)?,
        notes: optional(
            "notes",
            msg!("errors-label-notes"),
            &text(&input.notes),
            10_000,
        )?,
        language: input.language.map(Lang::code),
        experience_years: match input.experience_years {
            Some(years) if years > 60 => {
                return Err(CoreError::invalid(
                    "experienceYears",
                    msg!("errors-member-experience", years = years),
                ))
            }
            other => other,
        },
    })
}

fn looks_like_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

const SELECT: &str = "SELECT id, community_id, name, role, organization, site, email, phone, notes,
        created_at, updated_at, language, experience_years FROM member";

fn from_row(row: &Row) -> rusqlite::Result<Member> {
    Ok(Member {
        id: row.get(0)?,
        community_id: row.get(1)?,
        name: row.get(2)?,
        role: row.get(3)?,
        organization: row.get(4)?,
        site: row.get(5)?,
        email: row.get(6)?,
        phone: row.get(7)?,
        notes: row.get(8)?,
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
        language: row
            .get::<_, Option<String>>(11)?
            .as_deref()
            .and_then(Lang::from_tag),
        experience_years: row.get(12)?,
    })
}

pub(crate) fn fetch(conn: &Connection, id: &str) -> CoreResult<Member> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::not_found("member"))
}

pub(crate) fn all_in(conn: &Connection, community_id: &str) -> CoreResult<Vec<Member>> {
    let mut statement = conn.prepare(&format!("{SELECT} WHERE community_id = ?1 ORDER BY id"))?;
    let mut members = statement
        .query_map([community_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    sort_by_name(&mut members, |m| &m.name);
    Ok(members)
}

fn ensure_unique_name(
    conn: &Connection,
    community_id: &str,
    name: &str,
    except: &str,
) -> CoreResult<()> {
    let clash: Option<String> = conn
        .query_row(
            "SELECT name FROM member WHERE community_id = ?1 AND name_key = ?2 AND id <> ?3",
            (community_id, name_key(name), except),
            |row| row.get(0),
        )
        .optional()?;
    match clash {
        Some(existing) => Err(CoreError::invalid(
            "name",
            msg!("errors-member-name-taken", name = existing),
        )),
        None => Ok(()),
    }
}

pub(crate) fn insert(
    conn: &Connection,
    community_id: &str,
    input: &MemberInput,
) -> CoreResult<String> {
    let m = validate(input)?;
    community::fetch(conn, community_id)?;
    ensure_unique_name(conn, community_id, &m.name, "")?;
    let (id, now) = (new_id(), now_utc());
    conn.execute(
        "INSERT INTO member (id, community_id, name, name_key, role, organization, site, email, phone,
                             notes, created_at, updated_at, language, experience_years)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13)",
        rusqlite::params![
            id, community_id, m.name, name_key(&m.name), m.role, m.organization, m.site, m.email,
            m.phone, m.notes, now, m.language, m.experience_years
        ],
    )?;
    Ok(id)
}

pub fn list(core: &Core, request: ListMembers) -> CoreResult<Vec<Member>> {
    let query = request.query.unwrap_or_default();
    let all = core.store.read(|conn| {
        community::fetch(conn, &request.community_id)?;
        all_in(conn, &request.community_id)
    })?;
    Ok(all
        .into_iter()
        .filter(|m| {
            matches_query(
                &query,
                &[&m.name, &m.role, &m.organization, &m.site, &m.email],
            )
        })
        .collect())
}

pub fn create(core: &Core, request: CreateMember) -> CoreResult<Member> {
    core.write_and_publish(|tx| {
        let member = fetch(tx, &insert(tx, &request.community_id, &request.fields)?)?;
        let event = ChangeEvent::created(Entity::Member, &member.id, &member.community_id);
        Ok(Change::new(member, event))
    })
}

pub fn update(core: &Core, request: UpdateMember) -> CoreResult<Member> {
    let m = validate(&request.fields)?;
    let member =
        core.write_and_publish(|tx| {
            let existing = fetch(tx, &request.id)?;
            ensure_unique_name(tx, &existing.community_id, &m.name, &existing.id)?;
            tx.execute(
            "UPDATE member SET name = ?2, name_key = ?3, role = ?4, organization = ?5, site = ?6,
                    email = ?7, phone = ?8, notes = ?9, updated_at = ?10, language = ?11,
                    experience_years = ?12
             WHERE id = ?1",
            rusqlite::params![
                existing.id, m.name, name_key(&m.name), m.role, m.organization, m.site, m.email,
                m.phone, m.notes, now_utc(), m.language, m.experience_years
            ],
        )?;
            let member = fetch(tx, &existing.id)?;
            let event = ChangeEvent::updated(Entity::Member, &member.id, &member.community_id);
            Ok(Change::new(member, event))
        })?;
    Ok(member)
}

fn impact_in(conn: &Connection, id: &str) -> CoreResult<DeletionImpact> {
    fetch(conn, id)?;
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM attendance WHERE member_id = ?1",
        [id],
        |row| {
            let records: u32 = row.get(0)?;
            Ok(DeletionImpact {
                members: 1,
                meetings_with_attendance: records,
                attendance_records: records,
                ..DeletionImpact::default()
            })
        },
    )?)
}

pub fn impact(core: &Core, request: ById) -> CoreResult<DeletionImpact> {
    core.store.read(|conn| impact_in(conn, &request.id))
}

pub fn delete(core: &Core, request: DeleteRequest) -> CoreResult<DeletionImpact> {
    core.write_and_publish(|tx| {
        let member = fetch(tx, &request.id)?;
        let impact = impact_in(tx, &request.id)?;
        impact.check_confirmed(&request, "member")?;
        tx.execute("DELETE FROM member WHERE id = ?1", [&request.id])?;
        let event = ChangeEvent::deleted(Entity::Member, &request.id, &member.community_id);
        Ok(Change::new(impact, event))
    })
}

#[cfg(test)]
mod tests {
    use super::looks_like_email;

    #[test]
    fn recognises_plausible_email_addresses() {
        assert!(looks_like_email("ana.pena@example.org"));
        assert!(!looks_like_email("ana.pena"));
        assert!(!looks_like_email("ana@localhost"));
        assert!(!looks_like_email("ana @example.org"));
        assert!(!looks_like_email("@example.org"));
    }
}
