//! Who may run which command. Browser mode lets other machines in the room open the
//! projector and the agenda; this is the one place that says what they can reach, so
//! a new command is the facilitator's alone unless someone decides otherwise here.
//!
//! Levels are ordered: the facilitator's own machine can do everything a paired
//! clicker can, and a clicker everything the room can.

use serde::Serialize;

/// How much a caller may do, and how much a command needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Access {
    /// Any screen on the network: read-only views of what the room already sees.
    Room,
    /// A device the facilitator paired: the room's views plus the live run's buttons.
    Clicker,
    /// The facilitator's own machine: everything.
    Facilitator,
}

/// Read-only views of what the projector and the printed participant agenda show.
const ROOM: &[&str] = &[
    "run.projection",
    "run.liveMeeting",
    "agenda.participant",
    "settings.roomLanguage",
];

/// The live run's clicker buttons: move between items, pause and resume, blackout.
/// Not `run.toggle`: on a meeting that has not started it starts it, and starting is
/// the facilitator's. `run.display`
/// also sets the room message and the agreements slide; a clicker may only blank the
/// screen (checked in [`clicker_may`]).
const CLICKER: &[&str] = &[
    "run.get",
    "run.next",
    "run.previous",
    "run.pause",
    "run.resume",
    "run.display",
];

/// What running `command` needs; anything not listed is the facilitator's alone.
pub fn required(command: &str) -> Access {
    if ROOM.contains(&command) {
        Access::Room
    } else if CLICKER.contains(&command) {
        Access::Clicker
    } else {
        Access::Facilitator
    }
}

/// Whether a caller with `granted` access may run `command` with `args`.
pub fn allows(granted: Access, command: &str, args: &serde_json::Value) -> bool {
    if granted < required(command) {
        return false;
    }
    granted == Access::Facilitator || clicker_may(command, args)
}

/// A clicker's `run.display` may touch blackout only: a message typed on a phone
/// would reach the projector without the facilitator seeing it first.
fn clicker_may(command: &str, args: &serde_json::Value) -> bool {
    if command != "run.display" {
        return true;
    }
    args.as_object().is_some_and(|fields| {
        fields
            .keys()
            .all(|k| matches!(k.as_str(), "meetingId" | "blackout" | "toggleBlackout"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::COMMAND_NAMES;
    use serde_json::json;

    /// A snapshot of everything other machines can reach: adding a command to it must
    /// be a decision made here, never a side effect of declaring the command.
    #[test]
    fn only_the_listed_commands_reach_beyond_the_facilitator() {
        let level = |a: Access| -> Vec<&str> {
            COMMAND_NAMES
                .iter()
                .copied()
                .filter(|c| required(c) == a)
                .collect()
        };
        assert_eq!(
            level(Access::Room),
            [
                "run.projection",
                "run.liveMeeting",
                "settings.roomLanguage",
                "agenda.participant"
            ]
        );
        assert_eq!(
            level(Access::Clicker),
            [
                "run.get",
                "run.pause",
                "run.resume",
                "run.next",
                "run.previous",
                "run.display"
            ]
        );
        let facilitator = level(Access::Facilitator);
        assert_eq!(facilitator.len(), COMMAND_NAMES.len() - 10);
        for private in [
            "app.info",
            "member.list",
            "print.agenda",
            "device.list",
            "run.toggle",
        ] {
            assert!(facilitator.contains(&private), "{private}");
        }
    }

    #[test]
    fn every_listed_command_exists() {
        for name in ROOM.iter().chain(CLICKER) {
            assert!(COMMAND_NAMES.contains(name), "{name}");
        }
    }

    #[test]
    fn levels_include_the_ones_below() {
        let args = json!({ "meetingId": "m" });
        assert!(allows(Access::Facilitator, "member.list", &args));
        assert!(allows(Access::Facilitator, "run.next", &args));
        assert!(allows(Access::Clicker, "run.next", &args));
        assert!(allows(Access::Clicker, "run.projection", &args));
        assert!(!allows(Access::Clicker, "member.list", &args));
        assert!(allows(Access::Room, "run.projection", &args));
        assert!(!allows(Access::Room, "run.next", &args));
        assert!(!allows(Access::Room, "no.such.command", &args));
    }

    #[test]
    fn a_clicker_can_blank_the_screen_but_not_write_to_it() {
        let blank = json!({ "meetingId": "m", "toggleBlackout": true });
        let message = json!({ "meetingId": "m", "message": "hello" });
        assert!(allows(Access::Clicker, "run.display", &blank));
        assert!(!allows(Access::Clicker, "run.display", &message));
        assert!(allows(Access::Facilitator, "run.display", &message));
    }
}
