//! The guide's practice before every teambuilding activity: remind the group of its
//! agreements, how to stay safe, how to opt out, and who the safety monitor is. The
//! live run shows this on the projector when it reaches a teambuilding item, until the
//! facilitator moves on.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::agenda::{AgendaItem, ItemKind};
use crate::domain::library::store;
use crate::CoreResult;

/// What the projector shows beside the agreements before a teambuilding item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SafetyReminder {
    pub item_title: String,
    /// The library activity's name when the item's title says something else (the
    /// item may be titled by the meeting's theme); otherwise empty.
    pub activity_name: String,
    /// The activity's safety notes (empty when the item has no library activity).
    pub safety: String,
    /// The activity's opt-out notes; when empty the room is told the general rule
    /// (challenge by choice) in its own language.
    pub opt_out: String,
    /// The person named on the item (may be empty).
    pub safety_monitor: String,
    /// The activity asks for a safety monitor.
    pub monitor_needed: bool,
}

fn reminder_for(conn: &Connection, item: &AgendaItem) -> CoreResult<SafetyReminder> {
    let activity = match item.activity_id.as_deref() {
        Some(id) => store::fields_of(conn, id)?,
        None => None,
    };
    let (activity_name, safety, opt_out, monitor_needed) = match activity {
        Some(f) => (f.name, f.safety, f.opt_out, f.safety_monitor),
        None => (String::new(), String::new(), String::new(), false),
    };
    Ok(SafetyReminder {
        activity_name: if activity_name == item.title {
            String::new()
        } else {
            activity_name
        },
        item_title: item.title.clone(),
        safety,
        opt_out,
        safety_monitor: item.safety_monitor.clone(),
        monitor_needed,
    })
}

/// The reminder of every teambuilding item that has it switched on, by item id.
pub(crate) fn reminders(
    conn: &Connection,
    items: &[AgendaItem],
) -> CoreResult<HashMap<String, SafetyReminder>> {
    items
        .iter()
        .filter(|i| i.kind == ItemKind::Teambuilding && i.remind_agreements)
        .map(|i| Ok((i.id.clone(), reminder_for(conn, i)?)))
        .collect()
}
