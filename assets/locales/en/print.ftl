# Printed documents: the words each document adds around the facilitator's content.

## Every document
print-continued = { $title } (continued)
print-continued-mark = (continued)
print-page-of = Page { $page } of { $pages }
print-fold-here = fold here
print-footer = Printed from Convene on { $date }
print-minutes = { $minutes } min

## The agenda
print-agenda-facilitator-banner = Facilitator agenda — not for handout
print-agenda-facilitator-continued = { $title } (continued) · Facilitator agenda — not for handout
print-agenda-empty = No agenda items yet.
print-agenda-presenter = Presenter:
print-agenda-notes = Notes:
print-agenda-materials = Materials:
print-agenda-when = { $date } · { $start } – { $end }
print-agenda-file = Agenda - { $title }.pdf
print-agenda-facilitator-file = Facilitator agenda - { $title }.pdf

## The activity card
print-card-materials = Materials
print-card-setup = Setup
print-card-steps = Steps
print-card-safety = Safety
print-card-opt-out = Opt-out and adaptations
print-card-opt-out-label = Opt-out:
print-card-adaptations-label = Adaptations:
print-card-debrief = Debrief
print-card-what = What?
print-card-so-what = So what?
print-card-now-what = Now what?
print-card-theme-link = Theme link
print-card-safety-monitor = Name a safety monitor before you start.
print-card-file = Activity card - { $name }.pdf
print-card-setup-minutes = setup { $minutes } min
print-card-people = { $range } people
print-card-groups-of = groups of { $size }
print-card-space-indoor = Indoor
print-card-space-outdoor = Outdoor
print-card-space-either = Indoor or outdoor
print-card-space-virtual = Virtual
print-card-intensity-low = Low intensity
print-card-intensity-medium = Medium intensity
print-card-intensity-high = High intensity
print-card-contact-none = No contact
print-card-contact-light = Light contact
print-card-contact-close = Close contact
print-card-grouping-whole = Whole group
print-card-grouping-small-groups = Small groups
print-card-grouping-pairs = Pairs
print-card-grouping-individual = On your own

## The materials checklist
print-materials-heading = Materials checklist
print-materials-file-title = Materials checklist — { $meeting }
print-materials-none-needed = No activity on this meeting's agenda needs materials.
print-materials-for = For: { $activities }
print-materials-basis-expected = Quantities for { $count ->
    [one] 1 person
   *[other] { $count } people
} (expected attendance)
print-materials-basis-members = Quantities for { $count ->
    [one] 1 person
   *[other] { $count } people
} (the community's members)
print-materials-file = Materials - { $title }.pdf

## The agreements poster and table tent
print-agreements-heading = Our community agreements
print-agreements-none = No agreements have been adopted yet.
print-agreements-poster-title = Our community agreements — { $community }
print-agreements-tent-title = Our community agreements — { $community } (table tent)
print-agreements-version = Version { $version }
print-agreements-version-adopted = Version { $version } · adopted at { $meeting }
print-agreements-version-adopted-on = Version { $version } · adopted at { $meeting }, { $date }
print-agreements-poster-file = Agreements poster - { $community }.pdf
print-agreements-tent-file = Agreements table tent - { $community }.pdf

## Evaluation forms: the words Convene prints around the facilitator's own.

print-form-how-to-mark = Fill in one circle completely for each answer, with a dark pen. To change an answer, put an X through the wrong circle and fill in the right one.
print-form-before = Before today
print-form-now = Now
print-form-several = Fill in every circle that applies.
print-form-serial = Sheet { $serial }
print-form-file = Evaluation sheets - { $title }.pdf
print-form-code-printed = Your participant code is printed at the top left of this sheet. It links your sheets from meeting to meeting; your name is not kept with your answers.
print-form-code-label = Participant code
print-form-for = For { $name }
print-form-members-file = Evaluation sheets for members - { $title }.pdf
print-form-strongly-disagree = Strongly disagree
print-form-disagree = Disagree
print-form-neutral = Neither agree nor disagree
print-form-agree = Agree
print-form-strongly-agree = Strongly agree
print-form-yes = Yes
print-form-no = No

## Certificates of completion and transcripts.

print-certificate-title = Certificates of completion
print-certificate-title-one = Certificate of completion - { $name }
print-certificate-heading = Certificate of Completion
print-certificate-certifies = This certifies that
print-certificate-completed = has completed
print-certificate-attended = { $meetings ->
    [one] attending one meeting, { $dates }
   *[other] attending { $meetings } meetings, { $dates }
}
print-certificate-hours = { $hours } contact hours · { $ceus } CEUs
print-certificate-signature = Signature
print-certificate-issued = Date of issue
print-certificate-number = Certificate No. { $number } · Verification code { $code }
print-certificate-reissued = Reissued; replaces No. { $number }
print-certificate-file = Certificates - { $title }.pdf
print-transcript-title = Transcript - { $name }
print-transcript-heading = Transcript of participation
print-transcript-date = Date
print-transcript-meeting = Meeting
print-transcript-hours = Hours
print-transcript-none = No attended meeting is recorded yet.
print-transcript-total = Total: { $hours } contact hours · { $ceus } CEUs
print-transcript-certificates = Certificates
print-transcript-certificate-line = No. { $number } · { $series } · issued { $date }
print-transcript-certificate-replaced = No. { $number } · { $series } · issued { $date } · replaced by No. { $newer }
print-transcript-file = Transcript - { $name }.pdf

## The sign-in sheet.

print-sign-in-heading = Sign-in sheet
print-sign-in-file-title = Sign-in sheet - { $title }
print-sign-in-name = Name
print-sign-in-signature = Signature
print-sign-in-walk-in = Name and organization (please print)
print-sign-in-file = Sign-in sheet - { $title }.pdf

## A member's road map: their development plan on one page.

print-road-map-heading = Road map
print-road-map-title = Road map - { $name }
print-road-map-file = Road map - { $name }.pdf
print-road-map-no-goals = No goals are set yet.
print-road-map-why = Why it matters:
print-road-map-steps = Steps
print-road-map-support = Support needed:
print-road-map-evidence = Evidence of progress:
print-road-map-checkins = Latest check-ins
print-road-map-status = { $status } · { $standard }
print-road-map-step = { $step } (by { $date })
print-road-map-step-done = { $step } (done)
print-road-map-next = Next: { $next }

## The pair list.

print-pairs-heading = Pairs
print-pairs-title = Pairs - { $period }
print-pairs-group = Group { $number }
print-pairs-file = Pairs - { $label }.pdf

## Reflection worksheets.

print-worksheet-title-for = { $title } - { $name }
print-worksheet-name = Name
print-worksheet-site = Site
print-worksheet-date = Date
print-worksheet-goal = My current goal:
print-worksheet-last-checkin = Last check-in:
print-worksheet-notes = Notes
print-worksheet-file = { $title }.pdf
print-worksheet-file-personalised = { $title } - personalised.pdf
