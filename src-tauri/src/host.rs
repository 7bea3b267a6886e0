//! What only the desktop shell can do for the UI: saving a file where the user
//! chooses. The core hands over bytes and a suggested name; the shell asks where (the
//! system's save dialog), writes, and opens documents in the system viewer.
//!
//! These commands travel over the same single IPC command as the core's, under the
//! `host.` prefix, and the shell answers them itself: the browser server has no such
//! command, so no request from a network can make Convene write a file.

use std::path::PathBuf;

use base64::Engine;
use convene_core::{ApiError, ErrorCode};
use convene_i18n::{msg, Lang, Localizer, Message};
use serde::Deserialize;
use serde_json::{json, Value};
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// Commands with this prefix are the shell's own.
pub const PREFIX: &str = "host.";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SaveFile {
    /// The name the save dialog suggests, e.g. "Agenda - CQI.pdf".
    file_name: String,
    /// The file's bytes, base64-encoded.
    base64: String,
    /// Open the saved file in the system's viewer (printed documents).
    open: bool,
}

/// Answers a `host.*` command, any refusal in `lang`; `{"saved": false}` when the user
/// cancelled.
pub fn answer(app: &AppHandle, lang: Lang, command: &str, args: Value) -> Result<Value, ApiError> {
    match command {
        "host.saveFile" => {
            let request: SaveFile = serde_json::from_value(args).map_err(|e| {
                let detail = e.to_string();
                failure(
                    lang,
                    ErrorCode::BadRequest,
                    msg!("shell-save-unreadable", detail = detail),
                )
            })?;
            save_file(app, lang, request)
        }
        other => Err(failure(
            lang,
            ErrorCode::UnknownCommand,
            msg!("shell-unknown-command", command = other),
        )),
    }
}

fn save_file(app: &AppHandle, lang: Lang, request: SaveFile) -> Result<Value, ApiError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&request.base64)
        .map_err(|_| failure(lang, ErrorCode::BadRequest, msg!("shell-save-damaged")))?;
    let Some(target) = choose_target(app, &request.file_name) else {
        return Ok(json!({ "saved": false }));
    };
    crate::files::write_atomically(&target, &bytes).map_err(|e| {
        let path = target.display().to_string();
        let detail = e.to_string();
        failure(
            lang,
            ErrorCode::File,
            msg!("shell-save-failed", path = path, detail = detail),
        )
    })?;
    if request.open {
        // The file is saved either way; a missing viewer is not a failure to report.
        let _ = app
            .opener()
            .open_path(target.display().to_string(), None::<&str>);
    }
    Ok(json!({ "saved": true }))
}

/// The system's save dialog, filtered to the suggested name's extension.
fn choose_target(app: &AppHandle, suggested: &str) -> Option<PathBuf> {
    let extension = suggested.rsplit_once('.').map_or("", |(_, e)| e);
    let mut dialog = app.dialog().file().set_file_name(suggested);
    if !extension.is_empty() {
        dialog = dialog.add_filter(extension.to_uppercase(), &[extension]);
    }
    dialog.blocking_save_file()?.into_path().ok()
}

fn failure(lang: Lang, code: ErrorCode, message: Message) -> ApiError {
    ApiError {
        code,
        message: Localizer::new(lang).message(&message),
        field: None,
    }
}
