//! Backups of the one database file, so that nothing a facilitator saved is lost to a
//! bad upgrade, a mistaken deletion or a damaged disk.
//!
//! Each backup is a consistent copy made with SQLite's online backup API from the live
//! connection (never a raw copy of a WAL database), written under a temporary name in
//! the `backups/` folder beside the data and renamed into place, so a crash never
//! leaves half a backup. Convene makes one at start-up when the newest is over a day
//! old, one before migrating an existing database, one before every restore, and one
//! whenever the facilitator asks; the `retention` module decides which to keep.

mod restore;
mod retention;

use convene_i18n::msg;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use crate::domain::NoArgs;
use crate::{Core, CoreError, CoreResult};

pub use restore::{
    restore, restore_bytes, restore_file, RestoreBackup, RestoreFile, RestoreReport,
};

/// The folder, beside the database, that holds the backups.
pub const FOLDER: &str = "backups";

const STAMP_FORMAT: &str = "%Y-%m-%dT%H%M%SZ";

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum BackupKind {
    /// At start-up, when the newest backup was over a day old.
    Daily,
    /// The facilitator asked for it (Back up now, `convene backup`).
    Manual,
    /// Just before an upgrade of Convene changed the database's layout.
    BeforeMigration,
    /// The data a restore replaced.
    BeforeRestore,
}

const KINDS: [BackupKind; 4] = [
    BackupKind::Daily,
    BackupKind::Manual,
    BackupKind::BeforeMigration,
    BackupKind::BeforeRestore,
];

impl BackupKind {
    fn slug(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::Manual => "manual",
            BackupKind::BeforeMigration => "before-migration",
            BackupKind::BeforeRestore => "before-restore",
        }
    }
}

/// What a backup holds, counted when it is listed or restored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupContents {
    pub communities: u32,
    pub meetings: u32,
    pub members: u32,
}

/// One file in the backups folder.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file's name inside the backups folder; restoring asks for it by this name.
    pub name: String,
    pub kind: BackupKind,
    /// When it was made (UTC, RFC 3339).
    pub created: String,
    #[ts(type = "number")]
    pub size_bytes: u64,
    /// None when the file cannot be read as a Convene database.
    pub contents: Option<BackupContents>,
}

/// A backup's file name, `convene-2026-12-06T024500Z-daily.db`, and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BackupName {
    pub created: DateTime<Utc>,
    pub kind: BackupKind,
}

impl BackupName {
    pub fn file_name(&self) -> String {
        format!(
            "convene-{}-{}.db",
            self.created.format(STAMP_FORMAT),
            self.kind.slug()
        )
    }

    /// Reads a name Convene wrote; anything else (another file, a path, `..`) is None.
    pub fn parse(name: &str) -> Option<BackupName> {
        let rest = name.strip_prefix("convene-")?.strip_suffix(".db")?;
        let stamp = rest.get(..18)?;
        let slug = rest.get(18..)?.strip_prefix('-')?;
        let kind = KINDS.into_iter().find(|k| k.slug() == slug)?;
        let created = NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT)
            .ok()?
            .and_utc();
        let parsed = BackupName { created, kind };
        // Only the exact spelling Convene writes, so a name can never reach outside.
        (parsed.file_name() == name).then_some(parsed)
    }
}

impl Core {
    /// Where this data's backups are kept.
    pub fn backups_folder(&self) -> PathBuf {
        folder_beside(self.store.path())
    }
}

pub(crate) fn folder_beside(database: &Path) -> PathBuf {
    database
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(FOLDER)
}

fn folder_error(folder: &Path, source: std::io::Error) -> CoreError {
    CoreError::File {
        path: folder.display().to_string(),
        source,
    }
}

/// Copies the whole database behind `source` into a new backup, and names it.
pub(crate) fn write_backup(
    source: &Connection,
    folder: &Path,
    kind: BackupKind,
    now: DateTime<Utc>,
) -> CoreResult<BackupName> {
    std::fs::create_dir_all(folder).map_err(|e| folder_error(folder, e))?;
    let backup = free_name(folder, kind, now);
    let temporary = tempfile::Builder::new()
        .prefix(".partial-")
        .suffix(".db")
        .tempfile_in(folder)
        .map_err(|e| folder_error(folder, e))?;
    copy_database(source, temporary.path())?;
    temporary
        .persist(folder.join(backup.file_name()))
        .map_err(|e| folder_error(folder, e.error))?;
    Ok(backup)
}

/// Two backups of one kind in the same second get successive seconds, never one name.
fn free_name(folder: &Path, kind: BackupKind, now: DateTime<Utc>) -> BackupName {
    let mut backup = BackupName { created: now, kind };
    while folder.join(backup.file_name()).exists() {
        backup.created += chrono::Duration::seconds(1);
    }
    backup
}

fn copy_database(source: &Connection, target: &Path) -> CoreResult<()> {
    let mut copy = Connection::open(target)?;
    Backup::new(source, &mut copy)?.run_to_completion(100, Duration::ZERO, None)?;
    // One self-contained file: no `-wal` beside it to forget when it is copied away.
    let _mode: String = copy.query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))?;
    copy.close().map_err(|(_, e)| e)?;
    Ok(())
}

/// Every backup in the folder with the name it was found under (none if no folder yet).
pub(crate) fn backups_in(folder: &Path) -> CoreResult<Vec<(String, BackupName)>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(folder_error(folder, e)),
    };
    Ok(entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter_map(|name| BackupName::parse(&name).map(|parsed| (name, parsed)))
        .collect())
}

pub(crate) fn contents_of(conn: &Connection) -> rusqlite::Result<BackupContents> {
    conn.query_row(
        "SELECT (SELECT COUNT(*) FROM community), (SELECT COUNT(*) FROM meeting),
                (SELECT COUNT(*) FROM member)",
        [],
        |row| {
            Ok(BackupContents {
                communities: row.get(0)?,
                meetings: row.get(1)?,
                members: row.get(2)?,
            })
        },
    )
}

fn describe(folder: &Path, name: String, parsed: BackupName) -> BackupInfo {
    let path = folder.join(&name);
    let contents = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|conn| contents_of(&conn))
        .ok();
    BackupInfo {
        size_bytes: std::fs::metadata(&path).map_or(0, |m| m.len()),
        kind: parsed.kind,
        created: instant(parsed.created),
        contents,
        name,
    }
}

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `backup.list`: every backup, newest first.
pub fn list(core: &Core, _: NoArgs) -> CoreResult<Vec<BackupInfo>> {
    let folder = core.backups_folder();
    let mut found = backups_in(&folder)?;
    found.sort_by(|a, b| (b.1.created, &b.0).cmp(&(a.1.created, &a.0)));
    Ok(found
        .into_iter()
        .map(|(name, parsed)| describe(&folder, name, parsed))
        .collect())
}

/// `backup.create` (Back up now, `convene backup`): a backup of the data as it is now.
pub fn create(core: &Core, _: NoArgs) -> CoreResult<BackupInfo> {
    make(core, BackupKind::Manual)
}

fn make(core: &Core, kind: BackupKind) -> CoreResult<BackupInfo> {
    let folder = core.backups_folder();
    let now = core.clock.now_utc();
    let made = core
        .store
        .exclusive(|conn| write_backup(conn, &folder, kind, now))?;
    retention::prune(&folder);
    Ok(describe(&folder, made.file_name(), made))
}

/// Called by [`crate::store::Store::open`] before it migrates an existing database. A
/// failure stops the migration, so the old file stays as it was.
pub(crate) fn before_migration(
    conn: &Connection,
    folder: &Path,
    now: DateTime<Utc>,
) -> CoreResult<()> {
    write_backup(conn, folder, BackupKind::BeforeMigration, now)
        .map(|_| ())
        .map_err(|e| {
            CoreError::Backup(msg!("errors-backup-before-migration", detail = e.message()))
        })
}

/// At start-up: a daily backup when the newest backup is a day old or more (or there
/// is none). A failure is reported on stderr and never stops Convene opening.
pub(crate) fn at_start_up(core: &Core) {
    if let Err(e) = daily(core) {
        eprintln!("convene: The daily backup could not be made: {e}");
    }
}

fn daily(core: &Core) -> CoreResult<()> {
    let now = core.clock.now_utc();
    let newest = backups_in(&core.backups_folder())?
        .into_iter()
        .map(|(_, parsed)| parsed.created)
        .max();
    // Either way round: a clock set back must not stop backups for the time it jumped.
    let recent = newest.is_some_and(|at| (now - at).abs() < chrono::Duration::hours(24));
    if !recent {
        make(core, BackupKind::Daily)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn names_round_trip_and_nothing_else_is_a_name() {
        let created = Utc.with_ymd_and_hms(2026, 12, 6, 2, 45, 0).unwrap();
        for kind in KINDS {
            let name = BackupName { created, kind }.file_name();
            assert_eq!(BackupName::parse(&name), Some(BackupName { created, kind }));
        }
        assert_eq!(
            BackupName {
                created,
                kind: BackupKind::Daily
            }
            .file_name(),
            "convene-2026-12-06T024500Z-daily.db"
        );
        for bad in [
            "../convene.db",
            "convene.db",
            "convene-2026-12-06T024500Z-daily.db/../x",
            "backups/convene-2026-12-06T024500Z-daily.db",
            "convene-2026-12-06T024500Z-weekly.db",
            "convene-2026-13-06T024500Z-daily.db",
            "convene-2026-12-06T024500Z-daily.db-wal",
            "convene-2026-12-06T0245é0Z-daily.db",
            "",
        ] {
            assert_eq!(BackupName::parse(bad), None, "{bad}");
        }
    }
}
