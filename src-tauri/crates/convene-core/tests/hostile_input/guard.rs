//! The checks every generated case goes through: no panic (the runner catches one), a
//! refusal that is a sentence, and a database a refusal left exactly as it was.

use std::path::PathBuf;

use base64::Engine;
use convene_core::{Core, DATABASE_FILE};
use proptest::prelude::*;
use rusqlite::Connection;
use serde_json::{json, Value};

use super::fixture::Fixture;

/// One case in this many also compares the full content of every table (about 2 ms on
/// the prepared database, against microseconds for `data_version`).
pub const DUMP_EVERY: usize = 16;

/// True for a message a facilitator can read as a sentence: it starts with a capital
/// letter or an opening quote and ends with a full stop, a question or an exclamation
/// mark (possibly inside a closing quote).
pub fn is_sentence(message: &str) -> bool {
    let starts = message
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "“‘\"'".contains(c));
    let ends = message
        .trim_end_matches(['”', '’', '"', '\'', ')'])
        .ends_with(['.', '?', '!']);
    starts && ends && message.trim() == message
}

/// A prepared database (with the fixture's records) that each command gets a copy of.
pub struct World {
    dir: tempfile::TempDir,
    pub fixture: Fixture,
}

/// A core on a copy of the world, and a second connection that watches its file.
pub struct Opened {
    _dir: tempfile::TempDir,
    pub core: Core,
    watcher: Connection,
    dump_queries: Vec<String>,
}

impl World {
    pub fn prepare() -> World {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let core = Core::open(&data).unwrap();
        let mut fixture = Fixture::build(&core);
        fixture.victims(&core);
        let backup = core.dispatch("backup.create", json!({})).unwrap();
        let name = backup["name"].as_str().unwrap().to_owned();
        let bytes = std::fs::read(data.join("backups").join(&name)).unwrap();
        fixture.backup_file = base64::engine::general_purpose::STANDARD.encode(bytes);
        fixture.remember("backup", name);
        fixture.remember("device", paired_phone(&core));
        // Closing the only connection folds the WAL into the database file.
        drop(core);
        World { dir, fixture }
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn open(&self) -> Opened {
        let dir = tempfile::tempdir().unwrap();
        copy_folder(&self.data(), dir.path());
        let core = Core::open(dir.path()).unwrap();
        // As if serving the network, so a pairing code can be offered.
        core.set_network_urls(vec![PHONE_URL.to_owned()]);
        let watcher = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        let dump_queries = dump_queries(&watcher);
        Opened {
            _dir: dir,
            core,
            watcher,
            dump_queries,
        }
    }
}

const PHONE_URL: &str = "http://192.0.2.1:5180/";

/// A phone paired as the clicker, for `device.revoke`; returns its id.
fn paired_phone(core: &Core) -> String {
    core.set_network_urls(vec![PHONE_URL.to_owned()]);
    let offer = core.dispatch("device.pairingCode", json!({})).unwrap();
    core.pair(offer["code"].as_str().unwrap(), "Fuzz phone")
        .unwrap();
    let devices = core.dispatch("device.list", json!({})).unwrap();
    devices[0]["id"].as_str().unwrap().to_owned()
}

/// Copies the data folder (the database and its backups) for one command's cases.
fn copy_folder(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_folder(&path, &target);
        } else {
            std::fs::copy(&path, target).unwrap();
        }
    }
}

/// One query per real table (not the full-text index's virtual table, whose content
/// is its shadow tables) returning all its rows as one text.
fn dump_queries(conn: &Connection) -> Vec<String> {
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
        .unwrap();
    let names: Vec<String> = tables
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
        .iter()
        .map(|table| {
            let mut info = conn.prepare(&format!("PRAGMA table_info(\"{table}\")")).unwrap();
            let columns: Vec<String> = info
                .query_map([], |r| r.get::<_, String>(1))
                .unwrap()
                .map(|c| format!("quote(\"{}\")", c.unwrap()))
                .collect();
            format!(
                "SELECT '{table}' || ':' || coalesce(group_concat({}, char(10)), '') FROM \"{table}\"",
                columns.join(" || ',' || ")
            )
        })
        .collect()
}

impl Opened {
    fn data_version(&self) -> i64 {
        self.watcher
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .unwrap()
    }

    /// How many activities the library holds (bin included), read beside the core.
    pub fn activities(&self) -> i64 {
        self.watcher
            .query_row("SELECT COUNT(*) FROM activity", [], |r| r.get(0))
            .unwrap()
    }

    fn dump(&self) -> Vec<String> {
        self.dump_queries
            .iter()
            .map(|q| self.watcher.query_row(q, [], |r| r.get(0)).unwrap())
            .collect()
    }

    /// Sends one case; the answer when the command accepted it.
    pub fn check(
        &self,
        command: &str,
        args: Value,
        full_dump: bool,
    ) -> Result<Option<Value>, TestCaseError> {
        let version = self.data_version();
        let before = full_dump.then(|| self.dump());
        let error = match self.core.dispatch(command, args) {
            Ok(answer) => return Ok(Some(answer)),
            Err(error) => error,
        };
        prop_assert!(
            is_sentence(&error.message),
            "{command} refused with a message that is not a sentence: {:?}",
            error.message
        );
        prop_assert_eq!(
            self.data_version(),
            version,
            "{} was refused ({}) yet committed a change",
            command,
            error.message
        );
        if let Some(before) = before {
            prop_assert!(
                before == self.dump(),
                "{} was refused yet the tables changed",
                command
            );
        }
        Ok(None)
    }
}
