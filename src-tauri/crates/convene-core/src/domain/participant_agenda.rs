//! The agenda as participants get it: what a phone or a second screen in the room may
//! read. Its own types, built field by field, so a field added to an agenda item or a
//! meeting (notes, materials, members) never reaches another machine by accident.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::agenda::{self, ItemKind};
use super::{community, meeting};
use crate::time::{CalendarDate, ClockTime};
use crate::{Core, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetParticipantAgenda {
    pub meeting_id: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantAgenda {
    pub meeting_id: String,
    pub meeting_title: String,
    pub series: String,
    pub community_name: String,
    /// `YYYY-MM-DD`, local.
    pub date: CalendarDate,
    pub start_time: ClockTime,
    pub end_time: ClockTime,
    pub location: String,
    pub items: Vec<ParticipantItem>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantItem {
    pub id: String,
    pub title: String,
    pub kind: ItemKind,
    /// `HH:MM`, computed from the meeting's start.
    pub start: ClockTime,
    pub end: ClockTime,
    pub presenter: String,
    /// The participant-facing description (never the facilitator's notes).
    pub description: String,
}

pub fn get(core: &Core, request: GetParticipantAgenda) -> CoreResult<ParticipantAgenda> {
    core.store.read(|conn| {
        let meeting = meeting::fetch(conn, &request.meeting_id)?;
        let community = community::fetch(conn, &meeting.community_id)?;
        let agenda = agenda::agenda_in(conn, &meeting.id)?;
        Ok(ParticipantAgenda {
            meeting_id: meeting.id,
            meeting_title: meeting.title,
            series: meeting.series,
            community_name: community.name,
            date: meeting.date,
            start_time: meeting.start_time,
            end_time: meeting.end_time,
            location: meeting.location,
            items: agenda
                .items
                .into_iter()
                .map(|entry| ParticipantItem {
                    id: entry.item.id,
                    title: entry.item.title,
                    kind: entry.item.kind,
                    start: entry.start,
                    end: entry.end,
                    presenter: entry.item.presenter,
                    description: entry.item.description,
                })
                .collect(),
        })
    })
}
