//! Sharing libraries between facilitators: export to a JSON file and import one.
//!
//! An imported file is untrusted. It is size-checked, parsed, and every activity checked
//! before anything is written; then all its new activities go in one transaction, so a
//! bad file changes nothing. Activities whose names the library already has are skipped
//! and reported.

use convene_i18n::{msg, Localizer, Message};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::model::{validate, ActivityFields};
use super::store::{self, activity_name_key};
use crate::change::Change;
use crate::domain::NoArgs;
use crate::events::{ChangeEvent, Entity};
use crate::{Core, CoreError, CoreResult};

pub const LIBRARY_FORMAT: &str = "convene-activity-library";
pub const LIBRARY_VERSION: u32 = 1;
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_ACTIVITIES: usize = 10_000;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile<T> {
    format: String,
    version: u32,
    activities: Vec<T>,
}

fn file_error(message: Message) -> CoreError {
    CoreError::invalid("file", message)
}

fn check_envelope(file: &LibraryFile<Value>) -> CoreResult<()> {
    if file.format != LIBRARY_FORMAT {
        return Err(file_error(msg!(
            "errors-import-format",
            found = &file.format,
            expected = LIBRARY_FORMAT
        )));
    }
    if file.version > LIBRARY_VERSION {
        return Err(file_error(msg!(
            "errors-import-newer",
            version = file.version,
            supported = LIBRARY_VERSION
        )));
    }
    if file.activities.len() > MAX_ACTIVITIES {
        return Err(file_error(msg!(
            "errors-import-too-many",
            count = file.activities.len(),
            max = MAX_ACTIVITIES
        )));
    }
    Ok(())
}

/// "Activity 3 (“Human Knot”)": which entry of the file a problem is in.
fn label_of(index: usize, raw: &Value) -> Message {
    match raw.get("name").and_then(Value::as_str) {
        Some(name) => msg!(
            "errors-import-activity-named",
            n = index + 1,
            name = name.chars().take(60).collect::<String>()
        ),
        None => msg!("errors-import-activity", n = index + 1),
    }
}

fn parse_activity(index: usize, raw: Value) -> CoreResult<ActivityFields> {
    let label = label_of(index, &raw);
    let fields: ActivityFields = serde_json::from_value(raw).map_err(|e| {
        let detail = e.to_string();
        file_error(msg!(
            "errors-import-unreadable",
            activity = label.clone(),
            detail = detail
        ))
    })?;
    validate(&fields).map_err(|e| {
        file_error(msg!(
            "errors-import-invalid",
            activity = label,
            problem = e.message()
        ))
    })
}

fn refuse_repeated_names(activities: &[ActivityFields]) -> CoreResult<()> {
    let mut seen = std::collections::HashMap::new();
    for (index, activity) in activities.iter().enumerate() {
        if let Some(first) = seen.insert(activity_name_key(&activity.name), index) {
            return Err(file_error(msg!(
                "errors-import-same-name",
                first = first + 1,
                second = index + 1,
                name = &activity.name
            )));
        }
    }
    Ok(())
}

/// Parses and checks a whole library file, or names the first problem in it.
pub fn parse_library(bytes: &[u8]) -> CoreResult<Vec<ActivityFields>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(file_error(msg!(
            "errors-import-too-big",
            size = format!("{:.1}", bytes.len() as f64 / 1_048_576.0),
            max = MAX_FILE_BYTES / 1_048_576
        )));
    }
    let file: LibraryFile<Value> = serde_json::from_slice(bytes).map_err(|e| {
        file_error(msg!(
            "errors-import-unreadable-file",
            detail = e.to_string()
        ))
    })?;
    check_envelope(&file)?;
    let activities = file
        .activities
        .into_iter()
        .enumerate()
        .map(|(index, raw)| parse_activity(index, raw))
        .collect::<CoreResult<Vec<_>>>()?;
    refuse_repeated_names(&activities)?;
    Ok(activities)
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImportLibrary {
    /// The file's text.
    pub json: String,
    /// Check and report without adding anything.
    #[serde(default)]
    #[ts(optional)]
    pub dry_run: Option<bool>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// Names of the activities added (or that would be, on a dry run).
    pub added: Vec<String>,
    /// Names skipped because the library already has an activity called that.
    pub duplicates: Vec<String>,
    pub dry_run: bool,
}

/// Checks a file, then adds every new activity in one transaction.
pub fn import(core: &Core, request: ImportLibrary) -> CoreResult<ImportReport> {
    let activities = parse_library(request.json.as_bytes())?;
    let dry_run = request.dry_run.unwrap_or(false);
    core.write_and_publish(|tx| {
        let mut report = ImportReport {
            added: vec![],
            duplicates: vec![],
            dry_run,
        };
        for activity in &activities {
            if store::name_clash(tx, &activity.name, "")?.is_some() {
                report.duplicates.push(activity.name.clone());
            } else {
                if !dry_run {
                    // An imported activity is the facilitator's own, whatever key it carried.
                    store::insert(
                        tx,
                        &ActivityFields {
                            key: None,
                            ..activity.clone()
                        },
                        None,
                    )?;
                }
                report.added.push(activity.name.clone());
            }
        }
        // One notice for the whole import: views reload the library once.
        let events = if dry_run || report.added.is_empty() {
            vec![]
        } else {
            vec![ChangeEvent::created(Entity::Activity, "", "")]
        };
        Ok(Change {
            value: report,
            events,
        })
    })
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LibraryExport {
    /// A suggested file name.
    pub file_name: String,
    pub count: u32,
    /// The file's text.
    pub json: String,
}

/// The whole library (not the bin) as a shareable file.
pub fn export(core: &Core, _: NoArgs) -> CoreResult<LibraryExport> {
    let activities = core.store.read(store::all_fields)?;
    let file = LibraryFile {
        format: LIBRARY_FORMAT.to_owned(),
        version: LIBRARY_VERSION,
        activities,
    };
    let json =
        serde_json::to_string_pretty(&file).map_err(|e| CoreError::Corrupt(e.to_string()))?;
    Ok(LibraryExport {
        file_name: Localizer::new(core.language()).text("library-export-file"),
        count: u32::try_from(file.activities.len()).unwrap_or(u32::MAX),
        json,
    })
}
