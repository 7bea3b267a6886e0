//! The desktop shell: one window, one IPC command into the core's router (or, for
//! `host.*` commands, the shell's own [`crate::host`]), and the core's events forwarded
//! to every window.

use std::sync::Arc;

use convene_core::domain::NoArgs;
use convene_core::events::AppEvent;
use convene_core::run::{self, RunSnapshot, RunStatus};
use convene_core::{ApiError, Core, ErrorCode};
use tauri::Emitter;

/// The event name views listen on; carries a `convene_core::events::AppEvent`.
const EVENT_NAME: &str = "convene://event";

#[tauri::command]
async fn rpc(
    app: tauri::AppHandle,
    core: tauri::State<'_, Arc<Core>>,
    command: String,
    args: serde_json::Value,
) -> Result<serde_json::Value, ApiError> {
    let core = Arc::clone(core.inner());
    let worker = Arc::clone(&core);
    // Both block (SQLite work, a modal save dialog); keep them off the async workers.
    tauri::async_runtime::spawn_blocking(move || {
        if command.starts_with(crate::host::PREFIX) {
            crate::host::answer(&app, worker.language(), &command, args)
        } else {
            worker.dispatch(&command, args)
        }
    })
    .await
    .unwrap_or_else(|_| {
        let words = convene_i18n::Localizer::new(core.language());
        Err(ApiError {
            code: ErrorCode::Storage,
            message: words.text("shell-stopped-unexpectedly"),
            field: None,
        })
    })
}

pub fn run(core: Arc<Core>) -> tauri::Result<()> {
    tauri::Builder::default()
        // Remembers where each window was (the projector's screen, full screen or not).
        .plugin(tauri_plugin_window_state::Builder::default().build())
        // Where to save a printed PDF, and showing it in the system's PDF viewer.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(Arc::clone(&core))
        .invoke_handler(tauri::generate_handler![rpc])
        .setup(move |app| {
            convene_core::run::spawn_ticker(&core);
            forward_events(app.handle().clone(), &core);
            Ok(())
        })
        .run(tauri::generate_context!())
}

fn forward_events(app: tauri::AppHandle, core: &Core) {
    let mut events = core.subscribe();
    let mut awake = DisplayAwake::default();
    // A meeting resumed after a crash or a restart keeps the display awake from launch.
    if let Some(snapshot) = live_run(core) {
        awake.follow(&snapshot);
    }
    tauri::async_runtime::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match events.recv().await {
                Ok(event) => {
                    if let AppEvent::Run(run) = &event {
                        awake.follow(run);
                    }
                    let _ = app.emit(EVENT_NAME, event);
                }
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => break,
            }
        }
    });
}

/// Keeps the display from sleeping while any meeting is live, so the projector does
/// not go dark mid-session. Best effort: a desktop without a power-management service
/// (a bare X server) simply gets no inhibitor.
#[derive(Default)]
struct DisplayAwake {
    live_meetings: std::collections::HashSet<String>,
    guard: Option<keepawake::KeepAwake>,
}

/// The live meeting's run, if one was running when Convene last closed.
fn live_run(core: &Core) -> Option<RunSnapshot> {
    let meeting_id = run::live_meeting(core, NoArgs::default()).ok()??;
    run::get(core, run::RunRequest { meeting_id }).ok()
}

impl DisplayAwake {
    fn follow(&mut self, run: &RunSnapshot) {
        if matches!(run.status, RunStatus::Running | RunStatus::Paused) {
            self.live_meetings.insert(run.meeting_id.clone());
        } else {
            self.live_meetings.remove(&run.meeting_id);
        }
        if self.live_meetings.is_empty() {
            self.guard = None;
        } else if self.guard.is_none() {
            self.guard = keepawake::Builder::default()
                .display(true)
                .idle(true)
                .reason("A meeting is being projected")
                .app_name("Convene")
                .app_reverse_domain("org.convene.app")
                .create()
                .ok();
        }
    }
}
