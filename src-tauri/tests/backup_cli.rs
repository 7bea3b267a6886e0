//! `convene backup` and `convene restore FILE` as a user runs them: a backup file
//! named on stdout, a restore that brings deleted data back and says what it restored,
//! and one line with a non-zero exit for a file that is not a Convene database.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_convene");

fn convene(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("CONVENE_DATA_DIR")
        // The words these tests read are English whatever the machine's language.
        .env("LANGUAGE", "en")
        .output()
        .unwrap()
}

fn communities(data_dir: &Path) -> i64 {
    let conn = rusqlite::Connection::open(data_dir.join("convene.db")).unwrap();
    conn.query_row("SELECT COUNT(*) FROM community", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn backup_then_restore_brings_deleted_data_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let made = convene(&data, &["backup"]);
    assert!(made.status.success(), "{made:?}");
    let stdout = String::from_utf8(made.stdout).unwrap();
    let written = stdout
        .trim_end()
        .strip_prefix("Saved a backup to ")
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(written.ends_with("-manual.db"), "{written}");
    assert!(Path::new(written).starts_with(data.join("backups")));
    let copy = dir.path().join("kept.db");
    std::fs::copy(written, &copy).unwrap();

    rusqlite::Connection::open(data.join("convene.db"))
        .unwrap()
        .execute("DELETE FROM community", [])
        .unwrap();
    assert_eq!(communities(&data), 0);

    let restored = convene(&data, &["restore", copy.to_str().unwrap()]);
    assert!(restored.status.success(), "{restored:?}");
    let line = String::from_utf8(restored.stdout).unwrap();
    assert!(line.starts_with("Restored "), "{line}");
    assert!(line.contains(": 1 community, 5 meetings, "), "{line}");
    assert!(line.contains("-before-restore.db."), "{line}");
    assert_eq!(communities(&data), 1);
}

#[test]
fn restore_refuses_a_file_that_is_not_a_convene_database_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Bring name tags.".repeat(100)).unwrap();
    let refused = convene(&data, &["restore", notes.to_str().unwrap()]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert_eq!(stderr, "convene: That file is not a Convene database.\n");
    assert_eq!(communities(&data), 1, "nothing changed");

    let missing = convene(&data, &["restore", "no-such-file.db"]);
    assert!(!missing.status.success());
    let stderr = String::from_utf8(missing.stderr).unwrap();
    assert!(
        stderr.starts_with("convene: Could not read no-such-file.db"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
}
