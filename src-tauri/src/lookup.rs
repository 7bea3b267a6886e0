//! How the command line finds the record a person names: by its id, or by its exact
//! name (a meeting by its exact title), as typed in a shell. The UI always picks records
//! by id, so this is the CLI's own business; it reads through the core's public reads
//! and, when a name is missing or shared, says which and what to type instead.

use convene_core::domain::community::{self, ListCommunities};
use convene_core::domain::meeting::{self, ListMeetings};
use convene_core::domain::worksheets::{self, ListWorksheets};
use convene_core::domain::{library, ById};
use convene_core::{Core, CoreError};
use convene_i18n::{msg, Message};

use crate::words::{told, words};

/// The id of the meeting with this id or exact title. Meetings are read community by
/// community (the core's meeting list), which is plenty fast for one command.
pub fn find_meeting(core: &Core, id_or_title: &str) -> Result<String, String> {
    let mut matches = Vec::new();
    let communities = community::list(core, ListCommunities { query: None });
    for community in communities.map_err(told)? {
        let listed = meeting::list(
            core,
            ListMeetings {
                community_id: community.id,
            },
        );
        let named = listed.map_err(told)?.into_iter();
        matches.extend(named.filter(|m| m.id == id_or_title || m.title == id_or_title));
    }
    matches.sort_by_key(|m| m.date);
    match matches.as_slice() {
        [only] => Ok(only.id.clone()),
        [] => Err(words().message(&msg!("shell-no-meeting", wanted = id_or_title))),
        several => {
            let dates: Vec<String> = several.iter().map(|m| m.date.to_string()).collect();
            Err(words().message(&msg!(
                "shell-several-meetings",
                count = several.len(),
                wanted = id_or_title,
                dates = dates.join(", "),
            )))
        }
    }
}

/// The id of the activity in the library (not the bin) with this id or exact name.
pub fn find_activity(core: &Core, id_or_name: &str) -> Result<String, String> {
    let by_id = match library::get(
        core,
        ById {
            id: id_or_name.to_owned(),
        },
    ) {
        Ok(activity) => (!activity.deleted).then_some(activity.id),
        Err(CoreError::NotFound(_)) => None,
        Err(other) => return Err(told(other)),
    };
    let mut ids = library::ids_named(core, id_or_name).map_err(told)?;
    if let Some(id) = by_id.filter(|id| !ids.contains(id)) {
        ids.insert(0, id);
    }
    one_of(
        ids,
        msg!("shell-no-activity", wanted = id_or_name),
        |count| {
            msg!(
                "shell-several-activities",
                count = count,
                wanted = id_or_name
            )
        },
    )
}

/// The id of the community with this id or exact name.
pub fn find_community(core: &Core, id_or_name: &str) -> Result<String, String> {
    let all = community::list(core, ListCommunities { query: None }).map_err(told)?;
    let ids = all
        .into_iter()
        .filter(|c| c.id == id_or_name || c.name == id_or_name)
        .map(|c| c.id)
        .collect();
    one_of(
        ids,
        msg!("shell-no-community", wanted = id_or_name),
        |count| {
            msg!(
                "shell-several-communities",
                count = count,
                wanted = id_or_name
            )
        },
    )
}

/// The id of the community's worksheet with this id or exact title.
pub fn find_worksheet(
    core: &Core,
    community_id: &str,
    id_or_title: &str,
) -> Result<String, String> {
    let listed = worksheets::list(
        core,
        ListWorksheets {
            community_id: community_id.to_owned(),
        },
    );
    let ids = listed
        .map_err(told)?
        .into_iter()
        .filter(|w| w.id == id_or_title || w.title == id_or_title)
        .map(|w| w.id)
        .collect();
    one_of(
        ids,
        msg!("shell-no-worksheet", wanted = id_or_title),
        |count| {
            msg!(
                "shell-several-worksheets",
                count = count,
                wanted = id_or_title
            )
        },
    )
}

/// The one id found, or why there is not exactly one: `none`, or `several` of a count.
fn one_of(
    ids: Vec<String>,
    none: Message,
    several: impl Fn(usize) -> Message,
) -> Result<String, String> {
    match ids.as_slice() {
        [id] => Ok(id.clone()),
        [] => Err(words().message(&none)),
        many => Err(words().message(&several(many.len()))),
    }
}
