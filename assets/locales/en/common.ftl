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

common-save = Save
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
common-optional = (optional)
common-yes = Yes
common-no = No
common-move-up = Move up
common-move-down = Move down
common-language = Language
common-language-en = English
common-language-es = Español
