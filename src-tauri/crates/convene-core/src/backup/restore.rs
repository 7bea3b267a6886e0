//! Putting a backup's data back in place of the current data.
//!
//! The candidate is checked first (an SQLite file, Convene's, not from a newer Convene,
//! not damaged); a refusal changes nothing. Then the current data is itself backed up,
//! and the candidate is copied into the live connection with the backup API, upgraded
//! if it is older, and announced to every open view.

use convene_i18n::msg;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use base64::Engine;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{contents_of, instant, write_backup, BackupContents, BackupKind, BackupName};
use crate::change::Change;
use crate::events::AppEvent;
use crate::store::{current_version, schema_version, upgrade};
use crate::{Core, CoreError, CoreResult};

/// `backup.restore`: one of the backups in the backups folder, by its name.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RestoreBackup {
    pub name: String,
}

/// `backup.restoreFile`: a database file the facilitator chose, as base64.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RestoreFile {
    pub file_base64: String,
}

/// What a restore put back, and where the data it replaced went.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreReport {
    /// The backup restored, when it came from the backups folder.
    pub backup_name: Option<String>,
    /// When the restored data was saved (UTC, RFC 3339): the backup's time, or for a
    /// chosen file the last change recorded in it.
    pub saved_at: Option<String>,
    pub contents: BackupContents,
    /// The name of the backup that holds the data this restore replaced.
    pub safety_backup: String,
}

/// A checked database waiting to be restored.
struct Candidate {
    conn: Connection,
    contents: BackupContents,
    last_change: Option<String>,
}

pub fn restore(core: &Core, request: RestoreBackup) -> CoreResult<RestoreReport> {
    let Some(backup) = BackupName::parse(&request.name) else {
        return Err(CoreError::invalid("name", msg!("errors-backup-bad-name")));
    };
    let path = core.backups_folder().join(backup.file_name());
    if !path.is_file() {
        return Err(CoreError::NotFound(msg!("errors-backup-gone")));
    }
    let candidate = check(&path, "name", "backup")?;
    let mut report = replace_data(core, &candidate)?;
    report.backup_name = Some(backup.file_name());
    report.saved_at = Some(instant(backup.created));
    Ok(report)
}

pub fn restore_file(core: &Core, request: RestoreFile) -> CoreResult<RestoreReport> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(request.file_base64.trim())
        .map_err(|_| not_convene("file"))?;
    restore_bytes(core, &bytes)
}

/// Restores a whole database file's bytes (a chosen file, `convene restore FILE`).
pub fn restore_bytes(core: &Core, bytes: &[u8]) -> CoreResult<RestoreReport> {
    let folder = core.backups_folder();
    let unwritable = |source| CoreError::File {
        path: folder.display().to_string(),
        source,
    };
    std::fs::create_dir_all(&folder).map_err(unwritable)?;
    // Deleted when dropped; its name is not a backup's, so it is never listed.
    let mut copy = tempfile::Builder::new()
        .prefix(".restoring-")
        .suffix(".db")
        .tempfile_in(&folder)
        .map_err(unwritable)?;
    copy.write_all(bytes).map_err(unwritable)?;
    copy.flush().map_err(unwritable)?;
    let candidate = check(copy.path(), "file", "file")?;
    replace_data(core, &candidate)
}

fn not_convene(field: &'static str) -> CoreError {
    CoreError::invalid(field, msg!("errors-not-a-database"))
}

/// Refuses anything that is not an undamaged Convene database this version can read;
/// `thing` (`backup` or `file`) picks the words of a refusal.
fn check(path: &Path, field: &'static str, thing: &'static str) -> CoreResult<Candidate> {
    // Read-write without create: the file must exist, and a copied WAL-mode database
    // can tidy its `-wal` away when closed. Only reads are made.
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|_| not_convene(field))?;
    let has_migrations: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master
                            WHERE type = 'table' AND name = 'schema_migrations')",
            [],
            |row| row.get(0),
        )
        .map_err(|_| not_convene(field))?;
    let version = current_version(&conn).map_err(|_| not_convene(field))?;
    if !has_migrations || version < 1 {
        return Err(not_convene(field));
    }
    if version > schema_version() {
        let newer = msg!(
            "errors-restore-newer",
            thing = thing,
            version = version,
            supported = schema_version()
        );
        return Err(CoreError::invalid(field, newer));
    }
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|_| not_convene(field))?;
    if verdict != "ok" {
        return Err(CoreError::invalid(
            field,
            msg!("errors-restore-damaged", thing = thing),
        ));
    }
    let contents = contents_of(&conn).map_err(|_| not_convene(field))?;
    let last_change = conn
        .query_row(
            "SELECT MAX(updated_at) FROM (SELECT updated_at FROM community
             UNION ALL SELECT updated_at FROM meeting UNION ALL SELECT updated_at FROM member)",
            [],
            |row| row.get(0),
        )
        .map_err(|_| not_convene(field))?;
    Ok(Candidate {
        conn,
        contents,
        last_change,
    })
}

fn replace_data(core: &Core, candidate: &Candidate) -> CoreResult<RestoreReport> {
    let folder = core.backups_folder();
    let now = core.clock.now_utc();
    // One hold on the connection, so no write lands between the safety copy and the restore.
    let safety = core.store.exclusive(|live| {
        let safety = write_backup(live, &folder, BackupKind::BeforeRestore, now)?;
        if let Err(failed) = copy_into(&candidate.conn, live) {
            // An upgrade of the restored data failed: put back what was there.
            let replaced = Connection::open(folder.join(safety.file_name()))?;
            copy_into(&replaced, live)?;
            return Err(failed);
        }
        Ok(safety)
    })?;
    core.anchors.clear();
    core.write_and_publish(|tx| {
        crate::domain::library::install_shipped(tx)?;
        Ok(Change::new((), AppEvent::Restored))
    })?;
    super::retention::prune(&folder);
    Ok(RestoreReport {
        backup_name: None,
        saved_at: candidate.last_change.clone(),
        contents: candidate.contents,
        safety_backup: safety.file_name(),
    })
}

/// Replaces every page of `live` with `source`'s (the backup API copies into a live
/// connection safely; a failed copy leaves it as it was), then upgrades older data.
fn copy_into(source: &Connection, live: &mut Connection) -> CoreResult<()> {
    Backup::new(source, live)?.run_to_completion(100, Duration::ZERO, None)?;
    upgrade(live)
}
