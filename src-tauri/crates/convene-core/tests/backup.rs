//! Backups as the facilitator relies on them: made at start-up and before an upgrade,
//! pruned by the retention rule, restored with a report and a safety copy, refused
//! (changing nothing) when the file is not one Convene can restore, and consistent
//! while the data is being written.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use convene_core::clock::Clock;
use convene_core::events::AppEvent;
use convene_core::{Core, ErrorCode, DATABASE_FILE};
use rusqlite::Connection;
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};

/// A wall clock standing still at one instant.
struct StoppedClock(DateTime<Utc>);

impl Clock for StoppedClock {
    fn monotonic(&self) -> Duration {
        Duration::ZERO
    }
    fn now_utc(&self) -> DateTime<Utc> {
        self.0
    }
    fn local_now(&self) -> NaiveDateTime {
        self.0.naive_utc()
    }
}

fn open_at(dir: &Path, at: DateTime<Utc>) -> Core {
    Core::open_with_clock(dir, Arc::new(StoppedClock(at))).unwrap()
}

fn noon(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, 12, 0, 0).unwrap()
}

fn backup_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("backups"))
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn count(db: &Path, table: &str) -> i64 {
    let conn = Connection::open(db).unwrap();
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn user_version(db: &Path) -> i64 {
    let conn = Connection::open(db).unwrap();
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn start_up_backs_up_a_day_after_the_last_backup_and_not_before() {
    let (dir, core) = open();
    drop(core);
    assert!(
        backup_names(dir.path()).is_empty(),
        "a new database has nothing to back up"
    );

    drop(open_at(dir.path(), noon(1)));
    assert_eq!(
        backup_names(dir.path()),
        ["convene-2026-12-01T120000Z-daily.db"]
    );
    drop(open_at(dir.path(), noon(1) + chrono::Duration::hours(23)));
    assert_eq!(backup_names(dir.path()).len(), 1, "the last one is recent");
    drop(open_at(dir.path(), noon(2) + chrono::Duration::minutes(1)));
    assert_eq!(backup_names(dir.path()).len(), 2);

    let backup = dir
        .path()
        .join("backups")
        .join(&backup_names(dir.path())[0]);
    assert_eq!(
        count(&backup, "community"),
        1,
        "the example community is in it"
    );
    assert!(!dir
        .path()
        .join("backups")
        .join(format!("{}-wal", backup_names(dir.path())[0]))
        .exists());
    let mode: String = Connection::open(&backup)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete", "a backup is one self-contained file");
}

/// A database as the first version of Convene left it, with one community.
fn first_version_database(db: &Path) {
    let conn = Connection::open(db).unwrap();
    conn.execute_batch(include_str!("../src/store/migrations/0001_initial.sql"))
        .unwrap();
    conn.execute_batch(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL,
             name TEXT NOT NULL, applied_at TEXT NOT NULL);
         INSERT INTO schema_migrations VALUES (1, 'initial', '2026-01-01T00:00:00Z');
         INSERT INTO community (id, name, created_at, updated_at)
             VALUES ('c1', 'Old Friends', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         PRAGMA user_version = 1;",
    )
    .unwrap();
}

#[test]
fn an_upgrade_backs_up_the_old_file_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    first_version_database(&db);
    let core = open_at(dir.path(), noon(3));
    drop(core);
    assert_eq!(
        backup_names(dir.path()),
        ["convene-2026-12-03T120000Z-before-migration.db"],
        "no daily one besides: the newest backup is minutes old"
    );
    let backup = dir
        .path()
        .join("backups")
        .join(&backup_names(dir.path())[0]);
    assert_eq!(user_version(&backup), 1);
    assert_eq!(count(&backup, "community"), 1);
    assert!(user_version(&db) > 1);
    assert_eq!(count(&db, "community"), 1);
}

#[test]
fn an_upgrade_that_cannot_back_up_first_leaves_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    first_version_database(&db);
    std::fs::write(
        dir.path().join("backups"),
        "a file where the folder should be",
    )
    .unwrap();
    let error = Core::open(dir.path()).err().expect("the upgrade must stop");
    assert_eq!(error.code(), ErrorCode::Backup);
    assert!(
        error
            .to_string()
            .contains("could not back it up first, so it left the data unchanged"),
        "{error}"
    );
    assert_eq!(user_version(&db), 1);
}

#[test]
fn a_failed_daily_backup_does_not_stop_convene_opening() {
    let (dir, core) = open();
    drop(core);
    std::fs::write(
        dir.path().join("backups"),
        "a file where the folder should be",
    )
    .unwrap();
    let core = open_at(dir.path(), noon(4));
    assert_eq!(
        ok(&core, "community.list", json!({}))
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_backup_left_half_written_by_a_crash_is_cleared_and_one_being_written_is_not() {
    let (dir, core) = open();
    let folder = dir.path().join("backups");
    std::fs::create_dir_all(&folder).unwrap();
    let stale = folder.join(".partial-crashed.db");
    let writing = folder.join(".partial-writing.db");
    for path in [&stale, &writing] {
        std::fs::write(path, b"half a backup").unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(2 * 60 * 60);
    let file = std::fs::File::options().write(true).open(&stale).unwrap();
    file.set_modified(two_hours_ago).unwrap();
    ok(&core, "backup.create", json!({}));
    assert!(
        !stale.exists(),
        "a partial backup from hours ago is a crash's leftover"
    );
    assert!(
        writing.exists(),
        "a fresh partial may be another Convene still writing"
    );
}

#[test]
fn start_up_prunes_to_seven_days_four_weeks_and_ten_manual() {
    let dir = tempfile::tempdir().unwrap();
    drop(Core::open(dir.path()).unwrap());
    let folder = dir.path().join("backups");
    std::fs::create_dir(&folder).unwrap();
    let now = noon(6); // a Sunday
    for days_ago in 1..=40 {
        let at = now - chrono::Duration::days(days_ago) - chrono::Duration::hours(4);
        let name = format!("convene-{}-daily.db", at.format("%Y-%m-%dT%H%M%SZ"));
        std::fs::write(folder.join(name), b"").unwrap();
        let name = format!("convene-{}-manual.db", at.format("%Y-%m-%dT%H%M%SZ"));
        std::fs::write(folder.join(name), b"").unwrap();
    }
    std::fs::write(folder.join("notes.txt"), b"not a backup").unwrap();

    drop(open_at(dir.path(), now));
    let names = backup_names(dir.path());
    let daily: Vec<&str> = names
        .iter()
        .filter(|n| n.ends_with("-daily.db"))
        .map(|n| &n[8..18])
        .collect();
    // Today and the six days before; then the newest of the three weeks before this one.
    assert_eq!(
        daily,
        [
            "2026-11-15",
            "2026-11-22",
            "2026-11-29",
            "2026-11-30",
            "2026-12-01",
            "2026-12-02",
            "2026-12-03",
            "2026-12-04",
            "2026-12-05",
            "2026-12-06"
        ]
    );
    let manual: Vec<&String> = names.iter().filter(|n| n.ends_with("-manual.db")).collect();
    assert_eq!(manual.len(), 10);
    assert!(
        manual[0].starts_with("convene-2026-11-26"),
        "the ten newest: {manual:?}"
    );
    assert!(
        names.contains(&"notes.txt".to_owned()),
        "other files are left alone"
    );
}

fn example_id(core: &Core) -> Value {
    ok(core, "community.list", json!({}))[0]["id"].clone()
}

#[test]
fn restoring_a_backup_brings_back_deleted_data_and_keeps_what_it_replaced() {
    let (dir, core) = open();
    let made = ok(&core, "backup.create", json!({}));
    assert_eq!(made["kind"], "manual");
    let members = made["contents"]["members"].as_u64().unwrap();
    assert!(members > 0);
    ok(
        &core,
        "community.delete",
        json!({ "id": example_id(&core), "confirmAttendanceLoss": true }),
    );
    assert_eq!(ok(&core, "community.list", json!({})), json!([]));

    let mut events = core.subscribe();
    let report = ok(&core, "backup.restore", json!({ "name": made["name"] }));
    assert_eq!(report["backupName"], made["name"]);
    assert_eq!(report["savedAt"], made["created"]);
    assert_eq!(report["contents"], made["contents"]);
    assert_eq!(
        ok(&core, "community.list", json!({}))
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(matches!(events.try_recv(), Ok(AppEvent::Restored)));

    let list = ok(&core, "backup.list", json!({}));
    let safety = list
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == report["safetyBackup"])
        .expect("the replaced data is a listed backup");
    assert_eq!(safety["kind"], "beforeRestore");
    assert_eq!(safety["contents"]["communities"], 0);

    // The activity library still answers after the data under it was replaced.
    let found = ok(&core, "activity.search", json!({ "query": "marshmallow" }));
    assert!(found.to_string().contains("Marshmallow Challenge"));
    drop(dir);
}

#[test]
fn a_meeting_running_in_the_backup_runs_on_after_the_restore() {
    let (_dir, core) = open();
    let community = example_id(&core);
    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }));
    let meeting_id = meetings[0]["id"].clone();
    ok(&core, "run.start", json!({ "meetingId": meeting_id }));
    let made = ok(&core, "backup.create", json!({}));
    ok(&core, "run.end", json!({ "meetingId": meeting_id }));

    ok(&core, "backup.restore", json!({ "name": made["name"] }));
    let run = ok(&core, "run.get", json!({ "meetingId": meeting_id }));
    assert_eq!(run["status"], "running");
    assert_eq!(ok(&core, "run.liveMeeting", json!({})), meeting_id);
}

#[test]
fn restoring_a_chosen_file_reports_when_it_was_last_changed() {
    let (dir, core) = open();
    let made = ok(&core, "backup.create", json!({}));
    let bytes = std::fs::read(
        dir.path()
            .join("backups")
            .join(made["name"].as_str().unwrap()),
    )
    .unwrap();
    ok(
        &core,
        "community.delete",
        json!({ "id": example_id(&core), "confirmAttendanceLoss": true }),
    );
    let file_base64 = base64::engine::general_purpose::STANDARD.encode(&bytes);
    let report = ok(
        &core,
        "backup.restoreFile",
        json!({ "fileBase64": file_base64 }),
    );
    assert_eq!(report["backupName"], Value::Null);
    assert!(report["savedAt"].as_str().unwrap().starts_with("20"));
    assert_eq!(report["contents"]["communities"], 1);
    assert_eq!(
        ok(&core, "community.list", json!({}))
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(
        !backup_names(dir.path()).iter().any(|n| n.starts_with('.')),
        "no temporary file is left behind"
    );
}

#[test]
fn an_older_backup_is_upgraded_when_restored() {
    let (dir, core) = open();
    let old = dir.path().join("old.db");
    first_version_database(&old);
    let file_base64 =
        base64::engine::general_purpose::STANDARD.encode(std::fs::read(&old).unwrap());
    let report = ok(
        &core,
        "backup.restoreFile",
        json!({ "fileBase64": file_base64 }),
    );
    assert_eq!(report["contents"]["communities"], 1);
    let listed = ok(&core, "community.list", json!({}));
    assert_eq!(listed[0]["name"], "Old Friends");
    assert!(user_version(&dir.path().join(DATABASE_FILE)) > 1);
    let found = ok(&core, "activity.search", json!({ "query": "marshmallow" }));
    assert!(
        found.to_string().contains("Marshmallow Challenge"),
        "the shipped library is installed"
    );
}

fn sqlite_file_with(sql: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    Connection::open(&path).unwrap().execute_batch(sql).unwrap();
    std::fs::read(path).unwrap()
}

#[test]
fn files_that_are_not_restorable_are_refused_and_nothing_changes() {
    let (dir, core) = open();
    let made = ok(&core, "backup.create", json!({}));
    let backup = dir
        .path()
        .join("backups")
        .join(made["name"].as_str().unwrap());
    let newer = dir.path().join("newer.db");
    std::fs::copy(&backup, &newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"Agenda: welcome, icebreaker, lunch.".repeat(200),
            "not a Convene database",
        ),
        (vec![], "not a Convene database"),
        (
            sqlite_file_with("CREATE TABLE recipe (name TEXT);"),
            "not a Convene database",
        ),
        (
            std::fs::read(&newer).unwrap(),
            "made by a newer version of Convene (schema 99",
        ),
    ];
    let before_names = backup_names(dir.path());
    let before_list = ok(&core, "community.list", json!({}));
    for (bytes, expected) in cases {
        let file_base64 = base64::engine::general_purpose::STANDARD.encode(&bytes);
        let error = refused(
            &core,
            "backup.restoreFile",
            json!({ "fileBase64": file_base64 }),
        );
        assert_eq!(error.code, ErrorCode::Invalid);
        assert_eq!(error.field.as_deref(), Some("file"));
        assert!(error.message.contains(expected), "{}", error.message);
        assert!(error.message.ends_with('.'), "{}", error.message);
    }
    let error = refused(
        &core,
        "backup.restoreFile",
        json!({ "fileBase64": "not base64!" }),
    );
    assert_eq!(error.message, "That file is not a Convene database.");
    for name in [
        "../convene.db",
        "convene.db",
        "backups/x.db",
        "/etc/passwd",
        "",
    ] {
        let error = refused(&core, "backup.restore", json!({ "name": name }));
        assert_eq!(error.field.as_deref(), Some("name"), "{name}");
        assert!(error.message.ends_with('.'));
    }
    let error = refused(
        &core,
        "backup.restore",
        json!({ "name": "convene-2020-01-01T000000Z-manual.db" }),
    );
    assert_eq!(error.code, ErrorCode::NotFound);
    assert_eq!(
        backup_names(dir.path()),
        before_names,
        "no backup was made or left behind"
    );
    assert_eq!(ok(&core, "community.list", json!({})), before_list);
}

#[test]
fn a_backup_taken_while_another_connection_writes_is_consistent() {
    let (dir, core) = open();
    let db = dir.path().join(DATABASE_FILE);
    let writer = {
        let db = db.clone();
        std::thread::spawn(move || {
            let mut conn = Connection::open(&db).unwrap();
            conn.busy_timeout(Duration::from_secs(10)).unwrap();
            conn.execute_batch("CREATE TABLE churn (n INTEGER NOT NULL)")
                .unwrap();
            for n in 0..300 {
                // Two rows a transaction: a consistent copy always holds an even number.
                let tx = conn.transaction().unwrap();
                tx.execute("INSERT INTO churn VALUES (?1)", [n]).unwrap();
                tx.execute("INSERT INTO churn VALUES (?1)", [n]).unwrap();
                tx.commit().unwrap();
                std::thread::sleep(Duration::from_millis(1));
            }
        })
    };
    let mut made = vec![];
    while !writer.is_finished() || made.is_empty() {
        made.push(
            ok(&core, "backup.create", json!({}))["name"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    writer.join().unwrap();
    let mut checked_mid_write = 0;
    for name in &made {
        let path = dir.path().join("backups").join(name);
        if !path.exists() {
            continue; // pruned: only the ten newest manual backups are kept
        }
        let conn = Connection::open(&path).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{name}");
        let rows: rusqlite::Result<i64> =
            conn.query_row("SELECT COUNT(*) FROM churn", [], |r| r.get(0));
        if let Ok(rows) = rows {
            assert_eq!(rows % 2, 0, "{name} holds half a transaction");
            checked_mid_write += usize::from(rows > 0 && rows < 600);
        }
    }
    assert!(
        checked_mid_write > 0,
        "no backup was taken while the writes went on"
    );
}
