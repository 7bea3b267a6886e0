# The room's screens: the projector, the participant agenda and the clicker. They speak
# the room's language; on the projector the text is addressed to the whole room.

room-reconnecting = Reconnecting…

# Projector

room-projector-title = Convene projector
room-projector-waiting = Waiting for a meeting to start. It appears here as soon as the facilitator starts one.
room-projector-clock = Time of day
room-projector-thanks = Thank you for coming
room-projector-welcome = Welcome
room-projector-day = Today's agenda
room-projector-agreements = Our community agreements
room-projector-blanked = Screen blanked

# SafetyReminderSlide: on the projector before a teambuilding activity.

room-reminder-kicker = Before we start:
room-reminder-monitor = Safety monitor:
room-reminder-monitor-missing = Name a safety monitor before starting
room-reminder-agreements = Our agreements
room-reminder-safety = Safety
room-reminder-opt-out = You can opt out
# When the activity has no opt-out notes of its own.
room-reminder-challenge-by-choice = Challenge by choice: you decide how far to take part, and you can step out or take another role at any time.
room-reminder-hint = Starts when the facilitator moves on

# ParticipantAgenda

room-agenda-title = Today’s agenda
room-agenda-now = Now
room-agenda-waiting = Waiting for a meeting to start. The agenda appears here as soon as the facilitator starts one.

# Clicker: a phone held by one person, first paired with a code, then moving through the meeting.

room-clicker-title = Convene clicker
room-clicker-connecting = Connecting…
room-clicker-revoked = This phone is no longer paired. Ask the facilitator for a new code.
room-clicker-intro = Type the six-digit code shown on the facilitator’s screen (Run meeting → Devices) and a name for this phone.
room-clicker-code = Pairing code
room-clicker-name = Name of this phone
room-clicker-name-placeholder = Maya’s phone
room-clicker-pair = Pair this phone
room-clicker-item = Item { $number } of { $count }
room-clicker-controls = Run controls
room-clicker-blackout = Blackout
room-clicker-unblank = Show the screen again
room-clicker-idle = No meeting is running. The buttons appear here as soon as the facilitator starts one.
