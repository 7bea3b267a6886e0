//! `convene backup` and `convene restore FILE`: the same core operations as the UI's
//! "Back up now" and "Restore from a file…", each reported in one line.

use std::path::Path;

use chrono::{DateTime, Local};
use convene_core::backup::{self, RestoreReport};
use convene_core::domain::NoArgs;
use convene_core::Core;

use crate::say;
use crate::words::{told, words};
use convene_i18n::msg;

pub fn backup(core: &Core) -> Result<(), String> {
    let made = backup::create(core, NoArgs {}).map_err(told)?;
    let path = core.backups_folder().join(made.name).display().to_string();
    say(&words().message(&msg!("shell-backup-saved", path = path)));
    Ok(())
}

pub fn restore(core: &Core, file: &Path) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| {
        let (path, detail) = (file.display().to_string(), e.to_string());
        words().message(&msg!("shell-read-failed", path = path, detail = detail))
    })?;
    let report = backup::restore_bytes(core, &bytes).map_err(told)?;
    say(&summary(file, &report));
    Ok(())
}

fn summary(file: &Path, report: &RestoreReport) -> String {
    let changed = report
        .saved_at
        .as_deref()
        .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
        .map(|at| {
            at.with_timezone(&Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        });
    let message = match changed {
        Some(changed) => msg!("shell-restored-changed", changed = changed),
        None => msg!("shell-restored"),
    };
    let c = report.contents;
    let message = message
        .with("file", file.display().to_string())
        .with("communities", c.communities)
        .with("meetings", c.meetings)
        .with("members", c.members)
        .with("backup", report.safety_backup.as_str());
    words().message(&message)
}
