//! Convene's core: the domain, the SQLite store and the command layer, with no
//! knowledge of windows or HTTP. The desktop shell and the browser server are thin
//! transports over [`Core::dispatch`] and [`Core::subscribe`].

pub mod access;
pub mod backup;
mod change;
pub mod clock;
pub mod commands;
pub mod devices;
pub mod domain;
mod error;
pub mod events;
mod example;
mod example_sheets;
mod ids;
pub mod print;
pub mod reminder;
pub mod run;
pub mod settings;
pub mod store;
mod table;
mod text;
pub mod time;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clock::{Clock, SystemClock};

pub use convene_i18n::Lang;
pub use error::{ApiError, CoreError, CoreResult, ErrorCode};
use events::{AppEvent, EventBus};
use store::Store;

/// The file name of the database inside the data folder.
pub const DATABASE_FILE: &str = "convene.db";

pub struct Core {
    pub(crate) store: Store,
    pub(crate) events: EventBus,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) anchors: run::Anchors,
    pub(crate) pairing: devices::Pairing,
}

impl Core {
    /// Opens (creating on first run) the data folder and its database. A new database
    /// starts with the example community; an existing one is backed up before an
    /// upgrade, and at start-up once a day (see [`backup`]).
    pub fn open(data_dir: &Path) -> CoreResult<Core> {
        Self::open_with_clock(data_dir, Arc::new(SystemClock::default()))
    }

    /// Like [`Core::open`], with the clock the live timer reads (tests move it by hand).
    pub fn open_with_clock(data_dir: &Path, clock: Arc<dyn Clock>) -> CoreResult<Core> {
        std::fs::create_dir_all(data_dir).map_err(|source| CoreError::DataDir {
            path: data_dir.display().to_string(),
            source,
        })?;
        let database = data_dir.join(DATABASE_FILE);
        let backups = backup::folder_beside(&database);
        let opened = Store::open(&database, |conn| {
            backup::before_migration(conn, &backups, clock.now_utc())
        })?;
        // Before the example, so the example's agendas can use shipped activities.
        opened
            .store
            .write(|tx| domain::library::install_shipped(tx))?;
        if opened.created {
            opened.store.write(|tx| example::seed(tx))?;
        }
        let core = Core {
            store: opened.store,
            events: EventBus::default(),
            clock,
            anchors: run::Anchors::default(),
            pairing: devices::Pairing::default(),
        };
        if !opened.created {
            backup::at_start_up(&core);
        }
        Ok(core)
    }

    /// Runs one command; see [`commands::dispatch`].
    pub fn dispatch(
        &self,
        command: &str,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, ApiError> {
        commands::dispatch(self, command, args)
    }

    /// Runs one command for a caller with `granted` access (browser mode: the
    /// facilitator's machine, a paired clicker, or any screen in the room).
    pub fn dispatch_as(
        &self,
        granted: access::Access,
        command: &str,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, ApiError> {
        if !access::allows(granted, command, &args) {
            return Err(CoreError::Forbidden.to_api(self.language()));
        }
        commands::dispatch(self, command, args)
    }

    /// Advances live meetings whose item reached zero with auto-advance on; the
    /// transports call this a few times a second.
    pub fn advance_due(&self) -> CoreResult<u32> {
        run::advance_due(self)
    }

    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<AppEvent> {
        self.events.subscribe()
    }

    /// The facilitator's language: what error sentences and documents are written in
    /// unless a request names another.
    pub fn language(&self) -> convene_i18n::Lang {
        self.store
            .read(|conn| Ok(settings::read(conn)?.language))
            .unwrap_or_else(|_| convene_i18n::Lang::system())
    }

    /// Today's local date by the core's clock (tests set it): what "future" is measured from.
    pub(crate) fn today(&self) -> time::CalendarDate {
        time::CalendarDate::from(self.clock.local_now().date())
    }

    pub fn database_path(&self) -> PathBuf {
        self.store.path().to_owned()
    }

    pub fn info(&self) -> commands::AppInfo {
        commands::AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version: u32::try_from(store::schema_version()).unwrap_or(u32::MAX),
            data_file: self.store.path().display().to_string(),
            item_kinds: domain::agenda::ItemKind::ALL.to_vec(),
        }
    }
}
