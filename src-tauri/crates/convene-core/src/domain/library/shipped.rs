//! The activities that come with Convene (`assets/library/activities.json`), written in
//! the project's own words. They are added to every library on start-up, so an existing
//! database gains them on upgrade, and their original text can always be restored.

use rusqlite::{Connection, OptionalExtension};

use super::model::ActivityFields;
use super::store;
use super::transfer::parse_library;
use crate::{CoreError, CoreResult};

/// Every shipped activity, checked by the same rules as an imported file.
pub(crate) fn shipped_activities() -> CoreResult<Vec<ActivityFields>> {
    parse_library(convene_assets::SHIPPED_ACTIVITIES.as_bytes())
        .map_err(|e| CoreError::Corrupt(format!("the shipped activity library ({e})")))
}

/// The shipped text of the activity with this key.
pub(crate) fn original(key: &str) -> CoreResult<ActivityFields> {
    shipped_activities()?
        .into_iter()
        .find(|a| a.key.as_deref() == Some(key))
        .ok_or_else(|| CoreError::not_found("shipped-activity"))
}

/// Adds the shipped activities this library does not have yet (never touching the ones
/// it has, edited or in the bin). A facilitator's own activity with the same name wins.
pub(crate) fn install(conn: &Connection) -> CoreResult<u32> {
    let mut added = 0;
    for activity in shipped_activities()? {
        let Some(key) = activity.key.as_deref() else {
            continue;
        };
        let known: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM activity WHERE shipped_key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()?;
        if known.is_none() && store::name_clash(conn, &activity.name, "")?.is_none() {
            store::insert(conn, &activity, Some(key))?;
            added += 1;
        }
    }
    Ok(added)
}
