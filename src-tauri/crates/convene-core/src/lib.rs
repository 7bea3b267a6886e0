//! Convene's core: the domain, the SQLite store and the command layer, with no
//! knowledge of windows or HTTP. The desktop shell and the browser server are thin
//! transports over [`Core::dispatch`] and [`Core::subscribe`].

pub mod commands;
pub mod domain;
mod error;
pub mod events;
mod example;
mod ids;
pub mod store;
mod text;
pub mod time;

use std::path::{Path, PathBuf};

pub use error::{ApiError, CoreError, CoreResult, ErrorCode};
use events::{AppEvent, EventBus};
use store::Store;

/// The file name of the database inside the data folder.
pub const DATABASE_FILE: &str = "convene.db";

pub struct Core {
    pub(crate) store: Store,
    pub(crate) events: EventBus,
}

impl Core {
    /// Opens (creating on first run) the data folder and its database. A new database
    /// starts with the example community.
    pub fn open(data_dir: &Path) -> CoreResult<Core> {
        std::fs::create_dir_all(data_dir).map_err(|source| CoreError::DataDir {
            path: data_dir.display().to_string(),
            source,
        })?;
        let opened = Store::open(&data_dir.join(DATABASE_FILE))?;
        if opened.created {
            opened.store.write(|tx| example::seed(tx))?;
        }
        Ok(Core {
            store: opened.store,
            events: EventBus::default(),
        })
    }

    /// Runs one command; see [`commands::dispatch`].
    pub fn dispatch(
        &self,
        command: &str,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, ApiError> {
        commands::dispatch(self, command, args)
    }

    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<AppEvent> {
        self.events.subscribe()
    }

    pub fn database_path(&self) -> PathBuf {
        self.store.path().to_owned()
    }

    pub fn info(&self) -> commands::AppInfo {
        commands::AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version: u32::try_from(store::schema_version()).unwrap_or(u32::MAX),
            data_file: self.store.path().display().to_string(),
            suggested_roles: domain::member::SUGGESTED_ROLES
                .iter()
                .map(|r| r.to_string())
                .collect(),
        }
    }
}
