//! The facilitator's choices that are not part of any community: for now, languages.
//!
//! Until the facilitator picks a language Convene speaks the operating system's, so a
//! first start in Spanish opens in Spanish. The room's language (projector, participant
//! agenda, clicker) may differ from the control view's.

use convene_i18n::Lang;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::change::Change;
use crate::domain::NoArgs;
use crate::events::{ChangeEvent, Entity};
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The language of the control view, of error sentences and of documents.
    pub language: Lang,
    /// Whether `language` is the operating system's because none was chosen yet.
    pub language_from_system: bool,
    /// The language of the projector, the participant agenda and the clicker.
    pub room_language: Lang,
}

/// Changes the named settings and leaves the others as they are.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateSettings {
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<Lang>,
    #[serde(default)]
    #[ts(optional)]
    pub room_language: Option<Lang>,
}

fn parse(code: Option<String>) -> CoreResult<Option<Lang>> {
    code.map(|code| {
        Lang::from_tag(&code)
            .ok_or_else(|| CoreError::Corrupt(format!("“{code}” is not a language Convene knows.")))
    })
    .transpose()
}

pub(crate) fn read(conn: &Connection) -> CoreResult<Settings> {
    let (language, room_language): (Option<String>, Option<String>) = conn.query_row(
        "SELECT language, room_language FROM preferences WHERE id = 1",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let chosen = parse(language)?;
    let language = chosen.unwrap_or_else(Lang::system);
    Ok(Settings {
        language,
        language_from_system: chosen.is_none(),
        room_language: parse(room_language)?.unwrap_or(language),
    })
}

pub fn get(core: &Core, _: NoArgs) -> CoreResult<Settings> {
    core.store.read(read)
}

pub fn update(core: &Core, request: UpdateSettings) -> CoreResult<Settings> {
    core.write_and_publish(|tx| {
        if let Some(language) = request.language {
            tx.execute(
                "UPDATE preferences SET language = ?1 WHERE id = 1",
                [language.code()],
            )?;
        }
        if let Some(room) = request.room_language {
            tx.execute(
                "UPDATE preferences SET room_language = ?1 WHERE id = 1",
                [room.code()],
            )?;
        }
        let settings = read(tx)?;
        Ok(Change::new(
            settings,
            ChangeEvent::updated(Entity::Settings, "", ""),
        ))
    })
}

/// The language the room's screens speak; all another machine learns of the settings.
pub fn room_language(core: &Core, _: NoArgs) -> CoreResult<Lang> {
    Ok(get(core, NoArgs {})?.room_language)
}
