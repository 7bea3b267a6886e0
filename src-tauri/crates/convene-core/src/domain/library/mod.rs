//! The teambuilding activity library: activities with everything a facilitator needs to
//! run them safely (materials, steps, safety, opt-out, debrief), found by search and
//! facets, shared as files, and put on a meeting's agenda.

pub mod meetings;
pub mod model;
pub mod search;
mod shipped;
pub mod store;
pub mod transfer;

use convene_i18n::msg;
use serde::Deserialize;
use ts_rs::TS;

use super::ById;
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::time::now_utc;
use crate::{Core, CoreError, CoreResult};
pub use meetings::{
    add_to_agenda, materials, materials_in, rate, AddActivity, GetMaterials, MaterialsChecklist,
    RateActivity,
};
use model::{validate, ActivityFields};
use search::{ActivitySearch, ActivitySearchResult};
pub(crate) use shipped::install as install_shipped;
use store::Activity;

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateActivity {
    pub fields: ActivityFields,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateActivity {
    pub id: String,
    pub fields: ActivityFields,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetFavorite {
    pub id: String,
    pub favorite: bool,
}

/// The activity as saved, with its notice (the library is shared: no community).
fn announced(activity: Activity) -> Change<Activity> {
    let event = ChangeEvent::updated(Entity::Activity, &activity.id, "");
    Change::new(activity, event)
}

/// Runs a write on one activity and returns it as saved.
fn change(
    core: &Core,
    id: &str,
    write: impl FnOnce(&rusqlite::Connection, &Activity) -> CoreResult<()>,
) -> CoreResult<Activity> {
    core.write_and_publish(|tx| {
        let before = store::fetch(tx, id)?;
        write(tx, &before)?;
        Ok(announced(store::fetch(tx, id)?))
    })
}

pub fn search(core: &Core, request: ActivitySearch) -> CoreResult<ActivitySearchResult> {
    core.store.read(|conn| search::search_in(conn, &request))
}

pub fn get(core: &Core, request: ById) -> CoreResult<Activity> {
    core.store.read(|conn| store::fetch(conn, &request.id))
}

/// The ids of the activities in the library (not the bin) called exactly `name`, for
/// callers that let people name an activity rather than pick it (the command line).
pub fn ids_named(core: &Core, name: &str) -> CoreResult<Vec<String>> {
    core.store.read(|conn| {
        let mut statement =
            conn.prepare("SELECT id FROM activity WHERE name = ?1 AND deleted_at IS NULL")?;
        let rows = statement.query_map([name], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })
}

pub fn create(core: &Core, request: CreateActivity) -> CoreResult<Activity> {
    // Only the shipped library gives an activity a key.
    let fields = ActivityFields {
        key: None,
        ..validate(&request.fields)?
    };
    core.write_and_publish(|tx| {
        store::ensure_unique_name(tx, &fields.name, "")?;
        let id = store::insert(tx, &fields, None)?;
        Ok(announced(store::fetch(tx, &id)?))
    })
}

pub fn update(core: &Core, request: UpdateActivity) -> CoreResult<Activity> {
    let fields = validate(&request.fields)?;
    change(core, &request.id, |tx, before| {
        store::ensure_unique_name(tx, &fields.name, &before.id)?;
        store::replace(tx, &before.id, &fields, before.shipped)
    })
}

/// The first free name of the form "Name (copy)", "Name (copy 2)"…
fn copy_name(conn: &rusqlite::Connection, name: &str) -> CoreResult<String> {
    let base: String = name.chars().take(100).collect();
    let mut n = 1;
    loop {
        let candidate = if n == 1 {
            format!("{base} (copy)")
        } else {
            format!("{base} (copy {n})")
        };
        if store::name_clash(conn, &candidate, "")?.is_none() {
            return Ok(candidate);
        }
        n += 1;
    }
}

pub fn duplicate(core: &Core, request: ById) -> CoreResult<Activity> {
    core.write_and_publish(|tx| {
        let original = store::fetch(tx, &request.id)?;
        let name = copy_name(tx, &original.fields.name)?;
        let fields = ActivityFields {
            key: None,
            favorite: None,
            name,
            ..original.fields
        };
        let id = store::insert(tx, &fields, None)?;
        Ok(announced(store::fetch(tx, &id)?))
    })
}

/// Moves an activity to the bin; agendas that use it keep their items.
pub fn delete(core: &Core, request: ById) -> CoreResult<Activity> {
    change(core, &request.id, |tx, before| {
        tx.execute(
            "UPDATE activity SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            (&before.id, now_utc()),
        )?;
        Ok(())
    })
}

/// Takes an activity out of the bin (undo of delete).
pub fn restore(core: &Core, request: ById) -> CoreResult<Activity> {
    change(core, &request.id, |tx, before| {
        store::ensure_unique_name(tx, &before.fields.name, &before.id)?;
        tx.execute(
            "UPDATE activity SET deleted_at = NULL WHERE id = ?1",
            [&before.id],
        )?;
        Ok(())
    })
}

/// Puts a shipped activity's original text back, keeping the facilitator's notes.
pub fn reset_shipped(core: &Core, request: ById) -> CoreResult<Activity> {
    change(core, &request.id, |tx, before| {
        let key = before
            .fields
            .key
            .as_deref()
            .ok_or_else(|| CoreError::invalid("id", msg!("errors-activity-not-shipped")))?;
        let original = ActivityFields {
            notes: before.fields.notes.clone(),
            ..shipped::original(key)?
        };
        store::ensure_unique_name(tx, &original.name, &before.id)?;
        store::replace(tx, &before.id, &original, false)
    })
}

pub fn set_favorite(core: &Core, request: SetFavorite) -> CoreResult<Activity> {
    change(core, &request.id, |tx, before| {
        tx.execute(
            "UPDATE activity SET favorite = ?2 WHERE id = ?1",
            (&before.id, request.favorite),
        )?;
        Ok(())
    })
}
