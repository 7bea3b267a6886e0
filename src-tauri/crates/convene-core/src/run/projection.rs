//! What the room sees on the projector: the agenda's titles and times and the live
//! clock, participant-safe (never the facilitator's notes).

use serde::Serialize;
use ts_rs::TS;

use super::snapshot::context;
use super::state::load_row;
use super::{RunRequest, RunSnapshot};
use crate::domain::agenda::{self, ItemKind};
use crate::domain::community;
use crate::time::ClockTime;
use crate::{Core, CoreResult};

/// What the room sees: participant-safe, never the facilitator's notes.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    pub meeting_title: String,
    pub community_name: String,
    /// The community's agreements in force, for the agreements slide.
    pub agreements: Vec<crate::domain::agreements::Agreement>,
    pub items: Vec<ProjectedItem>,
    pub run: RunSnapshot,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProjectedItem {
    pub id: String,
    pub title: String,
    pub kind: ItemKind,
    pub start: ClockTime,
    pub end: ClockTime,
}

pub fn projection(core: &Core, request: RunRequest) -> CoreResult<Projection> {
    core.store.read(|conn| {
        let ctx = context(conn, &request.meeting_id)?;
        let row = load_row(conn, &request.meeting_id)?;
        let community = community::fetch(conn, &ctx.meeting.community_id)?;
        let slots = agenda::schedule(ctx.meeting.start_time, &ctx.items);
        Ok(Projection {
            agreements: crate::domain::agreements::current(conn, &community.id)?,
            meeting_title: ctx.meeting.title.clone(),
            community_name: community.name,
            items: ctx
                .items
                .iter()
                .zip(slots)
                .map(|(item, slot)| ProjectedItem {
                    id: item.id.clone(),
                    title: item.title.clone(),
                    kind: item.kind,
                    start: slot.start_time(),
                    end: slot.end_time(),
                })
                .collect(),
            run: core.snapshot(&ctx, row.as_ref()),
        })
    })
}
