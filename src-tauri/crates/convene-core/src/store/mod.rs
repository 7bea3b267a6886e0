//! The one SQLite file that holds everything the facilitator saves.
//!
//! Opening applies the embedded migrations in order, each in its own transaction and
//! recorded in `schema_migrations`, and refuses a file written by a newer Convene.
//! Writes go through [`Store::write`], which brings derived tallies up to date and
//! commits before returning, so anything the UI reports as saved is on disk (WAL,
//! `synchronous=NORMAL`).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{CoreError, CoreResult};

mod tallies;

struct Migration {
    version: i64,
    name: &'static str,
    sql: &'static str,
}

/// Ordered and append-only: a landed migration is never edited, only followed by another.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "communities, members, meetings, attendance",
        sql: include_str!("migrations/0001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "agendas, agenda templates, live run",
        sql: include_str!("migrations/0002_agenda_and_run.sql"),
    },
    Migration {
        version: 3,
        name: "community agreements",
        sql: include_str!("migrations/0003_agreements.sql"),
    },
    Migration {
        version: 4,
        name: "activity library, agreement check-ins, agreements reminder",
        sql: include_str!("migrations/0004_library.sql"),
    },
    Migration {
        version: 5,
        name: "run history: several runs per meeting",
        sql: include_str!("migrations/0005_run_history.sql"),
    },
    Migration {
        version: 6,
        name: "paired devices",
        sql: include_str!("migrations/0006_paired_devices.sql"),
    },
    Migration {
        version: 7,
        name: "languages",
        sql: include_str!("migrations/0007_languages.sql"),
    },
    Migration {
        version: 8,
        name: "evaluation forms",
        sql: include_str!("migrations/0008_forms.sql"),
    },
    Migration {
        version: 9,
        name: "saved form templates, participant codes",
        sql: include_str!("migrations/0009_form_templates_and_codes.sql"),
    },
    Migration {
        version: 10,
        name: "report: starred and hidden comments",
        sql: include_str!("migrations/0010_report.sql"),
    },
    Migration {
        version: 11,
        name: "report: per-meeting tallies for pooling",
        sql: include_str!("migrations/0011_report_tallies.sql"),
    },
    Migration {
        version: 12,
        name: "series, contact hours, certificates",
        sql: include_str!("migrations/0012_series_hours_certificates.sql"),
    },
    Migration {
        version: 13,
        name: "development plans, growth-coach pairs",
        sql: include_str!("migrations/0013_development_plans.sql"),
    },
    Migration {
        version: 14,
        name: "reflection worksheets",
        sql: include_str!("migrations/0014_worksheets.sql"),
    },
    Migration {
        version: 15,
        name: "scanned pages and their snippets",
        sql: include_str!("migrations/0015_scans.sql"),
    },
];

/// The schema version this build writes.
pub fn schema_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
}

/// What [`Store::open`] found.
pub struct Opened {
    pub store: Store,
    /// True when the file had no schema yet (a first run).
    pub created: bool,
}

impl Store {
    /// Opens the file and brings its schema up to date. When an existing database needs
    /// migrating, `before_migrating` gets the connection first (to back it up); if it
    /// fails, nothing is migrated and its error is returned.
    pub fn open(
        path: &Path,
        before_migrating: impl FnOnce(&Connection) -> CoreResult<()>,
    ) -> CoreResult<Opened> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        let found = current_version(&conn)?;
        if found > schema_version() {
            return Err(CoreError::NewerDatabase {
                found,
                supported: schema_version(),
            });
        }
        if found > 0 && found < schema_version() {
            before_migrating(&conn)?;
        }
        migrate(&mut conn, found)?;
        Ok(Opened {
            store: Store {
                conn: Mutex::new(conn),
                path: path.to_owned(),
            },
            created: found == 0,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the connection for reads.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> CoreResult<T>) -> CoreResult<T> {
        f(&self.lock())
    }

    /// Runs `f` in an immediate transaction and commits it; on any error nothing is written.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> CoreResult<T>) -> CoreResult<T> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tallies::recount_stale(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in a transaction and rolls it back: a dry run that sees exactly what the
    /// real write would, and leaves nothing behind.
    pub(crate) fn rehearse<T>(
        &self,
        f: impl FnOnce(&Transaction) -> CoreResult<T>,
    ) -> CoreResult<T> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        f(&tx)
    }

    /// Runs `f` with the connection to itself, between writes: backups read it whole and
    /// a restore replaces its contents.
    pub(crate) fn exclusive<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> CoreResult<T>,
    ) -> CoreResult<T> {
        f(&mut self.lock())
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-written row behind (the
        // transaction rolls back on drop), so the connection is still sound.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn configure(conn: &Connection) -> CoreResult<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // journal_mode answers with a row, so it is queried rather than executed.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    conn.execute_batch("PRAGMA synchronous = NORMAL;")?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    Ok(())
}

pub(crate) fn current_version(conn: &Connection) -> CoreResult<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Applies whatever migrations the data in `conn` lacks (after a restore of older data).
pub(crate) fn upgrade(conn: &mut Connection) -> CoreResult<()> {
    let found = current_version(conn)?;
    migrate(conn, found)
}

fn migrate(conn: &mut Connection, found: i64) -> CoreResult<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY NOT NULL,
             name       TEXT NOT NULL,
             applied_at TEXT NOT NULL
         );",
    )?;
    for migration in MIGRATIONS.iter().filter(|m| m.version > found) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(migration.sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)",
            (migration.version, migration.name, crate::time::now_utc()),
        )?;
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.commit()?;
    }
    // A migration may have marked every meeting's tallies stale.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tallies::recount_stale(&tx)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_hook(_: &Connection) -> CoreResult<()> {
        Ok(())
    }

    #[test]
    fn versions_are_strictly_increasing() {
        let versions: Vec<i64> = MIGRATIONS.iter().map(|m| m.version).collect();
        assert!(versions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(versions.first(), Some(&1));
    }

    #[test]
    fn migrates_an_empty_file_and_records_every_step() {
        let dir = tempfile::tempdir().unwrap();
        let opened = Store::open(&dir.path().join("c.db"), no_hook).unwrap();
        assert!(opened.created);
        let recorded: i64 = opened
            .store
            .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM schema_migrations", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(recorded, MIGRATIONS.len() as i64);
        let mode: String = opened
            .store
            .read(|c| Ok(c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn reopening_applies_nothing_twice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        drop(Store::open(&path, no_hook).unwrap());
        let again = Store::open(&path, no_hook).unwrap();
        assert!(!again.created);
    }

    #[test]
    fn refuses_a_file_from_a_newer_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        drop(conn);
        let err = Store::open(&path, no_hook)
            .err()
            .expect("newer file must be refused");
        assert!(matches!(err, CoreError::NewerDatabase { .. }));
        assert!(err.to_string().contains("newer version of Convene"));
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("c.db"), no_hook)
            .unwrap()
            .store;
        let result: CoreResult<()> = store.write(|tx| {
            tx.execute(
                "INSERT INTO community (id, name, created_at, updated_at) VALUES ('a', 'A', 'x', 'x')",
                [],
            )?;
            Err(CoreError::invalid("date", convene_i18n::msg!("errors-meeting-no-date")))
        });
        assert!(result.is_err());
        let count: i64 = store
            .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM community", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(count, 0);
    }
}
