# A community: its page, its meetings and its members.

## CommunityForm: create or edit a community.

community-cohort = Cohort
community-focus = Focus
community-description = Description
community-name-hint = For example: Site Coordinator CoP — Region 8
community-cohort-hint = For example: 2026–2028 cohort
community-focus-hint = The shared domain the community learns about together.
community-create = Create community

## CommunityView: the community's page and its tabs. $count is a number.

community-not-found = Community not found
community-back-home = Back to all communities
community-example-data = Example data
community-focus-label = Focus:
community-edit = Edit community
community-delete = Delete community
community-sections = Community sections
community-tab-meetings = Meetings ({ $count })
community-tab-members = Members ({ $count })
community-tab-agreements = Agreements
community-saved = Community saved
community-deleted = Community deleted

## Suggested member roles, offered in the member form's Role field.

community-role-site-coordinator = Site Coordinator
community-role-youth-worker = Youth Worker
community-role-staff-leader = Staff Leader
community-role-quality-steward = Quality Steward
community-role-program-director = Program Director
community-role-executive-director = Executive Director

## MeetingsTab: the community's meetings in date order.

community-meetings = Meetings
community-time = Time
community-meeting = Meeting
community-attendance = Attendance
community-today = Today
community-present-of = { $present } of { $total } present
community-attendance-not-taken = Not taken
community-no-meetings = No meetings yet. Schedule the first one.
community-meeting-scheduled = Scheduled { $title }

## MemberForm: add or edit a member.

community-role = Role
community-role-hint = Pick one or type your own.
community-organization = Organization
community-site = Site
community-email = Email
community-phone = Phone
community-member-language = Preferred language
# The member reads what Convene prints in the facilitator's language.
community-member-language-same = Same as Convene

## MembersTab: the community's roster. $name is a member's name.

community-members = Members
community-search-members = Search members
community-search-members-placeholder = Search by name, role, organization, site
community-add-member = Add member
community-organization-site = Organization · Site
community-contact = Contact
community-edit-named = Edit { $name }
community-delete-named = Delete { $name }
community-no-member-matches = No member matches your search.
community-no-members = No members yet. Add the people in this community to take attendance.
community-edit-member = Edit member
community-delete-member = Delete member
community-member-added = Added { $name }
community-member-saved = Member saved
community-member-deleted = Member deleted

## The attendance-and-hours table and a member's transcript as CSV.

community-hours-csv-name = Name
community-hours-csv-organization = Organization
community-hours-csv-site = Site
community-hours-csv-total = Total contact hours
community-hours-csv-ceus = CEUs
community-hours-csv-certificates = Certificates
community-hours-csv-file = Attendance and hours - { $name }.csv
community-hours-csv-date = Date
community-hours-csv-meeting = Meeting
community-hours-csv-series = Series
community-hours-csv-contact = Meeting's contact hours
community-hours-csv-earned = Hours earned
community-hours-csv-transcript-total = Total ({ $ceus } CEUs)
community-hours-transcript-file = Transcript - { $name }.csv

## Series, contact hours and certificates.

community-tab-series = Series and certificates
community-series = Series
community-series-schedule = Schedule a series
community-series-none = No series yet. Schedule one to create its meetings in one step, count their contact hours and issue certificates to those who complete it.
community-series-title = Series title
community-series-title-hint = Printed on certificates, e.g. “Site Coordinator CoP — Year 1”.
community-series-repeat = When it meets
community-series-repeat-kind = Repeats
community-series-kind-monthly = Monthly, on a day of the week
community-series-kind-weekly = Weekly
community-series-kind-dates = On dates I choose
community-series-add-date = Add a date
community-series-add = Add
community-series-picked = Chosen dates
community-series-remove-date = Remove { $date }
community-series-every = How often
community-series-interval-months = { $count ->
    [1] Every month
    [2] Every other month
    [3] Every 3 months (quarterly)
   *[other] Every { $count } months
}
community-series-interval-weeks = { $count ->
    [1] Every week
    [2] Every other week
   *[other] Every { $count } weeks
}
community-series-week-of-month = Week of the month
community-series-ordinal = { $n ->
    [1] First
    [2] Second
    [3] Third
    [4] Fourth
   *[other] Last
}
community-series-weekday = Day
community-weekday-monday = Monday
community-weekday-tuesday = Tuesday
community-weekday-wednesday = Wednesday
community-weekday-thursday = Thursday
community-weekday-friday = Friday
community-weekday-saturday = Saturday
community-weekday-sunday = Sunday
community-series-from = First possible date
community-series-until = Last possible date
community-series-preview = { $count ->
    [one] One meeting will be created:
   *[other] { $count } meetings will be created:
}
community-series-preview-hint = Untick a date to skip it (a holiday, a school break).
community-series-preview-empty = Choose how the series repeats, or add its dates, to see the meetings it will create.
community-series-agenda = Agenda for every meeting
community-series-agenda-none = No agenda yet
community-series-create = { $count ->
    [one] Create the series and its meeting
   *[other] Create the series and its { $count } meetings
}
community-series-completion = Completing the series
community-series-min-meetings = Meetings a member must attend
community-series-min-meetings-hint = Leave blank to require all of them.
community-series-min-share = Share of a meeting that counts (%)
community-series-min-share-hint = E.g. 75: a meeting counts only if the member attended three quarters of its contact hours. Leave blank to count any attendance.
community-series-scope = Change which meetings
community-series-scope-future = Meetings from today on (those already held stay as they were)
community-series-scope-all = Every meeting of the series
community-series-rule-all = All { $meetings } meetings
community-series-rule-at-least = At least { $count } of { $meetings } meetings
community-series-rule-all-share = All { $meetings } meetings, each attended for at least { $share }% of its contact hours
community-series-rule-at-least-share = At least { $count } of { $meetings } meetings, each attended for at least { $share }% of its contact hours
community-series-rule = To complete: { $rule }
community-series-created = Scheduled { $title }: { $count ->
    [one] one meeting
   *[other] { $count } meetings
}.
community-series-deleted = Deleted the series { $title }; its meetings are still on the Meetings tab.
community-series-saved = Series saved.
community-series-dates = { $count ->
    [one] One meeting, { $first }
   *[other] { $count } meetings, { $first } to { $last }
}
community-series-no-meetings = No meetings left in this series.
community-series-contact = { $hours } of contact hours
community-series-edit = Edit series
community-series-edit-named = Edit series { $title }
community-series-delete = Delete series
community-series-delete-named = Delete series { $title }
community-series-delete-question = Delete the series “{ $title }”? Its { $count } meetings, their attendance and the certificates already issued all stay; only the grouping and its completion rule go.
community-series-hours-and-certificates = Hours and certificates
community-hours-csv = Attendance and hours (CSV)
community-certificates-settings = Certificate settings
community-certificates-provider = Provider's name
community-certificates-provider-hint = The organization that issues the certificates, printed at their top.
community-certificates-accreditation = Accreditation line
community-certificates-accreditation-hint = Only if your organization is accredited to award CEUs, e.g. “Accredited Provider No. 1234, State Board”. Leave blank otherwise.
community-certificates-signer-name = Signer's name
community-certificates-signer-title = Signer's title
community-certificates-settings-note = The provider and accreditation are recorded with each certificate when it is issued; the signer is printed as set here.
community-certificates-settings-saved = Certificate settings saved.
community-certificates-issued = { $issued ->
    [0] No new certificate to issue
    [one] Issued one new certificate
   *[other] Issued { $issued } new certificates
}; { $before } issued before.
community-certificates-print-group = Certificates
community-certificates-issue = { $count ->
    [0] Issue and print certificates
   *[other] Issue and print certificates ({ $count })
}
community-certificates-language-note = Each certificate prints in its member's language; the paper size and language here apply to transcripts too.
community-standing-caption = { $completed } of { $total } members completed the series
community-standing-member = Member
community-standing-hours = Hours
community-standing-ceus = CEUs
community-standing-status = Status
community-standing-certificate = Certificate
community-standing-transcript = Transcript
community-standing-absent = absent
community-standing-completed = Completed
community-standing-counted = { $counted } of { $required } needed
community-transcript-pdf = PDF
community-transcript-pdf-for = Transcript of { $name } (PDF)
community-transcript-csv = CSV
community-transcript-csv-for = Transcript of { $name } (CSV)
community-certificates-register = Certificate register
community-certificates-none = No certificate has been issued in this community yet.
community-certificates-number = Certificate number
community-certificates-code = Verification code
community-certificates-series = Series
community-certificates-issued-on = Issued
community-certificates-actions = Actions
community-certificates-current = Current
community-certificates-replaced-by = Replaced by { $number }.
community-certificates-replaces = Reissue of { $number }
community-certificates-reissue = Reissue
community-certificates-reissue-for = Reissue certificate { $number } of { $name }
community-certificates-reissue-question = Reissue certificate { $number } of { $name } from today's records? It gets a new number; the old one stays in the register, marked replaced.
community-certificates-reissue-confirm = Reissue and print
community-certificates-reissued = Certificate { $number } issued; it replaces { $old }.
community-certificates-verify = Check a certificate
community-certificates-verify-button = Check
community-certificates-verified = Certificate { $number } is genuine: { $name }, { $series }, issued { $date }, { $hours } of contact hours, { $ceus } CEUs.
community-certificates-signature = Scanned signature (PNG or JPEG)
community-certificates-signature-none = None: certificates print a blank line to sign by hand.
community-certificates-signature-kept = A signature is kept; it prints above the signature line. Choose another file to replace it.
community-certificates-signature-remove = Remove the signature
community-series-calendar = Calendar (.ics)
community-series-calendar-named = Calendar of the series { $title } (.ics)

## A member's page: development plan and check-ins.

community-member-attended = Attended { $attended } of the { $held ->
    [one] meeting
   *[other] { $held } meetings
} where attendance was taken.
community-plan = Development plan
community-plan-empty = No goals yet. Add the goals this member set on their worksheet.
community-standard-safe = Safe and Supportive Environment
community-standard-active = Active and Engaged Learning
community-standard-skills = Skill Building
community-standard-voice = Youth Voice and Leadership
community-standard-healthy = Healthy Choices and Behaviors
community-standard-equity = Diversity, Access, and Equity
community-standard-staff = Quality Staff
community-standard-vision = Clear Vision, Mission, and Purpose
community-standard-partnerships = Collaborative Partnerships
community-standard-cqi = Continuous Quality Improvement
community-standard-management = Program Management
community-standard-sustainability = Sustainability
community-goal-status-active = Active
community-goal-status-achieved = Achieved
community-goal-status-paused = Paused
community-goal-status-dropped = Dropped
community-goal = Goal
community-goal-hint = What they want to change at their site, in their words.
community-goal-why = Why it matters for their site
community-goal-standard = Quality Standard it serves
community-goal-standard-none = None chosen
community-goal-status = Status
community-goal-steps = Steps
community-goal-step-noun = step
community-goal-step-add = Add a step
community-goal-step = Step
community-goal-step-by = By
community-goal-step-done = Done
community-goal-step-by-date = by { $date }
community-goal-support = Support needed
community-goal-evidence = Evidence of progress
community-goal-add = Add a goal
community-goal-edit = Edit goal
community-goal-edit-named = Edit the goal “{ $goal }”
community-goal-serves = Serves: { $standard }
community-goal-history = { $count ->
    [one] What it said before (1 earlier version)
   *[other] What it said before ({ $count } earlier versions)
}
community-goal-saved = Goal saved; what it said before is kept.
community-checkins = Check-ins between meetings
community-checkins-none = No check-ins recorded yet.
community-checkin-add = Record a check-in
community-checkin-with = With whom
community-checkin-goal = About the goal
community-checkin-goal-none = No particular goal
community-checkin-moved = What moved
community-checkin-next = What is next
community-checkin-save = Save check-in
community-checkin-saved = Check-in saved.
community-checkin-deleted = Check-in deleted.
community-checkin-delete-named = Delete the check-in of { $date }
community-road-map = Road map (PDF)
community-road-map-ready = Road map PDF ready

## Growth coaches, mentors and accountability partners.

community-member-experience = Years in the field
community-member-experience-hint = Optional; mentoring pairs match the most experienced with the newest.
community-tab-pairs = Pairs
community-pairs = Growth coaches, mentors and partners
community-pairs-none = No pairs yet. Pair the community for a period: growth coaches, mentors and mentees, or accountability partners who check in between meetings.
community-pairs-new = Pair the community
community-pairs-period = Period
community-pairs-period-hint = E.g. “Fall 2026”: each member is in one group a period.
community-pairs-kind = Kind
community-pairs-kind-coaches = Growth coaches
community-pairs-kind-mentoring = Mentors and mentees
community-pairs-kind-partners = Accountability partners
community-pairs-allow-repeats = Allow pairs who were partners in an earlier period
community-pairs-suggest = Suggest pairs
community-pairs-rules = Suggested by these rules:
community-pairs-rule-organizations = people from different organizations
community-pairs-rule-experience = the most experienced with the newest
community-pairs-rule-standards = people working on the same Quality Standards
community-pairs-rule-no-repeats = nobody with an earlier partner
community-pairs-rule-repeats = earlier partners allowed again
community-pairs-rule-trio = a trio for the odd number
community-pairs-same-organization = { $count ->
    [one] One group shares an organization: there was no other way.
   *[other] { $count } groups share an organization: there was no other way.
}
community-pairs-repeats = { $count ->
    [one] One group were partners before.
   *[other] { $count } groups were partners before.
}
community-pairs-experience = Years
community-pairs-group = Group
community-pairs-group-of = Group of { $name }
community-pairs-no-group = No group
community-pairs-group-number = Group { $number }
community-pairs-save = Save the pairs
community-pairs-saved = Pairs saved.
community-pairs-needs-checkin = No check-in since the last meeting
community-pairs-checkin-note = What group { $number } did
community-pairs-checkin-placeholder = What they did together, e.g. visited each other's sites
community-pairs-checkin-save = Record check-in
community-pairs-print = Pair list (PDF)
community-pairs-print-named = Pair list of { $label } (PDF)
community-pairs-list-ready = Pair list PDF ready

## Reflection worksheets.

community-tab-worksheets = Worksheets
community-worksheets = Reflection worksheets
community-worksheets-intro = The pages members write on at the end of a meeting or between meetings. A meeting's reflection item hands one out; print them blank or with each member's goal and last check-in printed in.
community-worksheets-from-template = Add from the shipped worksheets
community-worksheets-new = New worksheet
community-worksheets-none = No worksheets yet. Add one from the shipped worksheets to start.
community-worksheets-choose = Worksheet to start from
community-worksheets-use-template = Use this worksheet
community-worksheet-prompts = { $count ->
    [one] 1 prompt
   *[other] { $count } prompts
}
community-worksheet-used = { $count ->
    [one] handed out by 1 agenda item
   *[other] handed out by { $count } agenda items
}
community-worksheet-copy = Copy
community-worksheet-copy-title = { $title } (copy)
community-worksheet-print-blank = Print blank
community-worksheet-print-personal = Print for each member
community-worksheet-printed = Worksheets PDF ready
community-worksheet-saved = Saved { $title }
community-worksheet-copied = Made { $title }
community-worksheet-deleted = Deleted { $title }
community-worksheet-edit = Edit { $title }
community-worksheet-delete = Delete worksheet
community-worksheet-delete-confirm = Delete “{ $title }”? { $count ->
    [0] No agenda item hands it out.
    [one] The agenda item that hands it out keeps everything else.
   *[other] The { $count } agenda items that hand it out keep everything else.
}
community-worksheet-title = Title
community-worksheet-intro = Introduction
community-worksheet-prompt-noun = prompt
community-worksheet-add-prompt = Add a prompt
community-worksheet-unnamed = Prompt { $number }
community-worksheet-kind = Answered with
community-worksheet-kind-write = Lines to write on
community-worksheet-kind-rate = Circles to rate with
community-worksheet-kind-table = A table to fill in
community-worksheet-kind-heading = A section heading
community-worksheet-prompt-text = Prompt
community-worksheet-prompt-help = Guidance under it
community-worksheet-lines = Lines to write on
community-worksheet-lines-hint = One for a date, three or four for a few sentences.
community-worksheet-items = What is rated
community-worksheet-one-per-line = One per line.
community-worksheet-levels = Levels of the scale
community-worksheet-levels-hint = One per line, lowest first; two to six.
community-worksheet-notes = A line for notes beside each row
community-worksheet-columns = Column heads
community-worksheet-columns-hint = One per line; up to six.
community-worksheet-rows = Rows to fill in
community-worksheet-save = Save worksheet
