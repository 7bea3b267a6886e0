# Keying in paper sheets: the Enter sheets screen, one key per answer.

entry-heading = Enter sheets: { $title }
entry-heading-second = Second entry: { $title }
entry-intro = Type the serial printed on the sheet, then one key per answer: the number of the circle marked. The cursor moves on by itself; Enter on the last answer saves the sheet.
entry-intro-second = Type each sheet again as if for the first time: this screen never shows what the first entry typed.
# $blank counts sheets returned blank.
entry-progress = { $entered } of { $issued } sheets entered · { $blank } returned blank · { $toGo } to go
entry-serial = Sheet serial
entry-open = Open sheet
entry-mark-group = The sheet came back
entry-mark-blank = Returned blank
entry-mark-spoiled = Spoiled
entry-mark-not-returned = Not returned
entry-marked-blank = Sheet { $serial } is marked returned blank
entry-marked-spoiled = Sheet { $serial } is marked spoiled
entry-marked-not-returned = Sheet { $serial } is marked not returned
entry-sheet = Sheet { $serial } · { $title }
entry-legend = Keys: the circle's number · B blank · M more than one mark · I illegible · N not applicable · Backspace goes back
entry-text-keys = In a written answer: Enter moves on (nothing typed means blank), Shift+Enter starts a new line, Alt+I illegible, Alt+N not applicable.
entry-keys-for = Press 1 to { $max }, or B, M, I or N.
entry-several = (several: press each number, then Enter)
entry-half-before = Before today
entry-half-now = Now
entry-code-blank = Blank
entry-code-multiple = More than one mark
entry-code-illegible = Illegible
entry-code-not-applicable = Not applicable
entry-correcting = This sheet is already saved: what you change now is kept in its history, with the reason you give.
entry-reason = Reason for the change (optional)
entry-save = Save sheet
entry-saved = Sheet { $serial } saved

# Double entry: the differences between the two entries, settled from the paper.
entry-differences-heading = Differences between the two entries
# $rate is a percentage already formatted; $resolved counts differences settled.
entry-agreement = The two entries agree on { $rate } of the fields typed twice ({ $agreeing } of { $fields }, on { $sheets ->
    [one] 1 sheet
   *[other] { $sheets } sheets
}) · { $resolved } settled from the paper
entry-differences-caption = { $count ->
    [one] 1 difference to settle: look at the paper and choose what it says
   *[other] { $count } differences to settle: look at the paper and choose what it says
}
entry-no-differences = No differences are left to settle.
entry-column-sheet = Sheet
entry-column-question = Question
entry-column-first = First entry
entry-column-second = Second entry
entry-column-paper = What the paper says
entry-question = Question { $n }
entry-question-half = Question { $n } ({ $half })
entry-code-question = The participant code
entry-paper-says = What sheet { $serial } says for { $question }
entry-paper-choice = The mark on sheet { $serial } for { $question }
entry-paper-as-typed = Use what I type
entry-paper-pick = Choose…
entry-reason-for = Reason for settling { $question } on sheet { $serial }
entry-reason-placeholder = Reason (optional)
entry-settle = Settle
entry-settled = Settled a difference on sheet { $serial }
entry-unnumbered-form = Form of a sheet without a serial
entry-unnumbered = A sheet without a serial
entry-write-serial = Write { $serial } on the paper sheet, then key it in: it is entered, double-entered and counted like any printed sheet.
entry-history = { $count ->
    [one] History of this sheet (1 change)
   *[other] History of this sheet ({ $count } changes)
}
entry-history-line = { $when }: { $question } (entry { $pass }) changed from { $old } to { $new }
entry-sample-percent = Enter again only a random sample of the entered sheets (percent)
entry-sample-draw = Draw a sample
entry-sample-drawn = Drew { $sampled } of { $entered } sheets to enter again
entry-sample-active = The second entry covers a random sample: { $sampled } of the { $entered } entered sheets.
# $rate and $limit are percentages already formatted.
entry-sample-too-different = The sample's entries differ on { $rate } of their fields, more than { $limit }: enter every sheet a second time.
entry-sample-widen = Enter every sheet a second time
entry-sample-widened = Every entered sheet is now to be entered a second time
entry-printed-code = Participant code { $code }, printed on the sheet: nothing to type for it.
