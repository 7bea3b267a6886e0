//! Errors of the core and the `{code, message}` shape they take at the command boundary.
//!
//! The UI decides what to do from `code` (and `field`, to put the sentence next to the
//! control that caused it); `message` is a sentence for the facilitator, never parsed.

use std::borrow::Cow;

use serde::Serialize;
use ts_rs::TS;

/// Everything that can go wrong inside the core.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The user's input breaks a rule; `field` names the input when there is one, as a
    /// path into the request for list entries (`items.2.label`).
    #[error("{message}")]
    Invalid {
        field: Option<Cow<'static, str>>,
        message: String,
    },
    #[error("{0}")]
    NotFound(String),
    /// The operation would throw away recorded data and must be confirmed first.
    #[error("{0}")]
    NeedsConfirmation(String),
    /// Another machine asked for something only the facilitator's machine may do.
    #[error("{}", crate::access::FORBIDDEN_MESSAGE)]
    Forbidden,
    #[error("Convene has no operation called “{0}”.")]
    UnknownCommand(String),
    #[error("The request for “{command}” could not be read: {}", sentence_end(.detail))]
    BadRequest { command: String, detail: String },
    #[error(
        "This data was saved by a newer version of Convene (schema {found}; this version knows up to {supported}). Install the newer version to open it."
    )]
    NewerDatabase { found: i64, supported: i64 },
    #[error("The data file could not be read or written: {}", sentence_end(.0))]
    Storage(#[from] rusqlite::Error),
    /// A stored record no longer parses (a damaged file or a hand edit).
    #[error("The data file holds a record Convene cannot read: {}", sentence_end(.0))]
    Corrupt(String),
    #[error("The document could not be made: {}", sentence_end(.0))]
    Print(#[from] convene_print::PrintError),
    #[error("The file {path} could not be written: {}", sentence_end(.source))]
    File {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A backup Convene needed could not be made, so what depended on it was not done.
    #[error("{0}")]
    Backup(String),
    /// The operating system could not supply random bytes (for a pairing code or token).
    #[error("Convene could not make a secure random number: {}", sentence_end(.0))]
    Random(String),
    #[error("The data folder {path} cannot be used: {}", sentence_end(.source))]
    DataDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

pub type CoreResult<T> = Result<T, CoreError>;

/// A library's own detail (serde, SQLite, the file system) ends without a full stop;
/// every message the facilitator reads must still end as a sentence.
fn sentence_end(detail: &impl std::fmt::Display) -> String {
    let text = detail.to_string();
    let text = text.trim_end();
    if text.ends_with(['.', '?', '!']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

impl CoreError {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        CoreError::Invalid {
            field: Some(Cow::Borrowed(field)),
            message: message.into(),
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

    pub fn not_found(what: &str) -> Self {
        CoreError::NotFound(format!(
            "That {what} no longer exists; it may have been deleted in another window."
        ))
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::Invalid { .. } => ErrorCode::Invalid,
            CoreError::NotFound(_) => ErrorCode::NotFound,
            CoreError::NeedsConfirmation(_) => ErrorCode::NeedsConfirmation,
            CoreError::Forbidden => ErrorCode::Forbidden,
            CoreError::UnknownCommand(_) => ErrorCode::UnknownCommand,
            CoreError::BadRequest { .. } => ErrorCode::BadRequest,
            CoreError::NewerDatabase { .. } => ErrorCode::NewerDatabase,
            CoreError::Storage(_) | CoreError::Corrupt(_) | CoreError::Random(_) => {
                ErrorCode::Storage
            }
            CoreError::DataDir { .. } => ErrorCode::DataDir,
            CoreError::Print(_) => ErrorCode::Print,
            CoreError::File { .. } => ErrorCode::File,
            CoreError::Backup(_) => ErrorCode::Backup,
        }
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

impl From<CoreError> for ApiError {
    fn from(err: CoreError) -> Self {
        let field = match &err {
            CoreError::Invalid { field, .. } => field.as_ref().map(|f| f.to_string()),
            _ => None,
        };
        ApiError {
            code: err.code(),
            message: err.to_string(),
            field,
        }
    }
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
}
