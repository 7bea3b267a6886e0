//! A community's counts for the network report, read from the per-meeting tallies the
//! store keeps current (store/tallies.rs): a network's store can hold a million
//! answers, and pooling needs only how many sheets marked each point (and each
//! before/now pair), which a few thousand tally rows hold.

use std::collections::HashMap;

use rusqlite::Connection;

use crate::domain::forms::{self, Form};
use crate::CoreResult;

/// How many sheets marked each point (from 1), per (form, field).
pub(super) type Marks = HashMap<(String, String), Vec<(i64, u32)>>;

/// How many sheets marked each (before, now) pair, per (form, rating item).
pub(super) type Pairs = HashMap<(String, String), Vec<(i64, i64, u32)>>;

/// What a community's column pools: its counts and its sheets' marks.
pub(super) struct CommunityTally {
    /// Meetings with entered sheets.
    pub meetings: u32,
    /// Sheets entered (first entry saved).
    pub entered: u32,
    /// Attendees present at those meetings.
    pub present: u32,
    pub marks: Marks,
    pub pairs: Pairs,
}

/// The community's tally rows of `table`, joined to their meetings.
fn of_community(table: &str) -> String {
    format!("FROM {table} t JOIN meeting m ON m.id = t.meeting_id WHERE m.community_id = ?1")
}

fn counts(conn: &Connection, community_id: &str) -> CoreResult<(u32, u32, u32)> {
    let forms = of_community("form_tally");
    let (meetings, entered) = conn.query_row(
        &format!("SELECT COUNT(DISTINCT t.meeting_id), COALESCE(SUM(t.saved), 0) {forms}"),
        [community_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let present = conn.query_row(
        &format!(
            "SELECT COUNT(*) FROM attendance a WHERE a.status = 'present'
               AND a.meeting_id IN (SELECT t.meeting_id {forms})"
        ),
        [community_id],
        |r| r.get(0),
    )?;
    Ok((meetings, entered, present))
}

/// The forms with counted sheets, by their first meeting.
fn forms(conn: &Connection, community_id: &str) -> CoreResult<Vec<Form>> {
    let mut statement = conn.prepare(&format!(
        "SELECT t.form_id, MIN(m.date || ' ' || m.start_time) AS first {} AND t.entered > 0
         GROUP BY t.form_id ORDER BY first, t.form_id",
        of_community("form_tally")
    ))?;
    let ids = statement
        .query_map([community_id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.iter().map(|id| forms::fetch(conn, id)).collect()
}

fn marks(conn: &Connection, community_id: &str) -> CoreResult<Marks> {
    let mut statement = conn.prepare(&format!(
        "SELECT t.form_id, t.field, t.point, SUM(t.sheets) {} GROUP BY 1, 2, 3",
        of_community("mark_tally")
    ))?;
    let mut marks = Marks::new();
    let mut rows = statement.query([community_id])?;
    while let Some(row) = rows.next()? {
        let key = (row.get(0)?, row.get(1)?);
        marks
            .entry(key)
            .or_default()
            .push((row.get(2)?, row.get(3)?));
    }
    Ok(marks)
}

fn pairs(conn: &Connection, community_id: &str) -> CoreResult<Pairs> {
    let mut statement = conn.prepare(&format!(
        "SELECT t.form_id, t.item_id, t.before, t.now, SUM(t.sheets) {} GROUP BY 1, 2, 3, 4",
        of_community("pair_tally")
    ))?;
    let mut pairs = Pairs::new();
    let mut rows = statement.query([community_id])?;
    while let Some(row) = rows.next()? {
        let key = (row.get(0)?, row.get(1)?);
        let counted = (row.get(2)?, row.get(3)?, row.get(4)?);
        pairs.entry(key).or_default().push(counted);
    }
    Ok(pairs)
}

/// Everything the network report pools of one community, and its forms.
pub(super) fn community_tally(
    conn: &Connection,
    community_id: &str,
) -> CoreResult<(CommunityTally, Vec<Form>)> {
    let (meetings, entered, present) = counts(conn, community_id)?;
    let tally = CommunityTally {
        meetings,
        entered,
        present,
        marks: marks(conn, community_id)?,
        pairs: pairs(conn, community_id)?,
    };
    Ok((tally, forms(conn, community_id)?))
}
