# The facilitator's view of a live meeting, and the phones paired as clickers.
# A "run" is one time a meeting is held live; a meeting started again has a second run.

# RunControl: asking before a meeting that ended is started again.

run-restart-title = Start this meeting again?
run-keep-ended = Keep it ended
run-start-run = Start run { $number }

# RunControl: heading, keys and the current item.

run-breadcrumb = Breadcrumb
run-breadcrumb-here = Run
run-title = Run: { $title }
run-keys = Keys: Space start/pause · → or PageDown next · ← or PageUp previous · B blackout · F full screen · + / − one minute
run-open-projector = Open projector
run-reconnecting = Reconnecting… the clock keeps counting from the last update.
run-current-item = Current item
run-now-item = Now · item { $number } of { $count }
run-timer-controls = Timer controls
run-adjust-time = Adjust time
run-minus-minute = − 1 min
run-plus-minute = + 1 min
run-take-away = Take away
run-end-meeting = End meeting
run-your-notes = Your notes

# The buttons that move through the meeting, also on the clicker and the projector.

run-previous = ← Previous
run-pause = Pause
run-resume = Resume
run-start-activity = Start activity →
run-next = Next →
run-next-up = Next:
run-next-end = the end of the meeting

# RunControl: the agreements reminder before a teambuilding activity. The reminder's
# sentence is split around the activity's name, which is shown in bold between them.

run-reminder-showing = Projector is showing the agreements reminder for
run-reminder-press-next = — press Next (→) to start the activity.
run-monitor-missing = This activity asks for a safety monitor and none is named on the item: name one before you start.

# RunControl: how the meeting keeps to its plan. $duration, $projected and $planned are formatted text.

run-behind = { $duration } behind plan
run-ahead = { $duration } ahead of plan
run-on-plan = On plan
run-projected-end = · projected end { $projected } (planned { $planned })

# RunControl: before the meeting starts and after it ends.

run-ended = This meeting has ended.
run-not-started = The meeting has not started.
run-start-again = Start again from the first item
run-start-meeting = Start meeting
run-add-items-first = Add agenda items first.
run-record-checkin = Record the agreements check-in

# RunControl: what the room sees.

run-room-heading = What the room sees
run-blackout = Blackout (B)
run-show-agreements = Show the community agreements
run-no-agreements = This community has no agreements yet.
run-message-label = Message to the room
run-message-placeholder = 5 minutes, then share out
run-message-show = Show
run-message-clear = Clear
run-message-shown = Message shown on the projector
run-message-cleared = Message cleared
run-auto-advance = Move to the next item at zero
run-chime = Chime on the projector at warning and at zero
run-warning-placeholder = 2 min or 20 %
run-danger-placeholder = 1 min or 5 %
run-thresholds-hint = For every item of this meeting, unless the item sets its own.
run-room-language = Room language
run-room-language-hint = The projector, the participant agenda and the clicker speak it.

# RunControl: the day's items and the run log.

run-day-heading = The day
run-jump-to = Jump to { $title }
run-jump = Go
run-log-heading = Run log
run-log-item = Item
run-log-planned = Planned
run-log-actual = Actual
run-log-run = Run { $number }
run-log-minutes = { $minutes } min
run-log-actual-minutes = { NUMBER($minutes, minimumFractionDigits: 1, maximumFractionDigits: 1) } min
run-log-running = running
run-log-export = Export CSV
run-log-saved = Run log saved

# DevicesPanel: pairing phones as clickers. The pairing sentence is split around the
# addresses (in bold, joined by run-devices-or) and the code.

run-devices-heading = Devices
run-devices-intro = A paired phone can move through the agenda, pause and blank the projector; nothing else.
run-devices-pair = Pair a phone as clicker
run-devices-open = On the phone, open
run-devices-or = or
run-devices-type = and type
run-devices-code-label = Pairing code { $digits }
run-devices-until = The code pairs one phone and works until { $time }.
run-devices-last-used = · last used { $when }
run-devices-never-used = · last used never
run-devices-revoke = Revoke
run-devices-revoke-name = Revoke { $name }
run-devices-revoked = { $name } can no longer control the meeting
run-devices-none = No phone is paired.

# The suggested name of the exported run log; $date is written 2026-09-12 so files sort.
run-log-file = Run log - { $date } - { $title }.csv
