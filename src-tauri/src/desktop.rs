//! The desktop shell: one window, one IPC command into the core's router, and the
//! core's events forwarded to every window.

use std::sync::Arc;

use convene_core::{ApiError, Core, ErrorCode};
use tauri::Emitter;

/// The event name views listen on; carries a `convene_core::events::AppEvent`.
const EVENT_NAME: &str = "convene://event";

#[tauri::command]
async fn rpc(
    core: tauri::State<'_, Arc<Core>>,
    command: String,
    args: serde_json::Value,
) -> Result<serde_json::Value, ApiError> {
    let core = Arc::clone(core.inner());
    tauri::async_runtime::spawn_blocking(move || core.dispatch(&command, args))
        .await
        .unwrap_or_else(|_| {
            Err(ApiError {
                code: ErrorCode::Storage,
                message: "The operation stopped unexpectedly; nothing was changed.".into(),
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
    tauri::async_runtime::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match events.recv().await {
                Ok(event) => {
                    let _ = app.emit(EVENT_NAME, event);
                }
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => break,
            }
        }
    });
}
