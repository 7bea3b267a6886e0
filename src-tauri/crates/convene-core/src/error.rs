//! Errors of the core and the `{code, message, field}` shape they take at the command
//! boundary.
//!
//! The UI decides what to do from `code` (and `field`, to put the sentence next to the
//! control that caused it); `message` is a sentence for the facilitator, never parsed,
//! written in their language: an error holds a catalogue [`Message`], and only the
//! boundary, which knows the language, turns it into text. `Display` writes English, for
//! logs and tests.

use std::borrow::Cow;
use std::fmt;

use convene_i18n::{msg, Lang, Localizer, Message};
use serde::Serialize;
use ts_rs::TS;

/// Everything that can go wrong inside the core.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The user's input breaks a rule; `field` names the input when there is one, as a
    /// path into the request for list entries (`items.2.label`).
    Invalid {
        field: Option<Cow<'static, str>>,
        message: Message,
    },
    NotFound(Message),
    /// The operation would throw away recorded data and must be confirmed first.
    NeedsConfirmation(Message),
    /// Another machine asked for something only the facilitator's machine may do.
    Forbidden,
    UnknownCommand(String),
    BadRequest {
        command: String,
        detail: String,
    },
    /// A request's body was not the JSON the endpoint reads.
    UnreadableRequest(String),
    /// The work stopped part-way (its task panicked) and its transaction rolled back.
    Stopped,
    NewerDatabase {
        found: i64,
        supported: i64,
    },
    Storage(#[from] rusqlite::Error),
    /// A stored record no longer parses (a damaged file or a hand edit); the detail
    /// names the record and the parser's complaint.
    Corrupt(String),
    Print(#[from] convene_print::PrintError),
    File {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A backup Convene needed could not be made, so what depended on it was not done.
    Backup(Message),
    /// The operating system could not supply random bytes (for a pairing code or token).
    Random(String),
    DataDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

pub type CoreResult<T> = Result<T, CoreError>;

/// A library's own detail (serde, SQLite, the file system) ends without a full stop;
/// every message the facilitator reads must still end as a sentence. Such details are
/// the library's words, so they stay as the library wrote them.
fn sentence_end(detail: &impl fmt::Display) -> String {
    let text = detail.to_string();
    let text = text.trim_end();
    if text.ends_with(['.', '?', '!']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

impl CoreError {
    pub fn invalid(field: &'static str, message: Message) -> Self {
        CoreError::Invalid {
            field: Some(Cow::Borrowed(field)),
            message,
        }
    }

    /// The same problem, reported against a more exact field (an entry of a list).
    pub fn at(self, path: String) -> Self {
        match self {
            CoreError::Invalid { message, .. } => CoreError::Invalid {
                field: Some(Cow::Owned(path)),
                message,
            },
            other => other,
        }
    }

    /// A record that is gone; `thing` picks the sentence (`meeting`, `agenda-item`, …).
    pub fn not_found(thing: &'static str) -> Self {
        CoreError::NotFound(msg!("errors-not-found", thing = thing))
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::Invalid { .. } => ErrorCode::Invalid,
            CoreError::NotFound(_) => ErrorCode::NotFound,
            CoreError::NeedsConfirmation(_) => ErrorCode::NeedsConfirmation,
            CoreError::Forbidden => ErrorCode::Forbidden,
            CoreError::UnknownCommand(_) => ErrorCode::UnknownCommand,
            CoreError::BadRequest { .. } | CoreError::UnreadableRequest(_) => ErrorCode::BadRequest,
            CoreError::NewerDatabase { .. } => ErrorCode::NewerDatabase,
            CoreError::Storage(_)
            | CoreError::Corrupt(_)
            | CoreError::Random(_)
            | CoreError::Stopped => ErrorCode::Storage,
            CoreError::DataDir { .. } => ErrorCode::DataDir,
            CoreError::Print(_) => ErrorCode::Print,
            CoreError::File { .. } => ErrorCode::File,
            CoreError::Backup(_) => ErrorCode::Backup,
        }
    }

    /// The sentence for the facilitator, in no language yet.
    pub fn message(&self) -> Message {
        match self {
            CoreError::Invalid { message, .. }
            | CoreError::NotFound(message)
            | CoreError::NeedsConfirmation(message)
            | CoreError::Backup(message) => message.clone(),
            CoreError::Forbidden => msg!("errors-forbidden"),
            CoreError::UnknownCommand(name) => msg!("errors-unknown-command", command = name),
            CoreError::BadRequest { command, detail } => msg!(
                "errors-bad-request",
                command = command,
                detail = sentence_end(detail)
            ),
            CoreError::UnreadableRequest(detail) => {
                msg!("errors-request-unreadable", detail = sentence_end(detail))
            }
            CoreError::Stopped => msg!("errors-stopped"),
            CoreError::NewerDatabase { found, supported } => msg!(
                "errors-newer-database",
                found = *found,
                supported = *supported
            ),
            CoreError::Storage(e) => msg!("errors-storage", detail = sentence_end(e)),
            CoreError::Corrupt(detail) => msg!("errors-corrupt", detail = sentence_end(detail)),
            CoreError::Print(e) => msg!("errors-print", detail = sentence_end(e)),
            CoreError::File { path, source } => {
                msg!("errors-file", path = path, detail = sentence_end(source))
            }
            CoreError::Random(detail) => msg!("errors-random", detail = sentence_end(detail)),
            CoreError::DataDir { path, source } => {
                msg!(
                    "errors-data-dir",
                    path = path,
                    detail = sentence_end(source)
                )
            }
        }
    }

    /// What crosses the command boundary, the sentence written in `lang`.
    pub fn to_api(&self, lang: Lang) -> ApiError {
        let field = match self {
            CoreError::Invalid { field, .. } => field.as_ref().map(|f| f.to_string()),
            _ => None,
        };
        ApiError {
            code: self.code(),
            message: Localizer::new(lang).message(&self.message()),
            field,
        }
    }
}

impl fmt::Display for CoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Localizer::new(Lang::En).message(&self.message()))
    }
}

/// Machine-readable error kinds the UI branches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Invalid,
    NotFound,
    NeedsConfirmation,
    Forbidden,
    UnknownCommand,
    BadRequest,
    NewerDatabase,
    Storage,
    DataDir,
    Print,
    File,
    Backup,
}

/// What crosses the command boundary when an operation fails.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// The request field the message is about, in the request's own (camelCase) spelling.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_detail_is_ended_as_a_sentence_once() {
        let unread = CoreError::BadRequest {
            command: "meeting.get".into(),
            detail: "missing field `id`".into(),
        };
        assert_eq!(
            unread.to_string(),
            "The request for “meeting.get” could not be read: missing field `id`."
        );
        let corrupt = CoreError::Corrupt("The record is cut short.".into());
        assert!(corrupt.to_string().ends_with("cut short."));
    }

    #[test]
    fn the_boundary_writes_the_sentence_in_the_language_asked_and_keeps_code_and_field() {
        let refusal = crate::text::required("name", msg!("errors-label-member-name"), " ", 200)
            .expect_err("a blank name is refused");
        let english = refusal.to_api(Lang::En);
        let spanish = refusal.to_api(Lang::Es);
        assert_eq!(english.message, "The member's name cannot be empty.");
        assert_eq!(
            spanish.message,
            "El nombre de la o el integrante no puede quedar en blanco."
        );
        assert_eq!(
            (english.code, spanish.code),
            (ErrorCode::Invalid, ErrorCode::Invalid)
        );
        assert_eq!(english.field.as_deref(), Some("name"));
        assert_eq!(spanish.field, english.field);
    }

    #[test]
    fn a_missing_record_is_named_in_each_language() {
        let gone = CoreError::not_found("agenda-item");
        assert_eq!(
            gone.to_string(),
            "That agenda item no longer exists; it may have been deleted in another window."
        );
        assert_eq!(
            gone.to_api(Lang::Es).message,
            "Ese punto de la agenda ya no existe; es posible que se haya eliminado en otra ventana."
        );
    }
}
