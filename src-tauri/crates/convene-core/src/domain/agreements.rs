//! Community agreements: how a group has agreed to work together (the guide's Play Safe,
//! Play Fair, Play Hard). A community's agreements are versioned sets; the newest is in
//! force and is what the projector shows.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{ids::new_id, time::now_utc, CoreResult};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    /// e.g. "Play Safe".
    pub label: String,
    pub statements: Vec<String>,
    /// What it looks like in practice (may be empty).
    #[serde(default)]
    pub practice: String,
}

/// The agreements in force for a community (empty when it has none).
pub(crate) fn current(conn: &Connection, community_id: &str) -> CoreResult<Vec<Agreement>> {
    let mut statement = conn.prepare(
        "SELECT i.label, i.statements, i.practice FROM agreement_item i
         WHERE i.set_id = (SELECT id FROM agreement_set WHERE community_id = ?1
                           ORDER BY version DESC LIMIT 1)
         ORDER BY i.position",
    )?;
    let rows = statement.query_map([community_id], |row| {
        let statements: String = row.get(1)?;
        Ok(Agreement {
            label: row.get(0)?,
            statements: statements
                .lines()
                .map(str::to_owned)
                .filter(|l| !l.trim().is_empty())
                .collect(),
            practice: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
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
