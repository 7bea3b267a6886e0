//! A series: meetings scheduled together from one rhythm (a recurrence or a list of
//! dates) with one time, place and agenda, and the rule a member must meet to complete
//! it. Creating a series creates its meetings in the same transaction, so a series is
//! there whole or not at all; deleting one keeps its meetings.

pub mod recurrence;

use convene_i18n::{msg, Localizer};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::templates::{self, TemplateSource};
use super::{community, meeting, ById};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{optional, required};
use crate::time::{CalendarDate, ClockTime};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};
use recurrence::Recurrence;

/// What a member must do to complete a series.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Completion {
    /// Attend at least this many meetings; none means all of them.
    #[serde(default)]
    #[ts(optional)]
    pub min_meetings: Option<u32>,
    /// A meeting counts only when the member attended this share (percent) of its
    /// contact hours; none means any attendance counts.
    #[serde(default)]
    #[ts(optional)]
    pub min_share: Option<u32>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Series {
    pub id: String,
    pub community_id: String,
    pub title: String,
    pub recurrence: Recurrence,
    pub start_time: ClockTime,
    pub end_time: ClockTime,
    pub location: String,
    pub completion: Completion,
    pub meeting_count: u32,
    pub first_date: Option<CalendarDate>,
    pub last_date: Option<CalendarDate>,
    /// The contact hours of all its meetings, in minutes.
    pub contact_minutes: u32,
    pub created_at: String,
    pub updated_at: String,
}

/// A new series: its meetings' shared details, its dates and its completion rule.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeriesInput {
    pub title: String,
    pub recurrence: Recurrence,
    /// Dates the rule yields that get no meeting (holidays).
    #[serde(default)]
    #[ts(optional)]
    pub skip: Option<Vec<CalendarDate>>,
    pub start_time: String,
    pub end_time: String,
    #[serde(default)]
    #[ts(optional)]
    pub location: Option<String>,
    /// The agenda template every meeting starts from; none leaves the agendas empty.
    #[serde(default)]
    #[ts(optional)]
    pub template_id: Option<String>,
    #[serde(default)]
    pub completion: Completion,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateSeries {
    pub community_id: String,
    pub fields: SeriesInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListSeries {
    pub community_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PreviewSeries {
    pub recurrence: Recurrence,
    #[serde(default)]
    #[ts(optional)]
    pub skip: Option<Vec<CalendarDate>>,
}

/// The dates a series would get, before anything is created.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeriesPreview {
    /// Every date the rule yields, skipped ones included, so they can be put back.
    pub dates: Vec<CalendarDate>,
    pub skipped: Vec<CalendarDate>,
    /// How many meetings would be created.
    pub count: u32,
}

/// Which of the series' meetings a change reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ChangeScope {
    /// Meetings from today on; those already held keep what they had.
    Future,
    All,
}

/// Changes to a series: its title, time, place and completion rule.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateSeries {
    pub id: String,
    pub title: String,
    pub start_time: String,
    pub end_time: String,
    #[serde(default)]
    #[ts(optional)]
    pub location: Option<String>,
    #[serde(default)]
    pub completion: Completion,
    pub scope: ChangeScope,
}

/// The checked shared details of a series' meetings.
struct Shared {
    title: String,
    start: ClockTime,
    end: ClockTime,
    location: String,
}

fn shared(title: &str, start: &str, end: &str, location: &Option<String>) -> CoreResult<Shared> {
    let title = required("title", msg!("errors-label-series-title"), title, 200)?;
    let start = meeting::parse_time("startTime", "start", start)?;
    let end = meeting::parse_time("endTime", "end", end)?;
    if end <= start {
        return Err(CoreError::invalid(
            "endTime",
            msg!(
                "errors-meeting-end-before-start",
                start = start.to_string(),
                end = end.to_string()
            ),
        ));
    }
    let location = optional(
        "location",
        msg!("errors-label-location"),
        location.as_deref().unwrap_or_default(),
        500,
    )?;
    Ok(Shared {
        title,
        start,
        end,
        location,
    })
}

/// Refuses a rule no member could meet, or a share that is not a percentage.
fn check_completion(completion: Completion, meetings: usize) -> CoreResult<()> {
    if let Some(min) = completion.min_meetings {
        if min == 0 || min as usize > meetings {
            return Err(CoreError::invalid(
                "minMeetings",
                msg!(
                    "errors-series-rule-too-large",
                    min = min,
                    meetings = meetings
                ),
            ));
        }
    }
    if let Some(share) = completion.min_share {
        if !(1..=100).contains(&share) {
            return Err(CoreError::invalid(
                "minShare",
                msg!("errors-series-share", share = share),
            ));
        }
    }
    Ok(())
}

/// The dates that get a meeting: the rule's, less the skipped ones.
fn planned(recurrence: &Recurrence, skip: &[CalendarDate]) -> CoreResult<SeriesPreview> {
    let dates = recurrence.dates()?;
    let skipped: Vec<CalendarDate> = dates.iter().filter(|d| skip.contains(d)).copied().collect();
    let count = dates.len() - skipped.len();
    if count == 0 {
        return Err(CoreError::invalid(
            "skip",
            msg!("errors-series-all-skipped"),
        ));
    }
    Ok(SeriesPreview {
        dates,
        skipped,
        count: u32::try_from(count).unwrap_or(u32::MAX),
    })
}

const SELECT: &str = "SELECT s.id, s.community_id, s.title, s.recurrence, s.start_time, s.end_time,
        s.location, s.min_meetings, s.min_share, s.created_at, s.updated_at
    FROM series s";

fn from_row(row: &Row) -> rusqlite::Result<Series> {
    let recurrence: String = row.get(3)?;
    let recurrence = serde_json::from_str(&recurrence).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Series {
        id: row.get(0)?,
        community_id: row.get(1)?,
        title: row.get(2)?,
        recurrence,
        start_time: row.get(4)?,
        end_time: row.get(5)?,
        location: row.get(6)?,
        completion: Completion {
            min_meetings: row.get(7)?,
            min_share: row.get(8)?,
        },
        meeting_count: 0,
        first_date: None,
        last_date: None,
        contact_minutes: 0,
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
    })
}

/// The series with what its meetings add up to.
fn with_meetings(conn: &Connection, mut series: Series) -> CoreResult<Series> {
    let meetings = meeting::in_series(conn, &series.id)?;
    series.meeting_count = u32::try_from(meetings.len()).unwrap_or(u32::MAX);
    series.first_date = meetings.first().map(|m| m.date);
    series.last_date = meetings.last().map(|m| m.date);
    series.contact_minutes = meetings.iter().map(|m| m.contact.minutes).sum();
    Ok(series)
}

pub(crate) fn fetch(conn: &Connection, id: &str) -> CoreResult<Series> {
    let series = conn
        .query_row(&format!("{SELECT} WHERE s.id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::not_found("series"))?;
    with_meetings(conn, series)
}

pub(crate) fn all_in(conn: &Connection, community_id: &str) -> CoreResult<Vec<Series>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE s.community_id = ?1 ORDER BY s.created_at, s.id"
    ))?;
    let rows = statement
        .query_map([community_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut all = rows
        .into_iter()
        .map(|s| with_meetings(conn, s))
        .collect::<CoreResult<Vec<_>>>()?;
    all.sort_by_key(|s| s.first_date);
    Ok(all)
}

pub fn list(core: &Core, request: ListSeries) -> CoreResult<Vec<Series>> {
    core.store.read(|conn| {
        community::fetch(conn, &request.community_id)?;
        all_in(conn, &request.community_id)
    })
}

pub fn get(core: &Core, request: ById) -> CoreResult<Series> {
    core.store.read(|conn| fetch(conn, &request.id))
}

pub fn preview(_: &Core, request: PreviewSeries) -> CoreResult<SeriesPreview> {
    planned(
        &request.recurrence,
        request.skip.as_deref().unwrap_or_default(),
    )
}

pub fn create(core: &Core, request: CreateSeries) -> CoreResult<Series> {
    let input = &request.fields;
    let details = shared(
        &input.title,
        &input.start_time,
        &input.end_time,
        &input.location,
    )?;
    let plan = planned(&input.recurrence, input.skip.as_deref().unwrap_or_default())?;
    check_completion(input.completion, plan.count as usize)?;
    // The label each meeting gets ("Meeting 2 of 9") is written in the facilitator's language.
    let words = Localizer::new(core.language());
    core.write_and_publish(|tx| {
        community::fetch(tx, &request.community_id)?;
        let series_id = insert(tx, &request.community_id, input, &details)?;
        let agenda = match &input.template_id {
            Some(id) => templates::source_items(tx, &TemplateSource::Template { id: id.clone() })?,
            None => Vec::new(),
        };
        let dates: Vec<_> = plan
            .dates
            .iter()
            .filter(|d| !plan.skipped.contains(d))
            .collect();
        for (index, date) in dates.iter().enumerate() {
            let label = words.message(&msg!(
                "meeting-series-part",
                number = index + 1,
                count = dates.len()
            ));
            let fields = meeting::MeetingInput {
                title: details.title.clone(),
                series: Some(label),
                date: date.to_string(),
                start_time: details.start.to_string(),
                end_time: details.end.to_string(),
                location: Some(details.location.clone()),
                series_id: Some(series_id.clone()),
                ..meeting::MeetingInput::default()
            };
            let meeting_id = meeting::insert(tx, &request.community_id, &fields)?;
            templates::append_items(tx, &meeting_id, &agenda)?;
        }
        let series = fetch(tx, &series_id)?;
        let event = ChangeEvent::created(Entity::Series, &series.id, &series.community_id);
        Ok(Change::new(series, event))
    })
}

fn insert(
    tx: &Connection,
    community_id: &str,
    input: &SeriesInput,
    details: &Shared,
) -> CoreResult<String> {
    let id = new_id();
    let recurrence = serde_json::to_string(&input.recurrence)
        .map_err(|e| CoreError::Corrupt(format!("a recurrence could not be stored: {e}")))?;
    let now = now_utc();
    tx.execute(
        "INSERT INTO series (id, community_id, title, recurrence, start_time, end_time, location,
                             min_meetings, min_share, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        rusqlite::params![
            id,
            community_id,
            details.title,
            recurrence,
            details.start,
            details.end,
            details.location,
            input.completion.min_meetings,
            input.completion.min_share,
            now
        ],
    )?;
    Ok(id)
}

/// Makes a series of meetings that already exist (the example's years), on their dates,
/// with the first one's time and place.
pub(crate) fn gather(
    conn: &Connection,
    community_id: &str,
    title: &str,
    completion: Completion,
    meeting_ids: &[String],
) -> CoreResult<String> {
    let meetings = meeting_ids
        .iter()
        .map(|id| meeting::fetch(conn, id))
        .collect::<CoreResult<Vec<_>>>()?;
    let first = meetings
        .first()
        .ok_or_else(|| CoreError::invalid("recurrence", msg!("errors-series-no-dates")))?;
    check_completion(completion, meetings.len())?;
    let input = SeriesInput {
        title: title.to_owned(),
        recurrence: Recurrence::Dates {
            dates: meetings.iter().map(|m| m.date).collect(),
        },
        skip: None,
        start_time: first.start_time.to_string(),
        end_time: first.end_time.to_string(),
        location: Some(first.location.clone()),
        template_id: None,
        completion,
    };
    let details = shared(title, &input.start_time, &input.end_time, &input.location)?;
    let series_id = insert(conn, community_id, &input, &details)?;
    for id in meeting_ids {
        conn.execute(
            "UPDATE meeting SET series_id = ?2 WHERE id = ?1",
            [id, &series_id],
        )?;
    }
    Ok(series_id)
}

/// Changes the series and, as `scope` says, its meetings from today on or all of them:
/// their time and place, and the title of those still called by the series' old title.
pub fn update(core: &Core, request: UpdateSeries) -> CoreResult<Series> {
    let details = shared(
        &request.title,
        &request.start_time,
        &request.end_time,
        &request.location,
    )?;
    let today = core.today();
    core.write_and_publish(|tx| {
        let before = fetch(tx, &request.id)?;
        check_completion(request.completion, before.meeting_count as usize)?;
        let now = now_utc();
        tx.execute(
            "UPDATE series SET title = ?2, start_time = ?3, end_time = ?4, location = ?5,
                    min_meetings = ?6, min_share = ?7, updated_at = ?8
             WHERE id = ?1",
            rusqlite::params![
                request.id,
                details.title,
                details.start,
                details.end,
                details.location,
                request.completion.min_meetings,
                request.completion.min_share,
                now
            ],
        )?;
        let from = match request.scope {
            ChangeScope::Future => today.to_string(),
            ChangeScope::All => String::new(),
        };
        tx.execute(
            "UPDATE meeting SET start_time = ?3, end_time = ?4, location = ?5,
                    title = CASE WHEN title = ?6 THEN ?7 ELSE title END, updated_at = ?8
             WHERE series_id = ?1 AND date >= ?2",
            rusqlite::params![
                request.id,
                from,
                details.start,
                details.end,
                details.location,
                before.title,
                details.title,
                now
            ],
        )?;
        let series = fetch(tx, &request.id)?;
        let event = ChangeEvent::updated(Entity::Series, &series.id, &series.community_id);
        Ok(Change::new(series, event))
    })
}

/// Deletes the series; its meetings stay, as meetings of the community.
pub fn delete(core: &Core, request: ById) -> CoreResult<Vec<Series>> {
    core.write_and_publish(|tx| {
        let series = fetch(tx, &request.id)?;
        tx.execute("DELETE FROM series WHERE id = ?1", [&request.id])?;
        let event = ChangeEvent::deleted(Entity::Series, &series.id, &series.community_id);
        Ok(Change::new(all_in(tx, &series.community_id)?, event))
    })
}
