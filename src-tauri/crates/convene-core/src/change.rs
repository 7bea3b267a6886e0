//! The one way a command saves and tells the views: its write returns the value with
//! the change notices it owes, and they are published only once the transaction has
//! committed. Everything a notice needs is computed inside the transaction, so nothing
//! after the commit can turn a saved change into a reported failure.

use rusqlite::Transaction;

use crate::events::AppEvent;
use crate::{Core, CoreResult};

/// What a write produced, and what to announce about it once it is on disk.
pub(crate) struct Change<T> {
    pub value: T,
    /// Empty when nothing changed that a view shows (a dry run).
    pub events: Vec<AppEvent>,
}

impl<T> Change<T> {
    pub fn new(value: T, event: AppEvent) -> Self {
        Change {
            value,
            events: vec![event],
        }
    }
}

impl Core {
    /// Runs `write` in one transaction, commits, then publishes its events.
    pub(crate) fn write_and_publish<T>(
        &self,
        write: impl FnOnce(&Transaction) -> CoreResult<Change<T>>,
    ) -> CoreResult<T> {
        let change = self.store.write(write)?;
        for event in change.events {
            self.events.publish(event);
        }
        Ok(change.value)
    }
}
