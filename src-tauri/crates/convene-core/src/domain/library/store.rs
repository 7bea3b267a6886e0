//! The library's SQL: an activity row holds the whole record as JSON plus the facet
//! columns search filters on, and the full-text index is kept in step in the same
//! transaction as every write.

use convene_i18n::msg;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::model::{contact_rank, enum_text, level_rank, search_body, ActivityFields};
use crate::text::{fold, name_key};
use crate::time::CalendarDate;
use crate::{ids::new_id, time::now_utc, CoreError, CoreResult};

/// A meeting whose agenda used an activity, with the facilitator's rating of how it went.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityUse {
    pub meeting_id: String,
    pub meeting_title: String,
    pub community_id: String,
    pub community_name: String,
    /// `YYYY-MM-DD`.
    pub date: CalendarDate,
    pub rating: Option<u8>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: String,
    /// Came with Convene: its original text can be restored.
    pub shipped: bool,
    /// A shipped activity the facilitator has edited.
    pub modified: bool,
    pub favorite: bool,
    /// In the bin: restorable, hidden from search.
    pub deleted: bool,
    pub fields: ActivityFields,
    /// Newest meeting first.
    pub usage: Vec<ActivityUse>,
    pub updated_at: String,
}

/// How names are compared for duplicates: case, accents and spacing ignored.
pub(crate) fn activity_name_key(name: &str) -> String {
    fold(&name_key(name))
}

fn parse_fields(json: &str) -> CoreResult<ActivityFields> {
    serde_json::from_str(json)
        .map_err(|e| CoreError::Corrupt(format!("an activity in the library ({e})")))
}

/// The rowid the full-text index shares with the activity.
fn rowid_of(conn: &Connection, id: &str) -> CoreResult<i64> {
    conn.query_row("SELECT rowid FROM activity WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| CoreError::not_found("activity"))
}

fn index_text(conn: &Connection, id: &str, fields: &ActivityFields) -> CoreResult<()> {
    let rowid = rowid_of(conn, id)?;
    conn.execute("DELETE FROM activity_fts WHERE rowid = ?1", [rowid])?;
    conn.execute(
        "INSERT INTO activity_fts (rowid, name, body) VALUES (?1, ?2, ?3)",
        (rowid, &fields.name, search_body(fields)),
    )?;
    Ok(())
}

/// Writes the record and its facet columns over an existing row.
fn write_columns(conn: &Connection, id: &str, f: &ActivityFields) -> CoreResult<()> {
    let data = serde_json::to_string(&ActivityFields {
        key: None,
        favorite: None,
        ..f.clone()
    })
    .map_err(|e| CoreError::Corrupt(e.to_string()))?;
    let purposes: Vec<String> = f.purposes.iter().map(enum_text).collect();
    conn.execute(
        "UPDATE activity SET name = ?2, name_key = ?3, summary = ?4, stage = ?5, data = ?6,
             min_minutes = ?7, max_minutes = ?8, min_group = ?9, max_group = ?10,
             group_size = ?11, space = ?12, intensity_rank = ?13, contact_rank = ?14,
             disclosure_rank = ?15, purposes = ?16, needs_materials = ?17, updated_at = ?18
         WHERE id = ?1",
        rusqlite::params![
            id,
            f.name,
            activity_name_key(&f.name),
            f.summary,
            enum_text(&f.stage),
            data,
            f.min_minutes,
            f.max_minutes,
            f.min_group,
            f.max_group,
            f.group_size,
            enum_text(&f.space),
            level_rank(f.intensity),
            contact_rank(f.contact),
            level_rank(f.disclosure),
            format!(" {} ", purposes.join(" ")),
            !f.materials.is_empty(),
            now_utc()
        ],
    )?;
    index_text(conn, id, f)
}

/// Inserts a checked activity; `shipped_key` marks one that came with Convene.
pub(crate) fn insert(
    conn: &Connection,
    f: &ActivityFields,
    shipped_key: Option<&str>,
) -> CoreResult<String> {
    let (id, now) = (new_id(), now_utc());
    conn.execute(
        "INSERT INTO activity (id, shipped_key, name, name_key, summary, stage, data, min_minutes,
             max_minutes, min_group, max_group, group_size, space, intensity_rank, contact_rank,
             disclosure_rank, purposes, needs_materials, favorite, created_at, updated_at)
         VALUES (?1, ?2, '', '', '', '', '', 0, 0, 0, 0, 0, '', 0, 0, 0, '', 0, ?3, ?4, ?4)",
        (&id, shipped_key, f.favorite.unwrap_or(false), &now),
    )?;
    write_columns(conn, &id, f)?;
    Ok(id)
}

/// Replaces an activity's content; editing a shipped one marks it modified.
pub(crate) fn replace(
    conn: &Connection,
    id: &str,
    f: &ActivityFields,
    modified: bool,
) -> CoreResult<()> {
    write_columns(conn, id, f)?;
    conn.execute(
        "UPDATE activity SET modified = ?2 WHERE id = ?1",
        (id, modified),
    )?;
    Ok(())
}

/// The name of another live activity called `name`, if there is one.
pub(crate) fn name_clash(
    conn: &Connection,
    name: &str,
    except: &str,
) -> CoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM activity WHERE name_key = ?1 AND id <> ?2 AND deleted_at IS NULL",
            (activity_name_key(name), except),
            |r| r.get(0),
        )
        .optional()?)
}

pub(crate) fn ensure_unique_name(conn: &Connection, name: &str, except: &str) -> CoreResult<()> {
    match name_clash(conn, name, except)? {
        Some(existing) => Err(CoreError::invalid(
            "name",
            msg!("errors-activity-name-taken", name = existing),
        )),
        None => Ok(()),
    }
}

fn usage(conn: &Connection, id: &str) -> CoreResult<Vec<ActivityUse>> {
    let mut statement = conn.prepare(
        "SELECT DISTINCT m.id, m.title, c.id, c.name, m.date, r.rating
         FROM agenda_item i
         JOIN meeting m ON m.id = i.meeting_id
         JOIN community c ON c.id = m.community_id
         LEFT JOIN activity_rating r ON r.activity_id = i.activity_id AND r.meeting_id = m.id
         WHERE i.activity_id = ?1
         ORDER BY m.date DESC, m.start_time DESC",
    )?;
    let rows = statement.query_map([id], |row| {
        Ok(ActivityUse {
            meeting_id: row.get(0)?,
            meeting_title: row.get(1)?,
            community_id: row.get(2)?,
            community_name: row.get(3)?,
            date: row.get(4)?,
            rating: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Just the content of an activity (in the bin or not), without its usage history:
/// what the live run, the checklist and printing need. None when it no longer exists.
pub(crate) fn fields_of(conn: &Connection, id: &str) -> CoreResult<Option<ActivityFields>> {
    let row: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT data, shipped_key FROM activity WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(data, key)| {
        Ok(ActivityFields {
            key,
            ..parse_fields(&data)?
        })
    })
    .transpose()
}

/// An activity by id, in the bin or not.
pub(crate) fn fetch(conn: &Connection, id: &str) -> CoreResult<Activity> {
    let row = conn
        .query_row(
            "SELECT id, shipped_key, modified, favorite, deleted_at IS NOT NULL, data, updated_at
             FROM activity WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, bool>(2)?,
                    r.get::<_, bool>(3)?,
                    r.get::<_, bool>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| CoreError::not_found("activity"))?;
    let (id, key, modified, favorite, deleted, data, updated_at) = row;
    let mut fields = parse_fields(&data)?;
    fields.key = key.clone();
    Ok(Activity {
        usage: usage(conn, &id)?,
        id,
        shipped: key.is_some(),
        modified,
        favorite,
        deleted,
        fields,
        updated_at,
    })
}

/// The content of every live activity, by name, for export.
pub(crate) fn all_fields(conn: &Connection) -> CoreResult<Vec<ActivityFields>> {
    let mut statement = conn.prepare(
        "SELECT data, favorite FROM activity WHERE deleted_at IS NULL ORDER BY name_key",
    )?;
    let rows = statement.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?)))?;
    rows.map(|row| {
        let (data, favorite) = row?;
        Ok(ActivityFields {
            favorite: favorite.then_some(true),
            ..parse_fields(&data)?
        })
    })
    .collect()
}
