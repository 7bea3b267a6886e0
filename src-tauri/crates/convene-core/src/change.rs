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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{ChangeEvent, Entity};
    use crate::CoreError;

    fn insert_community(tx: &Transaction, id: &str) -> CoreResult<()> {
        tx.execute(
            "INSERT INTO community (id, name, created_at, updated_at) VALUES (?1, ?1, 'x', 'x')",
            [id],
        )?;
        Ok(())
    }

    #[test]
    fn notices_go_out_after_the_commit_and_a_saved_write_is_reported_saved() {
        let dir = tempfile::tempdir().unwrap();
        let core = Core::open(dir.path()).unwrap();
        let mut heard = core.subscribe();
        let saved = core.write_and_publish(|tx| {
            insert_community(tx, "c1")?;
            assert!(
                heard.try_recv().is_err(),
                "nothing is announced before the commit"
            );
            let event = ChangeEvent::created(Entity::Community, "c1", "c1");
            Ok(Change::new("saved", event))
        });
        assert_eq!(saved.unwrap(), "saved");
        assert!(matches!(heard.try_recv(), Ok(AppEvent::Changed(c)) if c.id == "c1"));
    }

    #[test]
    fn a_refused_write_announces_nothing_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let core = Core::open(dir.path()).unwrap();
        let mut heard = core.subscribe();
        let refused: CoreResult<()> = core.write_and_publish(|tx| {
            insert_community(tx, "c2")?;
            Err(CoreError::invalid(
                "date",
                convene_i18n::msg!("errors-meeting-no-date"),
            ))
        });
        assert!(refused.is_err());
        assert!(heard.try_recv().is_err());
        let count: i64 = core
            .store
            .read(|c| {
                Ok(
                    c.query_row("SELECT COUNT(*) FROM community WHERE id = 'c2'", [], |r| {
                        r.get(0)
                    })?,
                )
            })
            .unwrap();
        assert_eq!(count, 0);
    }
}
