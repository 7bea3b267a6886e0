//! The live run of a meeting: which item is on the clock and how much time it has left.
//!
//! Remaining time is always derived, never counted down:
//! `remaining = planned + added − (elapsed before the last resume + time since it)`.
//! Every operator action is persisted in the same transaction as its log entry, so a
//! crash or a closed window resumes on the same item with the right time left.
//!
//! The persisted row lives in `state`, the monotonic anchors in `clock`, what views
//! draw in `snapshot`, the one read-decide-write step in `transition`, the operator's
//! actions in `commands`, the run log in `log` and the room's view in `projection`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

mod clock;
mod commands;
mod log;
mod projection;
mod snapshot;
mod state;
mod transition;

pub(crate) use clock::Anchors;
// Every public item of `commands` is a handler, so a new one needs no line here.
pub use commands::*;
pub use log::{log, LogEntry, RunLog};
pub use projection::{projection, ProjectedItem, Projection};
pub use snapshot::{phase_of, thresholds_ms, Phase, RunSnapshot};
pub(crate) use state::{ensure_not_current, ensure_not_live};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum RunStatus {
    NotStarted,
    Running,
    Paused,
    Ended,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunRequest {
    pub meeting_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StartRequest {
    pub meeting_id: String,
    /// The facilitator confirmed running an ended meeting once more (a new run; the
    /// earlier runs' logs are kept).
    #[serde(default)]
    #[ts(optional)]
    pub confirm_restart: Option<bool>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JumpRequest {
    pub meeting_id: String,
    pub item_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdjustRequest {
    pub meeting_id: String,
    /// Seconds to add (negative to take away).
    pub seconds: i32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DisplayRequest {
    pub meeting_id: String,
    #[serde(default)]
    #[ts(optional)]
    pub blackout: Option<bool>,
    /// Flip blackout whatever it is now (the B key), so two quick presses always undo.
    #[serde(default)]
    #[ts(optional)]
    pub toggle_blackout: Option<bool>,
    /// Show (or stop showing) the community agreements slide.
    #[serde(default)]
    #[ts(optional)]
    pub agreements: Option<bool>,
    /// A short line flashed to the room; empty clears it.
    #[serde(default)]
    #[ts(optional)]
    pub message: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunSettings {
    pub meeting_id: String,
    pub auto_advance: bool,
    pub chime: bool,
    /// Meeting-wide warning point in seconds before the end; None: the built-in rule.
    pub warning_seconds: Option<u32>,
    pub danger_seconds: Option<u32>,
}
