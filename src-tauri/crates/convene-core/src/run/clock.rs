//! The run's clock: elapsed time is read from the monotonic clock, so changing the
//! computer's clock mid-meeting moves nothing; the wall clock only stamps what is
//! persisted, so a restarted app can rebuild where the monotonic clock stood.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::state::RunRow;
use crate::Core;

/// Where the monotonic clock stood when a meeting's item last started running, and
/// how much running time had already passed by then (non-zero only when the anchor
/// was rebuilt from the wall clock after a restart).
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    wall: String,
    monotonic: Duration,
    carried: Duration,
}

#[derive(Default)]
pub(crate) struct Anchors(Mutex<HashMap<String, Anchor>>);

impl Anchors {
    /// After a restore the data's running meetings are other ones: each is anchored
    /// again from the wall-clock stamp stored with it.
    pub(crate) fn clear(&self) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

pub(super) fn wall_text(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Core {
    /// Milliseconds the current item has been running, from the monotonic clock.
    pub(super) fn elapsed_ms(&self, meeting_id: &str, row: &RunRow) -> i64 {
        let Some(since) = &row.running_since else {
            return row.elapsed_before_ms;
        };
        let now = self.clock.monotonic();
        let mut anchors = self.anchors.0.lock().unwrap_or_else(|p| p.into_inner());
        let anchor = anchors
            .entry(meeting_id.to_owned())
            .and_modify(|a| {
                if &a.wall != since {
                    *a = self.anchor_from_wall(since, now);
                }
            })
            .or_insert_with(|| self.anchor_from_wall(since, now));
        let running = anchor.carried + now.saturating_sub(anchor.monotonic);
        row.elapsed_before_ms + running.as_millis() as i64
    }

    /// After a restart only the wall clock knows when the item started running.
    fn anchor_from_wall(&self, since: &str, now: Duration) -> Anchor {
        let started = DateTime::parse_from_rfc3339(since).map(|t| t.with_timezone(&Utc));
        let ago = started
            .ok()
            .and_then(|t| (self.clock.now_utc() - t).to_std().ok())
            .unwrap_or_default();
        Anchor {
            wall: since.to_owned(),
            monotonic: now,
            carried: ago,
        }
    }

    /// Starts the clock now: records both clocks so elapsed time stays monotonic.
    pub(super) fn start_clock(&self, meeting_id: &str) -> String {
        let wall = wall_text(self.clock.now_utc());
        let anchor = Anchor {
            wall: wall.clone(),
            monotonic: self.clock.monotonic(),
            carried: Duration::ZERO,
        };
        let mut anchors = self.anchors.0.lock().unwrap_or_else(|p| p.into_inner());
        anchors.insert(meeting_id.to_owned(), anchor);
        wall
    }
}
