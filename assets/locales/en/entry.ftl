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
entry-scan = Scan sheets
entry-scan-heading = Scan sheets: { $title }
entry-scan-intro = Scan the paper sheets (a scanner's PDF or TIFF of the whole stack, or one photo or image a page) and Convene reads the circles. Marks it is sure of are saved; anything in doubt, and anything written, waits below for you to check against its picture.
entry-scan-pass = The scan stands as
entry-scan-pass-first = The first entry
entry-scan-pass-second = The second entry (double entry)
entry-scan-files = Scanned files
entry-scan-files-heading = Files from the scanner or the phone
entry-scan-drop = Drop scanned files here (PDF, TIFF, PNG or JPEG), or choose them.
entry-scan-choose = Choose files…
entry-scan-reading = Reading { $file } (file { $index } of { $count }){ $pages ->
    [0] …
   *[other] : page { $done } of { $pages }
}
entry-scan-progress = How far the reading has come
entry-scan-done = Read { $files ->
    [one] 1 file
   *[other] { $files } files
}: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}.
entry-scan-file-too-large = { $file }: not read. It is { $megabytes } MB, larger than Convene reads at once ({ $limit } MB); scan the stack in smaller parts.
entry-scan-log = What was read
entry-scan-file-page = { $file }, page { $page }
entry-scan-line = { $where }: sheet { $serial } · { $what }
entry-scan-line-check = { $where }: sheet { $serial } · { $what }: { $questions }
entry-scan-line-problem = { $where }: { $what }. { $problem }
entry-scan-outcome-saved = Saved
entry-scan-outcome-drafted = To check
entry-scan-outcome-blank = Returned blank
entry-scan-outcome-already-saved = Already saved, nothing changed
entry-scan-outcome-repeated = Read before, nothing changed
entry-scan-outcome-not-read = Not read
entry-scan-review-heading = To check
entry-scan-review-count = { $count ->
    [one] 1 sheet waits for you, the most doubtful first.
   *[other] { $count } sheets wait for you, the most doubtful first.
}
entry-scan-review-none = Nothing waits to be checked.
entry-scan-review-sheet = Sheet { $serial } · { $title }
entry-scan-review-keys = Look at each picture: press the number of the circle marked (B blank, M more than one mark, I illegible, N not applicable), or type what is written (Alt+K keeps the handwriting as its picture). Enter accepts the sheet.
entry-scan-snippet = The scan of { $question } on sheet { $serial }
entry-picture = Kept as the scan's picture
entry-scan-keep-picture = Keep the picture (Alt+K)
entry-scan-written = What is written
entry-scan-accept = Accept sheet
entry-scan-accepted = Sheet { $serial } checked and saved
entry-scan-open-check = Decide { $question } first.
entry-scan-account-heading = Every page
entry-scan-account-pages = { $count ->
    [one] 1 page read in this entry.
   *[other] { $count } pages read in this entry.
}
entry-scan-never = Not scanned yet: { $serials }
entry-scan-twice = The same page scanned more than once: { $serials }. Compare these sheets with the paper.
entry-scan-unfinished = A page still to scan: { $serials }
entry-scan-column-file = File
entry-scan-column-page = Page
entry-scan-column-sheet = Sheet
entry-scan-column-outcome = What happened
