# Words used all over the app. Variables: $count is a number.

common-member-count = { $count ->
    [one] 1 member
   *[other] { $count } members
}

# A length of time: "4 h 30 min", "1 h", "45 min".
common-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}

common-attendance-present = { $count } present
common-attendance-absent = { $count } absent
common-attendance-excused = { $count } excused
common-attendance-unmarked = { $count } not marked
common-attendance-no-members = No members yet

## Buttons and words every screen shares. Owned here so each reads the same everywhere.

common-save-changes = Save changes
common-saving = Saving…
common-cancel = Cancel
common-close = Close
common-delete = Delete
common-edit = Edit
common-duplicate = Duplicate
common-undo = Undo
common-dismiss = Dismiss
common-add = Add
common-remove = Remove
common-print = Print
common-retry = Try again
common-loading = Loading…
common-required = (required)
common-move-up = Move up
common-move-down = Move down
common-language = Language
common-language-en = English
common-language-es = Español
common-name = Name
common-notes = Notes
common-date = Date
common-actions = Actions

common-meeting-count = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}

## ConfirmDelete: what else a deletion takes with it. $name is the record's name.

# The name is shown in bold where { $name } stands.
common-delete-question = Delete { $name }? This cannot be undone.
common-delete-also = It also deletes:
common-delete-community-members = { $count ->
    [one] 1 member of this community
   *[other] { $count } members of this community
}
common-delete-member-attendance = { $count ->
    [one] attendance recorded for 1 meeting
   *[other] attendance recorded for { $count } meetings
}
common-attendance-record-count = { $count ->
    [one] 1 attendance record
   *[other] { $count } attendance records
}
common-keep-it = Keep it

## Countdown: the live timer's clock, on the run view and the room's screens.

common-time-left = Time left
common-item-progress = Item progress
common-paused = Paused
common-phase-normal = On time
common-phase-warning = Wrap up soon
common-phase-danger = Almost out of time
common-phase-overtime = Over time

## ListEditor: the buttons of each row. $name names the row ("step 2", "Play Safe").

common-move-row-up = Move { $name } up
common-move-row-down = Move { $name } down
common-drag-row = Drag { $name } to move it
common-import-reading = Reading the file…

## Sentences from the connection to Convene's core. $status is an HTTP status code.

common-error-starting = Convene is still starting; try again in a moment.
common-error-serve-not-answering = Convene is not answering. Is `convene serve` still running?
common-error-computer-not-answering = Convene is not answering. Is the facilitator’s computer still on this network?
common-error-server-status = The server answered { $status }.
# The title of the projector's window on the desktop.
common-projector-window = Convene — Projector

# Printing: which language a document is written in.
common-document-language = Document language
