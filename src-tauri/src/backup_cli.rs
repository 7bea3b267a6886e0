//! `convene backup` and `convene restore FILE`: the same core operations as the UI's
//! "Back up now" and "Restore from a file…", each reported in one line.

use std::path::Path;

use chrono::{DateTime, Local};
use convene_core::backup::{self, RestoreReport};
use convene_core::domain::NoArgs;
use convene_core::Core;

use crate::say;

pub fn backup(core: &Core) -> Result<(), String> {
    let made = backup::create(core, NoArgs {}).map_err(|e| e.to_string())?;
    say(&format!(
        "Saved a backup to {}",
        core.backups_folder().join(made.name).display()
    ));
    Ok(())
}

pub fn restore(core: &Core, file: &Path) -> Result<(), String> {
    let bytes =
        std::fs::read(file).map_err(|e| format!("Could not read {}: {e}", file.display()))?;
    let report = backup::restore_bytes(core, &bytes).map_err(|e| e.to_string())?;
    say(&summary(file, &report));
    Ok(())
}

fn summary(file: &Path, report: &RestoreReport) -> String {
    let saved = report
        .saved_at
        .as_deref()
        .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
        .map(|at| {
            format!(
                " (last changed {})",
                at.with_timezone(&Local).format("%Y-%m-%d %H:%M")
            )
        })
        .unwrap_or_default();
    let c = report.contents;
    format!(
        "Restored {}{saved}: {} {}, {} {}, {} {}. The data it replaced is in the backup {}.",
        file.display(),
        c.communities,
        plural(c.communities, "community", "communities"),
        c.meetings,
        plural(c.meetings, "meeting", "meetings"),
        c.members,
        plural(c.members, "member", "members"),
        report.safety_backup
    )
}

fn plural<'a>(n: u32, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}
