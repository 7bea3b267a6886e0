//! The certificate register: every certificate issued, as it was printed, so a number
//! can be checked years later and none is issued twice by accident. A member who met a
//! series' completion rule gets one certificate; a correction is a reissue, a new
//! number that says which one it replaces.

mod code;

use convene_i18n::{msg, Lang};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::hours::{self, MemberStanding, SeriesStanding};
use super::{community, member, ById};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::settings::{self, CertificateSettings};
use crate::time::CalendarDate;
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

/// One entry of the register.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    pub id: String,
    /// "2026-0007": the year of issue and its place in this register.
    pub number: String,
    /// A short code printed beside the number, made from what the certificate says,
    /// so a number cannot be checked without holding the certificate.
    pub code: String,
    pub community_id: String,
    pub series_id: Option<String>,
    pub member_id: Option<String>,
    pub member_name: String,
    pub series_title: String,
    pub community_name: String,
    /// The first and last meetings the member attended.
    pub first_date: CalendarDate,
    pub last_date: CalendarDate,
    pub meetings: u32,
    pub contact_minutes: u32,
    pub ceu_tenths: u32,
    pub provider: String,
    pub accreditation: String,
    pub language: Lang,
    pub issued_at: String,
    /// The number of the certificate this one replaces.
    pub replaces: Option<String>,
    /// The number of the certificate that replaced this one.
    pub replaced_by: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IssueCertificates {
    pub series_id: String,
}

/// What issuing did for a series.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IssueReport {
    pub issued: u32,
    /// Members who already held a current certificate for the series.
    pub already_issued: u32,
    /// Members who have not met the completion rule (yet).
    pub not_completed: u32,
    /// The series' current certificates, newly issued ones included.
    pub certificates: Vec<Certificate>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListCertificates {
    pub community_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerifyCertificate {
    pub number: String,
    pub code: String,
}

const SELECT: &str = "SELECT c.id, c.number, c.code, c.community_id, c.series_id, c.member_id,
        c.member_name, c.series_title, c.community_name, c.first_date, c.last_date, c.meetings,
        c.contact_minutes, c.ceu_tenths, c.provider, c.accreditation, c.language, c.issued_at,
        (SELECT o.number FROM certificate o WHERE o.id = c.replaces),
        (SELECT n.number FROM certificate n WHERE n.id = c.replaced_by)
    FROM certificate c";

fn from_row(row: &Row) -> rusqlite::Result<Certificate> {
    let language: String = row.get(16)?;
    Ok(Certificate {
        id: row.get(0)?,
        number: row.get(1)?,
        code: row.get(2)?,
        community_id: row.get(3)?,
        series_id: row.get(4)?,
        member_id: row.get(5)?,
        member_name: row.get(6)?,
        series_title: row.get(7)?,
        community_name: row.get(8)?,
        first_date: row.get(9)?,
        last_date: row.get(10)?,
        meetings: row.get(11)?,
        contact_minutes: row.get(12)?,
        ceu_tenths: row.get(13)?,
        provider: row.get(14)?,
        accreditation: row.get(15)?,
        language: Lang::from_tag(&language).unwrap_or(Lang::En),
        issued_at: row.get(17)?,
        replaces: row.get(18)?,
        replaced_by: row.get(19)?,
    })
}

fn select(conn: &Connection, filter: &str, key: &str) -> CoreResult<Vec<Certificate>> {
    let mut statement = conn.prepare(&format!("{SELECT} WHERE {filter} ORDER BY c.number"))?;
    let rows = statement.query_map([key], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every certificate issued to a member, replaced ones included.
pub(crate) fn of_member(conn: &Connection, member_id: &str) -> CoreResult<Vec<Certificate>> {
    select(conn, "c.member_id = ?1", member_id)
}

/// The series' current certificates.
pub(crate) fn current_of_series(
    conn: &Connection,
    series_id: &str,
) -> CoreResult<Vec<Certificate>> {
    select(
        conn,
        "c.series_id = ?1 AND c.replaced_by IS NULL",
        series_id,
    )
}

fn fetch(conn: &Connection, id: &str) -> CoreResult<Certificate> {
    select(conn, "c.id = ?1", id)?
        .pop()
        .ok_or_else(|| CoreError::not_found("certificate"))
}

/// The next number in this register for the year of `issued_at`.
fn next_number(conn: &Connection, issued_at: &str) -> CoreResult<String> {
    let year = issued_at.get(..4).unwrap_or("0000");
    let last: Option<String> = conn
        .query_row(
            "SELECT MAX(number) FROM certificate WHERE number LIKE ?1 || '-%'",
            [year],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let sequence = last
        .and_then(|n| n.get(5..).and_then(|s| s.parse::<u32>().ok()))
        .unwrap_or(0);
    Ok(format!("{year}-{:04}", sequence + 1))
}

/// Writes a certificate for a member who completed the series, as things stand now.
fn issue_one(
    conn: &Connection,
    standing: &SeriesStanding,
    person: &MemberStanding,
    issuer: &CertificateSettings,
    fallback: Lang,
    replaces: Option<&str>,
) -> CoreResult<Certificate> {
    let member = member::fetch(conn, &person.member_id)?;
    if member.name.trim().is_empty() {
        return Err(CoreError::invalid(
            "memberId",
            msg!("errors-certificate-no-name"),
        ));
    }
    let attended: Vec<CalendarDate> = standing
        .meetings
        .iter()
        .zip(&person.earned)
        .filter(|(_, earned)| earned.is_some())
        .map(|(m, _)| m.date)
        .collect();
    let (Some(first), Some(last)) = (attended.first(), attended.last()) else {
        return Err(CoreError::invalid(
            "memberId",
            msg!("errors-certificate-not-completed", name = member.name),
        ));
    };
    let community = community::fetch(conn, &standing.series.community_id)?;
    let id = new_id();
    let issued_at = now_utc();
    let number = next_number(conn, &issued_at)?;
    let series = &standing.series;
    let code = code::verification_code(&[
        &id,
        &number,
        &member.name,
        &series.title,
        &person.minutes.to_string(),
    ]);
    if let Some(old) = replaces {
        conn.execute(
            "UPDATE certificate SET replaced_by = ?2 WHERE id = ?1",
            [old, &id],
        )?;
    }
    conn.execute(
        "INSERT INTO certificate (id, number, code, community_id, series_id, member_id,
            member_name, series_title, community_name, first_date, last_date, meetings,
            contact_minutes, ceu_tenths, provider, accreditation, language, issued_at, replaces)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19)",
        rusqlite::params![
            id,
            number,
            code,
            community.id,
            series.id,
            member.id,
            member.name,
            series.title,
            community.name,
            first,
            last,
            attended.len() as u32,
            person.minutes,
            person.ceu_tenths,
            issuer.provider,
            issuer.accreditation,
            member.language.unwrap_or(fallback).code(),
            issued_at,
            replaces
        ],
    )?;
    fetch(conn, &id)
}

/// Issues a certificate to every member who completed the series and has none yet.
pub(crate) fn issue_in(
    conn: &Connection,
    series_id: &str,
    fallback: Lang,
) -> CoreResult<IssueReport> {
    let standing = hours::standing_in(conn, series_id)?;
    let issuer = settings::read(conn)?.certificates;
    let mut report = IssueReport {
        issued: 0,
        already_issued: 0,
        not_completed: 0,
        certificates: Vec::new(),
    };
    for person in &standing.members {
        if !person.completed {
            report.not_completed += 1;
        } else if person.certificate.is_some() {
            report.already_issued += 1;
        } else {
            issue_one(conn, &standing, person, &issuer, fallback, None)?;
            report.issued += 1;
        }
    }
    report.certificates = current_of_series(conn, series_id)?;
    Ok(report)
}

pub fn issue(core: &Core, request: IssueCertificates) -> CoreResult<IssueReport> {
    let fallback = core.language();
    core.write_and_publish(|tx| {
        let report = issue_in(tx, &request.series_id, fallback)?;
        let community_id = super::series::fetch(tx, &request.series_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Certificate, &request.series_id, &community_id);
        Ok(Change::new(report, event))
    })
}

/// Replaces a current certificate with a new one written from today's records (a name
/// corrected, hours added); the old number stays in the register, marked replaced.
pub fn reissue(core: &Core, request: ById) -> CoreResult<Certificate> {
    let fallback = core.language();
    core.write_and_publish(|tx| {
        let old = fetch(tx, &request.id)?;
        if let Some(newer) = &old.replaced_by {
            return Err(CoreError::invalid(
                "id",
                msg!(
                    "errors-certificate-replaced",
                    number = old.number.clone(),
                    newer = newer.clone()
                ),
            ));
        }
        let (Some(series_id), Some(member_id)) = (&old.series_id, &old.member_id) else {
            return Err(CoreError::invalid(
                "id",
                msg!("errors-certificate-orphan", number = old.number.clone()),
            ));
        };
        let standing = hours::standing_in(tx, series_id)?;
        let person = standing
            .members
            .iter()
            .find(|m| &m.member_id == member_id)
            .filter(|m| m.completed)
            .ok_or_else(|| {
                CoreError::invalid(
                    "id",
                    msg!(
                        "errors-certificate-not-completed",
                        name = old.member_name.clone()
                    ),
                )
            })?;
        let issuer = settings::read(tx)?.certificates;
        let new = issue_one(tx, &standing, person, &issuer, fallback, Some(&old.id))?;
        let event = ChangeEvent::created(Entity::Certificate, &new.id, &new.community_id);
        Ok(Change::new(new, event))
    })
}

/// The community's register, newest number last.
pub fn list(core: &Core, request: ListCertificates) -> CoreResult<Vec<Certificate>> {
    core.store.read(|conn| {
        community::fetch(conn, &request.community_id)?;
        select(conn, "c.community_id = ?1", &request.community_id)
    })
}

/// Finds a certificate by its number and checks the code printed beside it.
pub fn verify(core: &Core, request: VerifyCertificate) -> CoreResult<Certificate> {
    let number = request.number.trim().to_owned();
    core.store.read(|conn| {
        let found = select(conn, "c.number = ?1", &number)?
            .pop()
            .ok_or_else(|| {
                CoreError::invalid(
                    "number",
                    msg!("errors-certificate-unknown-number", number = number.clone()),
                )
            })?;
        if !code::same(&found.code, &request.code) {
            return Err(CoreError::invalid(
                "code",
                msg!("errors-certificate-wrong-code", number = number.clone()),
            ));
        }
        Ok(found)
    })
}
