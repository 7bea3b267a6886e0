# The activity library: its screen, an activity's page and form, and the words for an
# activity's facets. Numbers: $count, $minutes, $min, $max, $shown, $total, $size, $value.
# Text: $name (an activity's name), $title (a meeting's title), $range, $duration, $time.
# The shipped activities' own text (names, steps, debriefs) is data, not catalogue.

## Facets of an activity (lib/library.ts)

library-purpose-icebreaker = Icebreaker
library-purpose-get-to-know = Getting to know each other
library-purpose-energizer = Energizer
library-purpose-communication = Communication
library-purpose-trust = Trust
library-purpose-problem-solving = Problem solving
library-purpose-reflection = Reflection

library-stage-opener = Opener
library-stage-challenge = Challenge
library-stage-trust = Trust building
library-stage-closing = Closing

library-space-indoor = Indoor
library-space-outdoor = Outdoor
library-space-either = Indoor or outdoor
library-space-virtual = Virtual

# A physical intensity as a field's value, after "Physical intensity".
library-level-low = Low
library-level-medium = Medium
library-level-high = High

# A physical intensity on its own, among a card's facts.
library-intensity-low = Low intensity
library-intensity-medium = Medium intensity
library-intensity-high = High intensity

library-contact-none = No contact
library-contact-light = Light contact
library-contact-close = Close contact

library-disclosure-low = Little personal sharing
library-disclosure-medium = Some personal sharing
library-disclosure-high = A lot of personal sharing

library-grouping-whole = Whole group
library-grouping-small-groups = Small groups
library-grouping-pairs = Pairs
library-grouping-individual = On their own

# After a material's amount and unit: "20 sticks per group".
library-per-person = per person
library-per-group = per group
library-per-facilitator = for the facilitator
# The first line of an agenda item's notes when its activity asks for a safety monitor.
library-notes-safety-monitor = Name a safety monitor before starting.

library-sort-relevance = Best match
library-sort-name = Name (A to Z)
library-sort-shortest = Shortest first
library-sort-most-used = Most used

library-origin-own = Your activity
library-origin-edited = Edited
library-origin-shipped = Shipped with Convene

library-minutes = { $minutes } min
library-minutes-range = { $min }–{ $max } min
library-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# The unit follows the larger end: "1–3 people".
library-people-range = { $max ->
    [one] { $min }–{ $max } person
   *[other] { $min }–{ $max } people
}

library-result-count = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
library-result-count-bin = { $count ->
    [one] { $count } activity in the bin
   *[other] { $count } activities in the bin
}
library-result-count-cut = Showing { $shown } of { $total } — narrow your search

## Words several library screens share

library-title = Activity library
library-breadcrumb = Breadcrumb
library-restore = Restore
library-restored = Restored “{ $name }” to the library
library-purposes = Purposes
library-any-purpose = Any purpose
library-no-materials-needed = No materials needed
library-clear-filters = Clear filters
library-space = Space
library-intensity = Physical intensity
library-contact = Physical contact
library-disclosure = Personal sharing
library-materials = Materials
library-setup = Setup
library-steps = Steps
library-safety = Safety
library-opt-out = Opting out
library-adaptations = Adaptations
library-debrief = Debrief
library-theme-link = Link to the meeting’s theme
library-variations = Variations
library-source = Source
library-credit = Credit
library-licence = Licence
library-notes = Your notes

## LibraryView

library-new = New activity
library-new-intro = Describe it so another facilitator could run it from the page. Only the name, summary, a purpose and one step are required.
library-added = Added “{ $name }” to the library
library-subtitle = Teambuilding activities, icebreakers and reflections, ready to add to a meeting.
# Shown only when the screen's language is not English.
library-shipped-in-english = The activities that come with Convene are in English for now; you can edit them or add your own in your language.
library-import = Import…
library-export = Export library
library-exported = Library file saved
library-export-file = Convene activity library.json
library-bin = Bin
library-in-bin = In the bin
library-activities = Activities
library-loading = Loading activities…
library-sort = Sort
library-bin-note = Activities you deleted wait here. Restore one to put it back in the library.
library-bin-back = Back to all activities
library-bin-no-match = Nothing in the bin matches your search.
library-bin-empty = The bin is empty.
library-no-match = No activity matches your search. Try fewer filters or other words.
library-empty = Your library is empty. Add an activity, or import a library file someone shared with you.
library-import-title = Import activities
library-imported = { $count ->
    [one] Imported 1 activity
   *[other] Imported { $count } activities
}

## LibraryFilters

library-filters-label = Find activities
library-filters-query = Search activities
library-filters-query-placeholder = For example: trust, rope, name game
library-filters-fits = Fits in (minutes)
library-filters-people = Group size (people)
library-filters-any-space = Any space
library-filters-intensity = Physical intensity at most
library-filters-any-intensity = Any intensity
library-filters-contact = Physical contact at most
library-filters-any-contact = Any contact
library-filters-purpose = Purpose
library-filters-favorites-only = Favourites only

## ActivityCard, FavoriteToggle

library-used-in = { $count ->
    [one] Used in 1 meeting
   *[other] Used in { $count } meetings
}
library-favorite = Favourite
library-favorite-added = Added “{ $name }” to your favourites
library-favorite-removed = Removed “{ $name }” from your favourites

## ActivityView

library-activity-duplicated = Made a copy: “{ $name }”
library-activity-deleted = Moved “{ $name }” to the bin
library-activity-undone = Undone: “{ $name }” is back in the library
library-activity-reset-done = Restored the original text
library-activity-printed = Activity card PDF ready
library-activity-saved = Activity saved
library-debrief-what = What?
library-debrief-what-gloss = what happened
library-debrief-so-what = So what?
library-debrief-so-what-gloss = what it means
library-debrief-now-what = Now what?
library-debrief-now-what-gloss = what we will do
library-activity-missing = Activity not found
library-activity-missing-back = Back to the activity library
library-activity-edit-title = Edit “{ $name }”
library-activity-edit-shipped = This activity came with Convene. You can always restore its original text later; your notes are kept.
library-activity-in-bin = In the bin.
library-activity-in-bin-deleted = Moved “{ $name }” to the bin.
library-activity-in-bin-hidden = This activity is hidden from the library and from search.
library-activity-bin-back = Back to the library
library-activity-time = Time
# After the activity's time: "20–30 min + 15 min setup".
library-activity-setup-time = + { $duration } setup
library-activity-group = Group
# After the group's size: "6–40 people, in groups of 4".
library-activity-in-groups-of = , in groups of { $size }
library-activity-actions = Activity actions
library-activity-add-to-meeting = Add to a meeting…
library-activity-reset = Restore original…
library-activity-print = Print card (PDF)
library-activity-paper = Paper
library-activity-paper-letter = US Letter
library-activity-no-debrief = No debrief questions yet.
library-activity-no-notes = No notes yet. Use Edit to keep your own tips for next time.
library-activity-usage = Usage history
library-activity-side = Preparing and running it safely
library-activity-no-materials = No materials needed.
library-activity-space-notes = Space:
# In bold, followed by library-activity-safety-monitor-detail.
library-activity-safety-monitor = Name a safety monitor
library-activity-safety-monitor-detail = before you start: someone who watches the group, spots anyone at risk and can call a stop.
library-activity-opt-out-adaptations = Opting out & adaptations
library-activity-credits = Source, credit & licence
library-activity-add-title = Add “{ $name }” to a meeting
library-activity-reset-title = Restore the original text?
# The activity's name, in bold, goes between -start and -end.
library-activity-reset-start = This replaces your edits to
library-activity-reset-end = with the text that came with Convene. Your notes and favourite are kept.
library-activity-reset-keep = Keep my edits
library-activity-reset-confirm = Restore original

## ActivityForm

library-form-basics = Basics
library-form-name = Name
library-form-summary = Summary
library-form-summary-hint = One to three sentences participants can read; it goes on the agenda handout.
library-form-purposes-required = (choose at least one)
library-form-stage = Stage
library-form-stage-hint = Where it fits as a group grows: openers first, trust building once people know each other.
library-form-time-group = Time and group
library-form-min-minutes = Shortest time (minutes)
library-form-min-minutes-hint = Including the debrief.
library-form-max-minutes = Longest time (minutes)
library-form-setup-minutes = Setup time (minutes)
library-form-setup-minutes-hint = Your preparation before the session.
library-form-min-group = Smallest group (people)
library-form-max-group = Largest group (people)
library-form-group-size = Small-group size (people)
library-form-group-size-hint = 0 when everyone works as one group.
library-form-space-intensity = Space and intensity
library-form-space-notes = About the space
library-form-space-notes-hint = Room to move, tables, a wall for posters, breakout rooms…
library-form-setup-hint = What to prepare before people arrive.
# $range is the activity's time: "20–30 min".
library-form-steps-total = Timed steps add up to { $minutes } min; the activity runs { $range }.
library-form-safety-inclusion = Safety and inclusion
library-form-safety-hint = Risks to watch for and how to keep everyone safe.
library-form-safety-monitor = Name a safety monitor before starting
library-form-opt-out-hint = How someone can take part without doing the physical or personal part (challenge by choice).
library-form-adaptations-hint = For mobility needs, large groups, or running it online.
library-form-debrief-hint = One question per line.
library-form-debrief-what = What? (what happened)
library-form-debrief-so-what = So what? (what it means)
library-form-debrief-now-what = Now what? (what we will do)
library-form-theme-credits = Theme, variations, credits
library-form-theme-link-hint = How it connects to the topic, for example continuous quality improvement.
library-form-source-hint = Where the idea comes from.
library-form-credit-hint = Who to credit.
library-form-licence-hint = For example CC BY 4.0.
library-form-notes = Notes
library-form-notes-hint = Only for you; kept when you restore a shipped activity’s original text.
library-form-save = Save activity
library-form-add = Add to library

## StepsEditor

# One row of the list, in lower case: the list names rows "Step 2", "Move step 2 up".
library-step-noun = step
library-step-add = Add step
library-step-text = What happens
library-step-minutes = Minutes
library-step-grouping = Grouping
library-step-hint = Minutes: 0 when the step is not timed.

## MaterialsEditor

# One row of the list, in lower case: the list names rows "Material 2", "Move material 2 up".
library-material-noun = material
library-material-add = Add material
library-material-name = What
library-material-quantity = Quantity
library-material-unit = Unit
library-material-per = For
library-material-for-person = Each person
library-material-for-group = Each group
library-material-for-facilitator = The facilitator
library-material-note = Note
library-material-hint = Unit is optional: “sheets”, “yards”, or empty for “3 balls”.
library-material-empty = No materials: the activity needs nothing but people.

## UsageHistory, StarRating

library-usage-meeting = Meeting
library-usage-date = Date
library-usage-rating = How it went
library-usage-empty = Not used in a meeting yet. Add it to a meeting’s agenda and rate how it went afterwards.
library-rating-legend = How it went at { $title }
library-rating-value = { $value } of 5
library-rating-none = Not rated
library-rating-rated = Rated { $value } of 5 for “{ $title }”
library-rating-cleared = Cleared the rating for “{ $title }”
# The button reads "Clear"; a screen reader hears "Clear the rating for <meeting>".
library-rating-clear = Clear
library-rating-clear-named = the rating for { $title }

## ImportLibrary

library-import-file = Library file (.json)
library-import-hint = A file exported from Convene’s library. Nothing is added until you confirm.
library-import-new = { $count ->
    [one] 1 new activity to add
   *[other] { $count } new activities to add
}
# In bold, followed by library-import-nothing-new-detail.
library-import-nothing-new = Nothing new to add:
library-import-nothing-new-detail = your library already has every activity in this file.
library-import-skipped = { $count ->
    [one] 1 activity already in your library (skipped)
   *[other] { $count } activities already in your library (skipped)
}
library-import-confirm = { $count ->
    [one] Import 1 activity
   *[other] Import { $count } activities
}

## AddToMeeting

library-add-choose-meeting = Choose the meeting to add it to.
# Stands in for a meeting's title when it cannot be found.
library-add-the-meeting = the meeting
library-add-done = Added “{ $name }” to “{ $title }”
# The activity's name, then the meeting's title, in bold: "Added <name> to the end of the agenda for <title>."
library-add-note-start = Added
library-add-note-middle = to the end of the agenda for
library-add-open-agenda = Open that meeting’s agenda
library-add-community = Community
library-add-choose-community = Choose a community…
library-add-meeting = Meeting
library-add-no-meetings = This community has no meetings yet
library-add-community-first = Choose a community first
library-add-minutes = Minutes to plan (optional)
library-add-minutes-hint = Leave empty to plan its longest time, { $minutes } min.
library-add-submit = Add to agenda

## ActivityPicker (the agenda's "Add from the library")

library-picker-groups-of = groups of { $size }
library-picker-no-materials = No materials
library-picker-minutes-invalid = Minutes to plan is a whole number, such as 30. Leave it empty to plan the longest time.
library-picker-query = Search the library
library-picker-query-hint = Names, summaries and purposes. Results update as you type.
# Each filter's label finishes this sentence: "Only show activities that fit in (minutes)".
library-picker-filters = Only show activities that
library-picker-fits = Fit in (minutes)
library-picker-purpose = Serve the purpose
library-picker-minutes-left = { $minutes } min of the meeting are not planned yet.
library-picker-agenda-full = The agenda already fills the meeting, so any length is shown.
library-picker-when-adding = When you add one
library-picker-minutes = Minutes to plan
library-picker-place = Place it
library-picker-place-end = At the end of the agenda
# $time is the item's start time as the agenda shows it.
library-picker-place-after = After { $time } { $title }
library-picker-minutes-hint = Leave the minutes empty to plan the activity's longest time.
library-picker-searching = Searching the library…
library-picker-results = Matching activities
library-picker-adding = Adding…
# The button reads "Add" (common-add), the activity's name for screen readers, then this.
library-picker-add-end = to agenda
library-picker-no-match = No activity matches. Try other words, or loosen the filters above.
