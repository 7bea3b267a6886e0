//! Moving a meeting's evaluation between machines as one JSON file: its forms (every
//! version), the sheets printed from them and everything typed from those sheets (both
//! entries, the audit trail, reconciled differences). Two people can key one stack on
//! two laptops and bring their entries together; a facilitator can hand the data to a
//! colleague or keep it off the machine. Rows keep their ids, so importing a file twice
//! adds nothing the second time and a merge knows what it has already seen.
//!
//! An imported file is untrusted: it is checked whole on its own, then against this
//! meeting, inside one transaction; any problem leaves the database as it was. A
//! community's file (`community`) carries several meetings' files, with the community
//! and its meetings, for pooling another facilitator's evaluations.

mod community;
mod export;
mod file;
mod merge;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use community::{
    export_community, import_community, CommunityImport, ExportCommunityEvaluation,
    ImportCommunityEvaluation,
};
pub use export::{export, EvaluationExport, ExportEvaluation};
pub use file::{EVALUATION_FORMAT, EVALUATION_VERSION, MAX_FILE_BYTES};

use crate::change::Change;
use crate::domain::meeting;
use crate::events::{ChangeEvent, Entity};
use crate::{Core, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImportEvaluation {
    /// The meeting the forms and sheets go into.
    pub meeting_id: String,
    /// The file's text.
    pub json: String,
    /// Check and report without changing anything.
    #[serde(default)]
    #[ts(optional)]
    pub dry_run: Option<bool>,
}

/// What an import added (or would add, on a dry run).
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationImport {
    /// Titles of the forms new to this meeting.
    pub forms_added: Vec<String>,
    /// Versions added to forms the meeting already had.
    pub versions_added: u32,
    pub sheets_added: u32,
    /// Entries of sheets (a first or second entry) taken from the file.
    pub entries_added: u32,
    /// Sheets already here whose what-became-of-it the file tells.
    pub sheets_accounted: u32,
    /// Sheets already here exactly as the file has them.
    pub sheets_unchanged: u32,
    pub dry_run: bool,
}

impl EvaluationImport {
    fn changes_anything(&self) -> bool {
        !self.forms_added.is_empty()
            || self.versions_added + self.sheets_added + self.entries_added + self.sheets_accounted
                > 0
    }
}

/// Checks a file, then brings its forms, sheets and entries into the meeting, all or
/// nothing; a dry run reports the same and writes nothing.
pub fn import(core: &Core, request: ImportEvaluation) -> CoreResult<EvaluationImport> {
    let file = file::parse(request.json.as_bytes())?;
    let dry_run = request.dry_run.unwrap_or(false);
    let merge = |tx: &rusqlite::Transaction| {
        let meeting = meeting::fetch(tx, &request.meeting_id)?;
        let mut report = merge::merge(tx, &meeting.id, &file)?;
        report.dry_run = dry_run;
        let events = if report.changes_anything() {
            vec![ChangeEvent::updated(
                Entity::Form,
                "",
                &meeting.community_id,
            )]
        } else {
            vec![]
        };
        Ok(Change {
            value: report,
            events,
        })
    };
    if dry_run {
        core.store
            .rehearse(|tx| merge(tx).map(|change| change.value))
    } else {
        core.write_and_publish(merge)
    }
}
