//! Why a scanned page was not read, kept with the page so the account of a meeting's
//! pages can say it again, in the facilitator's language of the day.

use convene_i18n::{msg, Message};
use convene_scan::ScanError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "camelCase")]
pub(super) enum Problem {
    NotAnImage,
    NotAPdf,
    NoImage,
    Unsupported { compression: String },
    TooLarge { width: u32, height: u32 },
    TooSmall,
    NoCorners,
    NoCode,
    UnknownCode,
    OtherMeeting { serial: String },
    OtherVersion { serial: String },
}

impl From<&ScanError> for Problem {
    fn from(error: &ScanError) -> Self {
        match error {
            ScanError::Undecodable(_) => Problem::NotAnImage,
            ScanError::NotAPdf => Problem::NotAPdf,
            ScanError::NoImage => Problem::NoImage,
            ScanError::Unsupported(compression) => Problem::Unsupported {
                compression: compression.clone(),
            },
            ScanError::TooLarge { width, height } => Problem::TooLarge {
                width: *width,
                height: *height,
            },
            ScanError::TooSmall => Problem::TooSmall,
            ScanError::NoCorners => Problem::NoCorners,
            ScanError::NoCode => Problem::NoCode,
        }
    }
}

impl Problem {
    pub(super) fn message(&self) -> Message {
        match self {
            Problem::NotAnImage => msg!("errors-scan-not-an-image"),
            Problem::NotAPdf => msg!("errors-scan-not-a-pdf"),
            Problem::NoImage => msg!("errors-scan-no-image"),
            Problem::Unsupported { compression } => {
                msg!("errors-scan-unsupported", compression = compression.clone())
            }
            Problem::TooLarge { width, height } => {
                msg!("errors-scan-too-large", width = *width, height = *height)
            }
            Problem::TooSmall => msg!("errors-scan-too-small"),
            Problem::NoCorners => msg!("errors-scan-no-corners"),
            Problem::NoCode => msg!("errors-scan-no-code"),
            Problem::UnknownCode => msg!("errors-scan-unknown-code"),
            Problem::OtherMeeting { serial } => {
                msg!("errors-scan-other-meeting", serial = serial.clone())
            }
            Problem::OtherVersion { serial } => {
                msg!("errors-scan-other-version", serial = serial.clone())
            }
        }
    }
}
