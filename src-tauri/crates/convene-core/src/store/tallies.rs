//! Derived counts kept current: the per-meeting tallies the network report pools
//! (migration 0011). Triggers mark a meeting whose sheets or answers changed as stale;
//! before any write commits, the stale meetings are counted again from their answers,
//! so the tallies always agree with the sheets once a change is saved.

use rusqlite::Connection;

use crate::error::CoreResult;

/// Counts every stale meeting again, then clears the marks. Only single marks (a
/// point) are tallied: missing codes, several marks and writing do not pool.
/// `CROSS JOIN` keeps the tables in the order written, from the few stale meetings to
/// their sheets and answers, and answers are read through their primary key (SQLite
/// names its index): without statistics, SQLite would otherwise scan every sheet, or
/// build a temporary index over every answer in the file on each save.
const RECOUNT: &str = "
    DELETE FROM form_tally WHERE meeting_id IN (SELECT meeting_id FROM tally_stale);
    DELETE FROM mark_tally WHERE meeting_id IN (SELECT meeting_id FROM tally_stale);
    DELETE FROM pair_tally WHERE meeting_id IN (SELECT meeting_id FROM tally_stale);
    INSERT INTO form_tally (meeting_id, form_id, saved, entered)
        SELECT s.meeting_id, v.form_id, COUNT(*), SUM(s.status = 'entered')
        FROM tally_stale t CROSS JOIN form_sheet s ON s.meeting_id = t.meeting_id
        CROSS JOIN sheet_pass p ON p.sheet_id = s.id AND p.pass = 1 AND p.saved_at IS NOT NULL
        CROSS JOIN form_version v ON v.id = s.form_version_id
        GROUP BY s.meeting_id, v.form_id;
    INSERT INTO mark_tally (meeting_id, form_id, field, point, sheets)
        SELECT s.meeting_id, v.form_id, a.field, json_extract(a.value, '$.point'), COUNT(*)
        FROM tally_stale t CROSS JOIN form_sheet s ON s.meeting_id = t.meeting_id
        CROSS JOIN sheet_pass p ON p.sheet_id = s.id AND p.pass = 1 AND p.saved_at IS NOT NULL
        CROSS JOIN form_version v ON v.id = s.form_version_id
        CROSS JOIN sheet_answer a INDEXED BY sqlite_autoindex_sheet_answer_1 ON a.sheet_id = s.id AND a.pass = 1
        WHERE s.status = 'entered' AND json_extract(a.value, '$.type') = 'point'
        GROUP BY 1, 2, 3, 4;
    INSERT INTO pair_tally (meeting_id, form_id, item_id, before, now, sheets)
        SELECT s.meeting_id, v.form_id, substr(b.field, 1, length(b.field) - 7),
               json_extract(b.value, '$.point'), json_extract(n.value, '$.point'), COUNT(*)
        FROM tally_stale t CROSS JOIN form_sheet s ON s.meeting_id = t.meeting_id
        CROSS JOIN sheet_pass p ON p.sheet_id = s.id AND p.pass = 1 AND p.saved_at IS NOT NULL
        CROSS JOIN form_version v ON v.id = s.form_version_id
        CROSS JOIN sheet_answer b INDEXED BY sqlite_autoindex_sheet_answer_1 ON b.sheet_id = s.id AND b.pass = 1 AND b.field LIKE '%:before'
        CROSS JOIN sheet_answer n INDEXED BY sqlite_autoindex_sheet_answer_1 ON n.sheet_id = s.id AND n.pass = 1
             AND n.field = substr(b.field, 1, length(b.field) - 7) || ':now'
        WHERE s.status = 'entered' AND json_extract(b.value, '$.type') = 'point'
              AND json_extract(n.value, '$.type') = 'point'
        GROUP BY 1, 2, 3, 4, 5;
    DELETE FROM tally_stale;";

/// Brings the tallies of every meeting marked stale up to date.
pub(super) fn recount_stale(conn: &Connection) -> CoreResult<()> {
    let stale: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM tally_stale)", [], |r| {
        r.get(0)
    })?;
    if stale {
        conn.execute_batch(RECOUNT)?;
    }
    Ok(())
}
