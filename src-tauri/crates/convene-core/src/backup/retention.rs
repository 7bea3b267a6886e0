//! Which backups to keep, so the folder neither grows without end nor loses the copy
//! someone will want back.
//!
//! Automatic backups (daily and before-migration): the newest of each of the 7 most
//! recent days that have one, and the newest of each of the 4 most recent ISO weeks
//! that have one (days and weeks in UTC). Backups the facilitator made and those taken
//! before a restore: the 10 newest of each kind. Everything else is deleted.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use chrono::Datelike;

use super::{backups_in, BackupKind, BackupName};

const DAYS: usize = 7;
const WEEKS: usize = 4;
const NEWEST_OF_OTHER_KINDS: usize = 10;

/// A backup half-written when Convene was killed or the power went is left behind under
/// a `.partial-` name. One that another Convene (the command line beside the app) is
/// writing right now is much younger than this.
const STALE_PARTIAL: Duration = Duration::from_secs(60 * 60);

/// Deletes the backups the rule does not keep. A file that cannot be deleted now is
/// simply tried again after the next backup.
pub(crate) fn prune(folder: &Path) {
    remove_stale_partials(folder);
    let Ok(found) = backups_in(folder) else {
        return;
    };
    for name in to_delete(found) {
        let _ = std::fs::remove_file(folder.join(name));
    }
}

fn remove_stale_partials(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let partial = entry.file_name().to_string_lossy().starts_with(".partial-");
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok());
        if partial && age.is_some_and(|age| age > STALE_PARTIAL) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

pub(crate) fn to_delete(mut found: Vec<(String, BackupName)>) -> Vec<String> {
    found.sort_by(|a, b| (b.1.created, &b.0).cmp(&(a.1.created, &a.0)));
    let automatic = || {
        found
            .iter()
            .filter(|(_, b)| matches!(b.kind, BackupKind::Daily | BackupKind::BeforeMigration))
    };
    let mut keep: HashSet<&str> = HashSet::new();
    keep.extend(newest_per(automatic(), |b| b.created.date_naive(), DAYS));
    keep.extend(newest_per(automatic(), |b| b.created.iso_week(), WEEKS));
    for kind in [BackupKind::Manual, BackupKind::BeforeRestore] {
        keep.extend(
            found
                .iter()
                .filter(|(_, b)| b.kind == kind)
                .take(NEWEST_OF_OTHER_KINDS)
                .map(|(name, _)| name.as_str()),
        );
    }
    found
        .iter()
        .filter(|(name, _)| !keep.contains(name.as_str()))
        .map(|(name, _)| name.clone())
        .collect()
}

/// From backups sorted newest first: the first of each of the `limit` newest periods.
fn newest_per<'a, K: PartialEq>(
    newest_first: impl Iterator<Item = &'a (String, BackupName)>,
    period: impl Fn(&BackupName) -> K,
    limit: usize,
) -> Vec<&'a str> {
    let mut kept = Vec::new();
    let mut last: Option<K> = None;
    for (name, backup) in newest_first {
        let this = period(backup);
        if last.as_ref() == Some(&this) {
            continue;
        }
        if kept.len() == limit {
            break;
        }
        kept.push(name.as_str());
        last = Some(this);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};

    fn backup(days_ago: i64, hour: u32, kind: BackupKind) -> (String, BackupName) {
        let today = Utc.with_ymd_and_hms(2026, 12, 6, 0, 0, 0).unwrap();
        let created = today - Duration::days(days_ago) + Duration::hours(i64::from(hour));
        let parsed = BackupName { created, kind };
        (parsed.file_name(), parsed)
    }

    #[test]
    fn keeps_the_newest_of_seven_days_and_four_weeks() {
        // Two automatic backups a day for 60 days (2026-12-06 is a Sunday).
        let found: Vec<_> = (0..60)
            .flat_map(|d| {
                [
                    backup(d, 8, BackupKind::Daily),
                    backup(d, 9, BackupKind::BeforeMigration),
                ]
            })
            .collect();
        let deleted: HashSet<String> = to_delete(found.clone()).into_iter().collect();
        let kept: Vec<&String> = found
            .iter()
            .map(|(n, _)| n)
            .filter(|n| !deleted.contains(*n))
            .collect();
        let mut expected: Vec<String> = (0..7)
            .map(|d| backup(d, 9, BackupKind::BeforeMigration).0)
            .collect();
        // The newest of the three weeks before this one: the Sundays 7, 14 and 21 days ago.
        expected.extend([7, 14, 21].map(|d| backup(d, 9, BackupKind::BeforeMigration).0));
        let mut kept: Vec<String> = kept.into_iter().cloned().collect();
        kept.sort();
        expected.sort();
        assert_eq!(kept, expected);
    }

    #[test]
    fn keeps_ten_of_each_other_kind_whatever_their_age() {
        let found: Vec<_> = (0..30)
            .flat_map(|d| {
                [
                    backup(d * 10, 1, BackupKind::Manual),
                    backup(d * 10, 2, BackupKind::BeforeRestore),
                ]
            })
            .collect();
        let deleted = to_delete(found);
        assert_eq!(deleted.len(), 40);
        assert!(!deleted.contains(&backup(90, 1, BackupKind::Manual).0));
        assert!(deleted.contains(&backup(100, 1, BackupKind::Manual).0));
        assert!(!deleted.contains(&backup(90, 2, BackupKind::BeforeRestore).0));
    }
}
