# The evaluation report: a meeting's figures from its entered sheets.

## Headline sentences a facilitator copies into a funder's report. $statement is the
## question as printed; $count of $of are sheets.
report-headline-increased = { $percent }% ({ $count } of { $of }) rated “{ $statement }” higher now than before today.
report-headline-agreed = { $percent }% ({ $count } of { $of }) agreed: “{ $statement }”
report-headline-yes = { $percent }% ({ $count } of { $of }) answered yes: “{ $statement }”

report-tab = Report
report-heading = Evaluation report
report-intro = Every figure comes from the sheets entered for this meeting; choose a count to see the sheets behind it.
report-none = No sheets have been entered for this meeting yet. Print the evaluation, then enter the paper sheets to see the report.
report-response = { $count } of { $present } attendees present returned an entered sheet ({ $percent }%)
report-response-no-attendance = { $count ->
    [one] 1 sheet entered
   *[other] { $count } sheets entered
}; attendance was not taken, so there is no response rate
report-returns = Returned blank: { $blank } · spoiled: { $spoiled } · not returned: { $notReturned } · still to enter: { $toGo }
report-checked-twice = Entered twice: { $sheets ->
    [one] 1 sheet
   *[other] { $sheets } sheets
}; the two entries agreed on { $percent }% of the fields typed twice ({ $agreeing } of { $fields }); { $settled ->
    [one] 1 difference settled
   *[other] { $settled } differences settled
} from the paper{ $unsettled ->
    [0] .
   *[other] , { $unsettled } still to settle.
}
report-checked-once = Entered once: not double-entered.
report-form = { $title } ({ $language }) · { $count ->
    [one] 1 sheet
   *[other] { $count } sheets
}
report-copy = Copy
report-copied = Sentence copied
report-before = Before today
report-now = Now
report-answer = Answer
report-valid = Answered
report-missing-line = Not counted: blank { $blank } · more than one mark { $multiple } · illegible { $illegible } · not applicable { $notApplicable }
report-increased = Increased
report-same = Same
report-decreased = Decreased
report-top-before = Already at the top before
report-could-increase = Increased, of those who could
report-share = { $percent }% ({ $count } of { $of })
report-share-none = none answered
report-change-heading = Change over { $pairs ->
    [one] 1 sheet
   *[other] { $pairs } sheets
} with both answers
report-transitions = Before × now, in sheets
report-transitions-corner = Before ↓ · Now →
report-positive-agree = Agreed
report-positive-yes = Answered yes
report-strongly = Strongly agreed
report-several-of = Of { $count ->
    [one] 1 sheet
   *[other] { $count } sheets
} that answered; a sheet may mark several.
report-comments = { $count ->
    [one] 1 written answer
   *[other] { $count } written answers
}
report-picture = Handwritten answer on sheet { $serial }, kept as the scan's picture
report-pictures = { $count ->
    [one] 1 of them is handwriting kept as the scan's picture, not typed: sheet { $serials }.
   *[other] { $count } of them are handwriting kept as the scan's pictures, not typed: sheets { $serials }.
}
report-picture-cell = (handwritten, kept as the scan's picture)
report-star = Star for the report
report-starred = Starred
report-hide = Hide from the report
report-hidden = Hidden
report-hidden-note = Hidden from the report; kept in the data.
report-chart = { $statement }: share of answers at each point
report-sheets-title = The sheets behind { $figure }
report-sheets-none = No sheet is behind this figure.
report-sheet-open = Open { $serial }
report-close = Close

## The report as CSV tables.
report-csv-form = Form
report-csv-number = Question number
report-csv-question = Question
report-csv-part = Part
report-csv-count = Sheets
report-csv-of = Of
report-csv-percent = Percent
report-csv-written = Written answers
report-csv-serial = Sheet
report-csv-code = Participant code
report-code-blank = (blank)
report-code-multiple = (more than one mark)
report-code-illegible = (illegible)
report-code-not-applicable = (not applicable)
report-csv-summary-file = Evaluation summary - { $title } - { $date }.csv
report-csv-raw-file = Evaluation data - { $title } - { $date }.csv
report-download-summary = Summary table (CSV)
report-download-raw = All answers (CSV)
report-downloaded = Table saved

## The report as a PDF.
report-pdf-title = Evaluation report: { $meeting }
report-pdf-subtitle = { $community } · { $date }
report-pdf-method = Figures come from the participants' paper sheets, typed in with Convene. Each percentage is of the sheets that answered that question; blank answers, more than one mark, illegible and not applicable are counted apart, never as answers.
report-pdf-point = { $point } { $count } ({ $percent }%)
report-pdf-answered = answered { $count }
report-pdf-quote = “{ $text }” ({ $serial })
report-pdf-file = Evaluation report - { $title } - { $date }.pdf
report-download-pdf = Report (PDF)
report-printed = Report ready

## The same questions across a community's meetings.
report-series-tab = Evaluations
report-series-heading = Evaluations across the meetings
report-series-intro = Each question as every meeting answered it; a question asked in the same words at several meetings lines up in one row. Open a meeting for its full report and the sheets behind each figure.
report-series-none = No meeting of this community has entered sheets yet.
report-series-question = Question
report-series-sheets = { $entered } sheets of { $present } present
report-series-top = { $point }: { $before }% → { $now }%
report-series-not-asked = not asked

## Several communities pooled: the network report.
report-network-link = Network report
report-network-heading = Network report
report-network-intro = The evaluations of the communities you choose, each pooling all its meetings' entered sheets, beside their total. Questions from the shipped evaluations match across communities and languages.
report-network-communities = Communities to pool
report-network-none = None of these communities has entered sheets yet.
report-network-pooled = { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
}, { $entered ->
    [one] 1 sheet
   *[other] { $entered } sheets
}
report-network-total = All chosen
report-import-open = Import a community's evaluations…
report-import-title = Import a community's evaluations
report-import-file = Community evaluations file (.json)
report-import-hint = A file saved with “Export evaluations” on a community's Evaluations tab, on this machine or another facilitator's. A community new here is added with its meetings; one already here gains what it lacks. Nothing changes until you confirm.
report-import-new-community = New here: the community “{ $name }”.
report-import-known-community = Already here: “{ $name }”. What the file has and this machine lacks is added.
report-import-meetings = { $count ->
    [one] One meeting new here:
   *[other] { $count } meetings new here:
}
report-import-nothing = Nothing new: this machine already has everything in the file.
report-import-confirm = Import the evaluations
report-imported = Evaluations of “{ $name }” imported
report-export-community = Export evaluations
report-series-pdf-title = Evaluations across meetings: { $community }
report-series-file = Evaluations across meetings - { $community }
report-network-file = Network report
report-across-pdf-file = { $name }.pdf
report-across-questions = Question by question
report-across-table = Table (CSV)
report-csv-column = Meeting or community
report-csv-basis = Based on
report-csv-figure = Figure
report-csv-points = Points
report-csv-before-percents = Before (% per point)
report-csv-now-percents = Now (% per point)
