//! Time sources for the live timer. Elapsed time comes from a monotonic clock (immune
//! to the wall clock being changed mid-meeting); the wall clock only stamps what is
//! persisted, so a restarted app can work out where the meeting is. Tests inject a
//! clock they move by hand.

use std::time::{Duration, Instant};

use chrono::{DateTime, Local, NaiveDateTime, Utc};

pub trait Clock: Send + Sync {
    /// Time since a fixed origin; never goes backwards.
    fn monotonic(&self) -> Duration;
    fn now_utc(&self) -> DateTime<Utc>;
    /// The local date and time, for comparing with meeting times.
    fn local_now(&self) -> NaiveDateTime;
}

pub struct SystemClock {
    origin: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock {
            origin: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn monotonic(&self) -> Duration {
        self.origin.elapsed()
    }

    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn local_now(&self) -> NaiveDateTime {
        Local::now().naive_local()
    }
}
