# The agenda editor and the kinds of agenda items.

agenda-kind-welcome = Welcome
agenda-kind-icebreaker = Icebreaker
agenda-kind-agreements = Community agreements
agenda-kind-teambuilding = Teambuilding
agenda-kind-content = Overview
agenda-kind-discussion = Focused discussion
agenda-kind-video = Video
agenda-kind-break = Break
agenda-kind-meal = Meal
agenda-kind-reflection = Reflection
agenda-kind-evaluation = Evaluation
agenda-kind-other = Other

# How the agenda fits the meeting (lib/agenda.ts). $duration and $end are formatted text.

agenda-fit-empty = No items yet.
agenda-fit-over = Runs { $duration } past the meeting's end ({ $end }).
agenda-fit-under = Finishes { $duration } before the meeting's end ({ $end }).
agenda-fit-exact = Fills the meeting exactly, ending at { $end }.
agenda-gap = { $duration } gap before this item
agenda-overlap = Overlaps the item before by { $duration }

# AgendaEditor: the list of items, templates and their dialogs.

agenda-title = Agenda
agenda-planned = Planned { $planned } of { $meeting }.
agenda-add-from-library = Add from library…
agenda-add-item = Add item
agenda-deleted = Deleted “{ $title }”.
agenda-list-label = Agenda items (Alt+Up and Alt+Down move the focused item)
agenda-fixed-at = Fixed at { $time }
agenda-presenter-line = Presenter: { $name }
agenda-safety-monitor-line = Safety monitor: { $name }
agenda-from-library = From the library
agenda-move-up = Move { $title } up
agenda-move-down = Move { $title } down
agenda-edit-item = Edit { $title }
agenda-duplicate-item = Duplicate { $title }
agenda-insert-after-item = Insert an item after { $title }
agenda-insert-after = Insert after
agenda-delete-item = Delete { $title }
agenda-empty = This meeting has no agenda yet. Start from a template below, or add items one by one.
agenda-start-from = Start from
agenda-source-label = Template or meeting to start from
agenda-source-choose = Choose a template or a meeting…
agenda-source-templates = Templates
agenda-source-meetings = Copy another meeting's agenda
agenda-replace = Replace the current items
agenda-use-source = Use it
agenda-delete-template = Delete this template
agenda-save-as-template = Save this agenda as a template
agenda-dialog-add = Add agenda item
agenda-dialog-edit = Edit agenda item
agenda-dialog-library = Add from the library
agenda-dialog-template = Save as template
agenda-template-name = Template name
agenda-save-template = Save template

# AgendaEditor: what is announced after an action, and its refusal.

agenda-moved = Moved “{ $title }” to position { $position }
agenda-duplicated = Duplicated “{ $title }”
agenda-restored = Restored “{ $title }”
agenda-choose-source = Choose a template or a meeting to start from.
agenda-filled = Agenda filled from the template
agenda-template-deleted = Deleted the template “{ $name }”
agenda-template-saved = Saved the template “{ $name }”
agenda-added-from-library = Added “{ $title }” to the agenda
agenda-item-added = Item added
agenda-item-saved = Item saved

# AgendaItemForm: one item's fields (the timer thresholds also label the run view's).

agenda-item-title = Title
agenda-item-kind = Kind
agenda-item-minutes = Minutes
agenda-item-fixed-start = Fixed start
agenda-item-fixed-start-hint = Only if it must start at a set time.
agenda-item-before = Before this activity
agenda-item-remind = Show the agreements reminder on the projector before this activity
agenda-item-safety-monitor = Safety monitor
agenda-item-monitor-asked = This activity asks for a safety monitor: name someone who will watch rather than play.
agenda-item-monitor-hint = Someone who watches for safety while the others play. Optional.
agenda-item-presenter = Presenter
agenda-item-description = Description for participants
agenda-item-description-hint = Shown on the handout and the projector.
agenda-item-notes = Facilitator notes
agenda-item-notes-hint = Only on your screen and the facilitator agenda; never projected.
agenda-item-materials = Materials
agenda-item-timer = Timer colours for this item
agenda-item-warning-at = Warning at (seconds left)
agenda-item-danger-at = Danger at (seconds left)
agenda-item-meeting-default = Meeting default
agenda-item-save = Save item

## The worksheet a reflection item hands out.

agenda-item-worksheet = Worksheet handed out
agenda-item-worksheet-none = None
agenda-item-worksheet-hint = Printed from the meeting page, blank or for each member.
agenda-item-worksheet-manage = The community's worksheets
agenda-worksheet-line = Hands out: { $title }
