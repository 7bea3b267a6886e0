# A meeting: its page, its form, its check-in and its materials.

## MeetingForm: schedule or edit a meeting.

meeting-title = Title
meeting-series = Place in the series
meeting-series-hint = For example: Year 1 · Meeting 2
meeting-starts = Starts
meeting-ends = Ends
meeting-location = Location
meeting-expected-attendance = Expected attendance
# After the expected attendance box: "[ 20 ] people".
meeting-people-unit = people
meeting-expected-hint = Used to scale the materials checklist. Leave it empty to plan for every member.
meeting-schedule = Schedule meeting

## MeetingView: the meeting's page, its tabs and its printouts. $count is a number.

meeting-not-found = Meeting not found
meeting-back = Back to the community
meeting-breadcrumb = Breadcrumb
# The breadcrumb's first step while the community's name is loading.
meeting-community = Community
meeting-run = Run meeting
meeting-edit = Edit meeting
meeting-delete = Delete meeting
meeting-sections = Meeting sections
meeting-tab-agenda = Agenda
meeting-tab-attendance = Attendance ({ $count } present)
meeting-materials = Materials
meeting-tab-evaluation = Evaluation
meeting-tab-checkin = Agreements check-in
meeting-print-label = Print:
meeting-print-participant = Participant agenda (PDF)
meeting-print-facilitator = Facilitator agenda (PDF)
meeting-paper = Paper
meeting-paper-letter = US Letter
meeting-calendar-file = { $title } - { $date }.ics
meeting-calendar-community-file = Meetings - { $name }.ics
meeting-calendar = Add to calendar (.ics)
meeting-calendar-all = Calendar of all meetings (.ics)
meeting-calendar-saved = { $count ->
    [one] Calendar file saved with 1 meeting
   *[other] Calendar file saved with { $count } meetings
}
meeting-agenda-ready = Agenda PDF ready
meeting-saved = Meeting saved
meeting-deleted = Meeting deleted

## CheckIn: attendance at the door. $name is a member's name.

meeting-status-present = Present
meeting-status-absent = Absent
meeting-status-excused = Excused
meeting-checked-in = { $name } checked in
meeting-attendance = Attendance
# After the counts: "18 present · 2 absent (of 20)".
meeting-attendance-of = (of { $total })
meeting-checkin-no-members = This community has no members yet. Add members to take attendance.
meeting-checkin-find = Find a name (Enter checks in the first match)
meeting-mark-rest-absent = Mark the { $count } not marked as absent
meeting-clear-mark = Clear mark for { $name }
meeting-clear = Clear
meeting-checkin-no-match = No member matches “{ $filter }”.

## MaterialsTab: the packing list. $count is a number of people unless said otherwise.

meeting-quantities-now = { $count ->
    [one] Quantities now for 1 person
   *[other] Quantities now for { $count } people
}
meeting-quantities-now-every-member = Quantities now for every member
meeting-quantities-for = { $count ->
    [one] Quantities for 1 person
   *[other] Quantities for { $count } people
}
# In brackets after "Quantities for 20 people".
meeting-basis-expected = expected attendance
meeting-basis-members = { $count ->
    [one] the community's 1 member
   *[other] the community's { $count } members
}
meeting-print-checklist = Print checklist (PDF)
meeting-updating = Updating…
meeting-update-quantities = Update quantities
meeting-expected-empty-hint = Leave it empty to plan for every member.
meeting-not-counted-label = Not counted:
# $count is the number of agenda items listed below it.
meeting-not-counted = { $count ->
    [one] this agenda item comes from an activity that is no longer in the library, so its materials are missing here. Check its Materials notes on the agenda.
   *[other] these agenda items come from an activity that is no longer in the library, so their materials are missing here. Check their Materials notes on the agenda.
}
# $count is the number of lines on the list.
meeting-packed-count = { $packed } of { $count ->
    [one] 1 item
   *[other] { $count } items
} packed
meeting-clear-ticks = Clear ticks
meeting-ticks-cleared = All ticks cleared
meeting-checklist-ready = Materials checklist PDF ready
meeting-packing-caption = { $count ->
    [one] Packing list for 1 person. Ticks are kept on this computer only.
   *[other] Packing list for { $count } people. Ticks are kept on this computer only.
}
meeting-packed = Packed
meeting-quantity = Quantity
meeting-item = Item
meeting-used-by = Used by
meeting-packed-item = Packed { $name }
meeting-hand-typed-not-counted = Materials typed into agenda items by hand are not counted here; they are on the facilitator agenda.
meeting-nothing-to-pack = Nothing to pack yet. Activities you add to the agenda from the library bring their materials with them, counted for the people you expect.
meeting-hand-typed = Materials typed into agenda items by hand are on the facilitator agenda.
# { $link } is the link "Go to the agenda" (meeting-go-to-agenda); “Add from library…” is the agenda's button.
meeting-go-to-agenda-then = { $link } and choose “Add from library…”.
meeting-go-to-agenda = Go to the agenda
meeting-loading-checklist = Loading the checklist…

meeting-expected-attendance-invalid = Expected attendance is a whole number of people, such as 28.
meeting-series-part = Meeting { $number } of { $count }
meeting-series-of = Part of series
meeting-series-none = Not part of a series
meeting-contact-hours = Contact hours
meeting-hours-unit = hours
meeting-contact-hours-hint = Leave blank to count them from the agenda (breaks and meals left out).
meeting-contact-agenda = Contact hours: { $hours } (the agenda's { $agenda } less { $excluded } of breaks and meals)
meeting-contact-length = Contact hours: { $hours } (the meeting's length, as it has no agenda yet)
meeting-contact-manual = Contact hours: { $hours } (set by hand)
meeting-minutes-attended = Minutes attended
meeting-minutes-attended-hint = For someone who came late or left early, type the minutes they attended beside their name; blank means the whole meeting.
meeting-print-sign-in = Sign-in sheet (PDF)
meeting-sign-in-ready = Sign-in sheet PDF ready
meeting-print-worksheet = Worksheet (blank)
meeting-print-worksheets-personal = Worksheets for each member
