//! Change notices pushed to every open view (Tauri events on the desktop, server-sent
//! events in a browser), so two windows showing the same data stay in step.

use serde::Serialize;
use tokio::sync::broadcast;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    Community,
    Member,
    Meeting,
    Attendance,
    Agenda,
    Template,
    /// The activity library (its community id is empty: the library is shared).
    Activity,
    Agreements,
    /// A device paired as a clicker, or revoked (its community id is empty).
    Device,
    /// An evaluation form (private to the facilitator: its sheets hold participants'
    /// answers).
    Form,
    /// The facilitator's or the room's language, or the certificate provider (its id and
    /// community id are empty).
    Settings,
    /// A series of meetings scheduled together, its completion rule.
    Series,
    /// The certificate register.
    Certificate,
    /// A member's development plan: goals and check-ins.
    Plan,
    /// Growth-coach, mentoring or accountability pairs of a period, and their check-ins.
    Pairing,
    /// A community's reflection worksheets.
    Worksheet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ChangeAction {
    Created,
    Updated,
    Deleted,
}

/// A record changed; views reload what they show of that community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeEvent {
    pub entity: Entity,
    pub action: ChangeAction,
    pub id: String,
    pub community_id: String,
}

impl ChangeEvent {
    fn event(entity: Entity, action: ChangeAction, id: &str, community_id: &str) -> AppEvent {
        AppEvent::Changed(ChangeEvent {
            entity,
            action,
            id: id.to_owned(),
            community_id: community_id.to_owned(),
        })
    }
    pub fn created(entity: Entity, id: &str, community_id: &str) -> AppEvent {
        Self::event(entity, ChangeAction::Created, id, community_id)
    }
    pub fn updated(entity: Entity, id: &str, community_id: &str) -> AppEvent {
        Self::event(entity, ChangeAction::Updated, id, community_id)
    }
    pub fn deleted(entity: Entity, id: &str, community_id: &str) -> AppEvent {
        Self::event(entity, ChangeAction::Deleted, id, community_id)
    }
}

/// Everything the core pushes to views.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum AppEvent {
    Changed(ChangeEvent),
    /// The live run of a meeting changed (an operator action or auto-advance).
    Run(Box<crate::run::RunSnapshot>),
    /// All the data was replaced by a backup's: views reload everything they show.
    Restored,
    /// Another page of a scanned file was read (the facilitator's screens only).
    ScanProgress(crate::domain::forms::scan::ScanProgress),
}

impl AppEvent {
    /// Whether a view with `access` may receive this event. Other screens get the live
    /// run (what the projector shows) and notices, ids only, that the agenda, the
    /// meeting or the agreements changed, so they reload their room views; never that
    /// a member, attendance or anything else of the facilitator's changed. A restore
    /// carries no data and every screen must reload after it.
    pub fn visible_to(&self, access: crate::access::Access) -> bool {
        match (access, self) {
            (crate::access::Access::Facilitator, _)
            | (_, AppEvent::Run(_))
            | (_, AppEvent::Restored) => true,
            (_, AppEvent::ScanProgress(_)) => false,
            (_, AppEvent::Changed(change)) => matches!(
                change.entity,
                Entity::Agenda | Entity::Meeting | Entity::Agreements | Entity::Settings
            ),
        }
    }
}

/// Fan-out of [`AppEvent`]s to any number of subscribers; a slow subscriber misses
/// events (and reloads) rather than holding up a write.
pub struct EventBus {
    sender: broadcast::Sender<AppEvent>,
}

impl Default for EventBus {
    fn default() -> Self {
        EventBus {
            sender: broadcast::channel(256).0,
        }
    }
}

impl EventBus {
    pub fn publish(&self, event: AppEvent) {
        // No subscriber is not an error: nobody is looking.
        let _ = self.sender.send(event);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<AppEvent> {
        self.sender.subscribe()
    }
}
