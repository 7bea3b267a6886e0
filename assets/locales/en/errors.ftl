# Sentences the core answers with when it refuses a request or something goes wrong.
# They reach the facilitator as the `message` of `{code, message, field}`. A $detail is
# the words of a library (SQLite, the file system, a JSON reader): it is left as the
# library wrote it, ending with a full stop.

errors-forbidden = Only the facilitator's computer can do that; this screen can show the projector and the agenda.
# A browser's request that did not come from Convene's own page.
errors-host-missing = The request did not say which server it was meant for.
errors-host-unknown = Convene answers only requests addressed to this computer by its own name or address.
errors-cross-site = Requests from other web sites are not allowed.
errors-unknown-command = Convene has no operation called “{ $command }”.
errors-bad-request = The request for “{ $command }” could not be read: { $detail }
errors-request-unreadable = The request could not be read: { $detail }
errors-stopped = The operation stopped unexpectedly; nothing was changed.
errors-newer-database = This data was saved by a newer version of Convene (schema { $found }; this version knows up to { $supported }). Install the newer version to open it.
errors-storage = The data file could not be read or written: { $detail }
errors-corrupt = The data file holds a record Convene cannot read: { $detail }
errors-print = The document could not be made: { $detail }
errors-file = The file { $path } could not be written: { $detail }
errors-random = Convene could not make a secure random number: { $detail }
errors-data-dir = The data folder { $path } cannot be used: { $detail }
errors-not-found = That { $thing ->
    [community] community
    [meeting] meeting
    [member] member
    [agenda-item] agenda item
    [activity] activity
    [shipped-activity] shipped activity
    [template] template
    [device] device
    [form] form
    [form-template] form template
    [series] series
    [certificate] certificate
    [goal] goal
    [checkin] check-in
    [pairing] set of pairs
    [worksheet] worksheet
   *[other] record
} no longer exists; it may have been deleted in another window.

## Typed text. $label names the field, from the labels below.

errors-text-empty = { $label } cannot be empty.
errors-text-too-long = { $label } is { $length } characters long; the most it can hold is { $max }.
errors-number-outside = { $label } must be from { $min } to { $max }; { $value } is outside that.

## Field names inside the sentences above.

errors-label-activity-name = The activity's name
errors-label-cohort = The cohort label
errors-label-community-name = The community's name
errors-label-credit = The credit
errors-label-description = The description
errors-label-device-name = The device's name
errors-label-email = The email
errors-label-focus = The focus
errors-label-item-title = The item's title
errors-label-max-group = The largest group
errors-label-licence = The licence
errors-label-location = The location
errors-label-max-minutes = The longest running time
errors-label-materials = The materials
errors-label-meeting-title = The meeting's title
errors-label-member-name = The member's name
errors-label-message = The message
errors-label-notes = The notes
errors-label-organization = The organization
errors-label-phone = The phone number
errors-label-presenter = The presenter
errors-label-role = The role
errors-label-safety-monitor = The safety monitor
errors-label-series = The series label
errors-label-setup-minutes = The setup time
errors-label-setup = The setup
errors-label-min-minutes = The shortest running time
errors-label-site = The site
errors-label-group-size = The small-group size
errors-label-min-group = The smallest group
errors-label-source = The source
errors-label-space-notes = The space notes
errors-label-summary = The summary
errors-label-template-name = The template's name
errors-label-your-notes = Your notes
errors-label-safety = The safety notes
errors-label-opt-out = The opt-out notes
errors-label-adaptations = The adaptations
errors-label-theme-link = The link to the theme
errors-label-variations = The variations
errors-label-step = Step { $n }
errors-label-step-minutes = Step { $n }'s minutes
errors-label-material-quantity = Material { $n }'s quantity
errors-label-material-name = Material { $n }'s name
errors-label-material-unit = Material { $n }'s unit
errors-label-material-note = Material { $n }'s note
errors-label-debrief-question = A “{ $stage ->
    [what] What?
    [so-what] So what?
   *[now-what] Now what?
}” question
errors-label-agreement-statement = Agreement { $n }'s statement
errors-label-agreement-label = Agreement { $n }'s label
errors-label-agreement-practice = Agreement { $n }'s practice

## Pairing a phone as a clicker.

errors-pairing-needs-network = A phone can pair only while Convene serves the network: start it with `convene serve --network`.
errors-pairing-no-code = No pairing code is on offer. Ask the facilitator for a new one.
errors-pairing-expired = That code has expired. Ask the facilitator for a new one.
errors-pairing-last-try = That code is wrong, and it was the last try: ask the facilitator for a new one.
errors-pairing-wrong = That code is wrong. Check the facilitator's screen and try again.

## Backups and restoring. $thing is backup (one in Convene's folder) or file (one the
## facilitator chose).

errors-backup-bad-name = That is not the name of a backup in Convene’s backups folder.
errors-backup-gone = That backup is no longer in the backups folder.
errors-not-a-database = That file is not a Convene database.
errors-restore-newer = That { $thing ->
    [backup] backup
   *[file] file
} was made by a newer version of Convene (schema { $version }; this version knows up to { $supported }). Install the newer version to restore it.
errors-restore-damaged = That { $thing ->
    [backup] backup
   *[file] file
} is a damaged Convene database, so it cannot be restored.
errors-backup-before-migration = This version of Convene must upgrade your data, but could not back it up first, so it left the data unchanged. { $detail }

## Running a meeting live.

errors-run-already-running = The meeting is already running. End it before starting it again.
errors-run-no-agenda = This meeting has no agenda yet. Add items before starting it.
errors-run-item-not-on-agenda = That item is not on this meeting's agenda.
errors-danger-before-warning = The danger point must come at or after the warning point (fewer seconds left).
errors-run-replacing-agenda = This meeting is running live. End the run before replacing its agenda.
errors-run-deleting-current = This item is on the clock right now. Move to another item before deleting it.
errors-run-not-running = The meeting is not running. Start it first.
errors-run-ended = The meeting has ended. To run it again, choose “Start again” in the run view.
errors-run-again = This meeting has already run. Starting it again begins run { $run } from the first item; { $earlier ->
    [one] the log of the earlier run is kept
   *[other] the logs of the { $earlier } earlier runs are kept
}.

## Agendas and templates.

errors-agenda-item-duplicate = That item is already on the agenda.
errors-item-minutes = An item lasts from 1 to 720 minutes; { $minutes } is outside that.
errors-time-format = “{ $text }” is not a time like 12:00.
errors-template-name-taken = A template called “{ $name }” already exists.
errors-template-empty = This agenda has no items to save as a template.
errors-template-built-in = The built-in template cannot be deleted.

## The activity library. $what is steps, materials or questions.

errors-rating-stars = A rating is from 1 to 5 stars; { $rating } is outside that.
errors-activity-name-taken = The library already has an activity called “{ $name }”.
errors-activity-in-bin = That activity is in the bin; restore it first.
errors-activity-not-used = That meeting's agenda does not use this activity.
errors-activity-not-shipped = Only an activity that came with Convene has an original to restore.
errors-activity-too-many = An activity can have at most { $max } { $what ->
    [steps] steps
    [materials] materials
   *[questions] questions
}; this one has { $count }.
errors-activity-no-steps = An activity needs at least one step.
errors-activity-no-purpose = Choose at least one purpose (for example icebreaker or trust).

## Reading a library file. $activity is errors-import-activity-named or
## errors-import-activity; $problem is another sentence of this file.

errors-import-format = This is not a Convene activity library: its format is “{ $found }”, not “{ $expected }”.
errors-import-newer = This library was written by a newer Convene (format version { $version }); this version reads up to { $supported }.
errors-import-too-many = The file holds { $count } activities; a library file can hold at most { $max }.
errors-import-activity-named = Activity { $n } (“{ $name }”)
errors-import-activity = Activity { $n }
errors-import-unreadable = { $activity } cannot be read: { $detail }.
errors-import-invalid = { $activity }: { $problem }
errors-import-same-name = Activities { $first } and { $second } are both called “{ $name }”; a library's names must differ.
errors-import-too-big = The file is { $size } MB; a library file can be at most { $max } MB.
errors-import-unreadable-file = The file is not a readable library: { $detail }.

## Agreements.

errors-agreements-none = “{ $community }” has no agreements yet; add them on the community's Agreements tab first.
errors-agreements-empty = Add at least one agreement before saving.
errors-agreements-too-many = A set holds at most 12 agreements, so the projector can show them all; this one has { $count }.
errors-agreements-other-community = That meeting belongs to another community.
errors-agreements-rated-unknown = One of the agreements rated is not in this meeting's set.
errors-agreements-rating = “{ $agreement }” is rated { $value }; a rating is from 1 to 5.

## Communities, members, meetings and attendance. $which is start or end; $thing is
## community, meeting or member.

errors-attendance-not-member = “{ $name }” is not a member of the community this meeting belongs to.
errors-delete-attendance = Deleting this { $thing ->
    [community] community
    [meeting] meeting
   *[member] member
} also deletes { $count ->
    [one] 1 attendance record
   *[other] { $count } attendance records
}. Confirm to delete them too.
errors-meeting-no-date = The meeting needs a date.
errors-meeting-time-missing = The { $which ->
    [start] start
   *[end] end
} time is missing.
errors-meeting-time-format = “{ $text }” is not a { $which ->
    [start] start
   *[end] end
} time like 09:00 or 13:30.
errors-meeting-date-format = “{ $text }” is not a date like 2026-09-12.
errors-meeting-end-before-start = The meeting ends at { $end } but starts at { $start }; the end must come after the start.
errors-meeting-attendance-range = Expected attendance must be from 1 to 1,000 people; { $count } is outside that.
errors-member-email = “{ $email }” is not an email address (it needs a name, an @ and a domain).
errors-member-name-taken = “{ $name }” is already a member of this community.

## Evaluation forms. $n is an item's place on the form, from 1.

errors-label-form-title = The form's title
errors-label-form-intro = The introduction
errors-label-form-item-text = Item { $n }'s text
errors-label-form-item-key = Item { $n }'s key
errors-label-form-point = Point { $point } of item { $n }'s scale
errors-label-form-option = Option { $option } of item { $n }
errors-form-no-questions = A form needs at least one question.
errors-form-too-many-items = A form can have at most { $max } items; this one has { $count }.
errors-form-item-twice = Item { $n } appears twice on the form.
errors-form-key-twice = Item { $n } has the key “{ $key }”, which another question of this form already has; each question's key must differ.
errors-form-two-codes = A form can ask for the participant code only once.
errors-form-points = Item { $n }'s scale has { $count ->
    [one] 1 point
   *[other] { $count } points
}; a scale has from { $min } to { $max }.
errors-form-options = Item { $n } has { $count ->
    [one] 1 option
   *[other] { $count } options
}; a choice needs from 2 to { $max }.
errors-form-option-twice = Item { $n } lists “{ $option }” twice; each option must differ.
errors-form-lines = Item { $n } asks for { $lines } lines; a comment gets from { $min } to { $max }.
errors-form-has-sheets = This form has { $count ->
    [one] 1 printed sheet
   *[other] { $count } printed sheets
}, so it is kept: the sheets will be entered against it.
errors-form-copies = Print from 1 to { $max } copies; { $copies } is outside that.
errors-form-print-members = This form prints each member's own participant code: choose the members to print sheets for.
errors-form-print-no-codes = Sheets for chosen members are for a form that prints participant codes; print numbered copies of this one.
errors-form-member-unknown = One of the members to print for is not a member of this meeting's community.

## Reading an evaluation file (a meeting's forms, sheets and entries). $place is
## errors-evaluation-form or errors-evaluation-entry; $problem is another sentence.

errors-evaluation-format = This is not a Convene evaluation file: its format is “{ $found }”, not “{ $expected }”.
errors-evaluation-newer = This evaluation file was written by a newer Convene (format version { $version }); this version reads up to { $supported }.
errors-evaluation-too-big = The file is { $size } MB; an evaluation file can be at most { $max } MB.
errors-evaluation-unreadable = The file is not a readable evaluation file: { $detail }.
errors-evaluation-no-versions = Form { $n } in the file has no versions.
errors-evaluation-version-twice = The file gives this version number twice.
errors-evaluation-form = Form “{ $title }”, version { $version }
errors-evaluation-entry = Sheet { $serial }, entry { $pass }
errors-evaluation-problem = { $place }: { $problem }
errors-evaluation-unknown-field = the form has no question “{ $field }”, or the file answers it twice.
errors-evaluation-sheet-twice = The file lists sheet number { $number } twice, or a sheet without a serial.
errors-evaluation-sheet-version = Sheet { $serial } names a form version the file does not hold.
errors-evaluation-pass = Sheet { $serial } has an entry { $pass }; a sheet is entered once, or twice for double entry.
errors-evaluation-other-meeting = The form “{ $title }” belongs to another meeting here; import the file into that meeting.
errors-evaluation-version-differs = Version { $version } of “{ $title }” is not the same here and in the file; it was changed on one machine after the other printed it.
errors-evaluation-sheet-elsewhere = Sheet { $serial } belongs to another meeting or form here.
errors-evaluation-serial-taken = The file's sheet { $serial } has number { $number }, which sheet { $here } of this meeting already has.
errors-evaluation-status-differs = Sheet { $serial } is accounted for differently here and in the file (returned blank, spoiled or not returned); mark it the same on both machines first.
errors-evaluation-entry-differs = Entry { $pass } of sheet { $serial } is not the same here and in the file; check the paper, correct it on one machine and export again.
errors-evaluation-no-id = The file has a community or a meeting without an id; it was not written by Convene.
errors-evaluation-meeting = Meeting “{ $title }”
errors-evaluation-meeting-elsewhere = The meeting “{ $title }” belongs to another community here, so this file cannot be brought in as it is.

## Keying in sheets. $question is errors-entry-question, errors-entry-question-half or
## errors-entry-code-field; $serial is a sheet's serial as typed.

errors-entry-question = Question { $n }
errors-entry-question-half = Question { $n } ({ $half ->
    [before] before today
   *[now] now
})
errors-entry-code-field = The participant code
errors-entry-point = { $question } takes a number from 1 to { $max }, or a code for what the paper shows.
errors-entry-text = { $question } takes what is written (at most 2,000 characters), or a code for what the paper shows.
errors-entry-picture = { $question } is marked on the sheet: only handwriting can be kept as the scan's picture.
errors-entry-written = { $question } is written on the sheet, not marked.
errors-entry-not-multiple = “More than one mark” does not apply to { $question }.
errors-entry-unanswered = { $question } has nothing typed yet: type what the paper shows, or a code such as blank.
errors-entry-unknown-field = This sheet has no question “{ $field }”.
errors-entry-unknown-serial = No sheet { $serial } was printed for this meeting.
errors-entry-other-meeting = Sheet { $serial } was printed for another meeting.
errors-scan-not-base64 = The page's image did not arrive whole; choose the file again.
errors-scan-not-an-image = This file is not an image Convene can read; scan to PDF, PNG, JPEG or TIFF.
errors-scan-too-large = This image is { $width } × { $height } pixels, far larger than a scanned page; scan at 300 dpi or less.
errors-scan-too-small = This image is too small to hold a readable sheet; scan at 150 dpi or more.
errors-scan-no-corners = No printed sheet was found: the four black squares in the page's corners must all show. Scan the whole page, flat.
errors-scan-no-code = The sheet's code, top right, could not be read; scan the page again, or type the sheet in by its serial.
errors-scan-unknown-code = This page's code names no sheet Convene printed.
errors-scan-other-meeting = This page is sheet { $serial }, printed for another meeting.
errors-scan-not-a-pdf = This file says it is a PDF but could not be opened; save the scan again from the scanner.
errors-scan-no-image = This page holds no scanned image; a PDF made by a program rather than a scanner cannot be read.
errors-scan-unsupported = This page's image is compressed as { $compression }, which Convene cannot read; scan to PDF in grey or colour, or to TIFF.
errors-scan-other-version = This page is sheet { $serial } from an earlier printing of the form; read it with the meeting's sheets as printed now, or type it in.
errors-scan-file-too-large = This file is { $megabytes } MB, larger than Convene reads at once ({ $limit } MB); scan the stack in smaller parts.
errors-entry-pass = An entry pass is 1, or 2 for double entry; { $pass } is neither.
errors-entry-draft-saved = Sheet { $serial } is already saved; save it again to correct it.
errors-entry-mark-status = A sheet can be marked returned blank, spoiled or not returned.
errors-entry-mark-entered = Sheet { $serial } has been entered, so it came back filled in.
errors-label-reason = The reason
errors-entry-not-twice = Sheet { $serial } has not been entered twice yet.
errors-entry-agrees = { $question } is already the same in both entries.
errors-report-not-written = “{ $field }” is not a written question of this sheet; only written answers can be starred or hidden.
errors-entry-form-elsewhere = That form belongs to another meeting.
errors-entry-sample-percent = A sample is from 1 to 100 percent of the sheets; { $percent } is outside that.
errors-entry-sample-none = No sheet has been entered yet, so there is nothing to sample.

## Series, contact hours and certificates.

errors-label-series-title = The series' title
errors-label-provider = The provider's name
errors-label-accreditation = The accreditation line
errors-label-signer-name = The signer's name
errors-label-signer-title = The signer's title
errors-series-ordinal = “{ $ordinal }” is not a week of the month; choose the first to the fourth, or the last.
errors-series-interval = A series repeats every 1 to 12 weeks or months; { $interval } is outside that.
errors-series-until-before-from = The series ends on { $until }, before it starts on { $from }; the end must come after the start.
errors-series-no-dates = These choices give no dates. Check the day of the week and the first and last dates.
errors-series-too-many = These choices give more than { $max } meetings, the most one series holds. Check how often it repeats and its last date.
errors-series-all-skipped = Every date is skipped, so the series would have no meetings. Keep at least one date.
errors-series-rule-too-large = The completion rule asks for { $min } meetings, but the series has { $meetings }. Ask for at most { $meetings }.
errors-series-share = A meeting's required share must be from 1 to 100 percent; { $share } is outside that.
errors-meeting-contact-range = Contact hours must be from 0 to 24 hours; { $minutes } minutes is outside that.
errors-attendance-minutes-range = The time attended, { $minutes } minutes, is longer than the meeting itself ({ $length } minutes).
errors-attendance-minutes-not-present = No time attended can be recorded for { $name }, who is not marked present. Mark them present first.
errors-certificate-no-name = A certificate needs the member's name. Add it on the Members tab first.
errors-certificate-not-completed = No certificate can be issued to { $name }, who has not met the series' completion rule.
errors-certificate-replaced = Certificate { $number } was already replaced by { $newer }; reissue that one instead.
errors-certificate-orphan = Certificate { $number } belongs to a series or member that was deleted, so it cannot be reissued.
errors-certificate-unknown-number = No certificate numbered “{ $number }” is in this register.
errors-certificate-wrong-code = The verification code does not match certificate { $number }. Check both against the paper.
errors-signature-not-image = The signature must be a PNG or JPEG image; this file is neither, or it is damaged.
errors-signature-too-big = The signature image is { $size } MB; it can be at most { $max } MB. A scan at 300 dpi is much smaller.
errors-sign-in-blank-lines = A sign-in sheet can have at most 100 blank lines; { $count } is more than that.

## Development plans.

errors-label-goal = The goal
errors-label-goal-why = Why it matters
errors-label-goal-support = The support needed
errors-label-goal-evidence = The evidence of progress
errors-label-goal-step = A step
errors-goal-steps = A goal can have at most { $max } steps; this one has { $count }. Split it into two goals.
errors-label-checkin-with = Who the check-in was with
errors-label-checkin-moved = What moved
errors-label-checkin-next = What is next
errors-checkin-future = A check-in records what happened, so it cannot be dated { $date }, after today.
errors-checkin-empty = Say what moved or what is next; an empty check-in records nothing.
errors-member-experience = Years in the field must be from 0 to 60; { $years } is outside that.
errors-label-pairs-period = The period's name
errors-pairs-none = There are no pairs to save. Suggest pairs, or put members into groups.
errors-pairs-group-size = Group { $number } has { $size ->
    [one] one member
   *[other] { $size } members
}; a group has two, or three for an odd number.
errors-pairs-twice = Each member is in one group of a period, but { $name } is in two.
errors-pairs-no-group = This period has no group { $number }.

## Reflection worksheets.

errors-label-worksheet-title = The worksheet's title
errors-label-worksheet-intro = The worksheet's introduction
errors-label-worksheet-prompt = Prompt { $n }'s text
errors-label-worksheet-help = Prompt { $n }'s guidance
errors-label-worksheet-entry = { $list ->
    [items] Row { $entry } of prompt { $n }
    [levels] Level { $entry } of prompt { $n }
   *[columns] Column { $entry } of prompt { $n }
}
errors-worksheet-too-many = A worksheet can have at most { $max } prompts; this one has { $count }.
errors-worksheet-no-prompts = A worksheet needs at least one prompt to write or mark on; headings alone leave nothing to answer.
errors-worksheet-lines = Prompt { $n } asks for { $lines } lines; it can have from { $min } to { $max }.
errors-worksheet-labels = Prompt { $n } has { $count } { $list ->
    [items] { $count ->
        [one] row to rate
       *[other] rows to rate
    }
    [levels] { $count ->
        [one] level
       *[other] levels
    }
   *[columns] { $count ->
        [one] column
       *[other] columns
    }
}; it needs from { $min } to { $max }.
errors-worksheet-label-twice = Prompt { $n } lists “{ $label }” twice.
errors-worksheet-unknown = That worksheet no longer exists; choose another one for this reflection item.
errors-worksheet-other-community = The worksheet “{ $title }” belongs to another community; a meeting hands out its own community's worksheets.
errors-worksheet-none-linked = This meeting's agenda has no reflection item with a worksheet. Choose a worksheet on its reflection item, or name the worksheet to print.
errors-worksheet-other-meeting = The worksheet “{ $title }” belongs to another community than this meeting's.
errors-worksheet-no-members = This community has no members yet, so there is no one to personalise a worksheet for. Print blank copies, or add the members first.
