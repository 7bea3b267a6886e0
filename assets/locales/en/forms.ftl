# A meeting's Evaluation tab: its evaluation forms and their numbered sheets.

forms-heading = Evaluation forms
forms-intro = Participants fill in a paper evaluation at the end of the meeting. Each printed sheet gets its own serial, so every sheet can be entered and accounted for afterwards.
forms-none = This meeting has no evaluation form yet. Add one below.
# $language is a language's name; $count the questions on the form.
forms-facts = { $language } · version { $version } · { $count ->
    [one] 1 question
   *[other] { $count } questions
}
forms-copies = Sheets to print
forms-print-for = Sheets for
forms-print-for-present = { $count ->
    [one] The member marked present (1)
   *[other] Members marked present ({ $count })
}
forms-print-for-all = { $count ->
    [one] The community's member (1)
   *[other] Every member of the community ({ $count })
}
forms-print-members = Print a sheet for each
forms-print = Print numbered sheets
forms-delete = Delete form
forms-printed = { $count ->
    [one] 1 numbered sheet is ready to print
   *[other] { $count } numbered sheets are ready to print
}
forms-added = Added “{ $title }”
forms-deleted = Deleted “{ $title }”
# $ranges lists the serials, e.g. "M1-001–M1-030".
forms-sheets-printed = { $count ->
    [one] 1 sheet printed for this meeting
   *[other] { $count } sheets printed for this meeting
}: { $ranges }
forms-add-heading = Add a form
forms-start-from = Start from
forms-blank = A blank form
forms-language = Language of the sheet
forms-add = Add form
forms-copy-from = Copy another meeting's form
forms-copy-option = { $meeting }: { $title } ({ $language })
forms-copy-hint = The copy keeps the form's language and starts as a new form of this meeting, with nothing printed.

## How each item is answered on paper. $points and $options are lists already joined
## the language's way ("Low, Medium, or High").

forms-answers-before-now = Before today and now: { $points }
forms-answers-one-of = One of: { $options }
forms-answers-any-of = Any of: { $options }
forms-answers-lines = { $count ->
    [one] 1 line to write on
   *[other] { $count } lines to write on
}
forms-answers-code = Boxes for the participant code
forms-answers-code-printed = Each member's code, printed on their own sheet
forms-preview-code-printed = Your participant code is printed at the top left of this sheet. It links your sheets from meeting to meeting; your name is not kept with your answers.
forms-editor-print-codes = Print each member's code on their own sheet
forms-editor-print-codes-hint = Sheets are then printed one per member, with the member's code and name at the top; nobody writes a code. Otherwise participants make up a code and write it in boxes.
forms-point-strongly-disagree = Strongly disagree
forms-point-disagree = Disagree
forms-point-neutral = Neither agree nor disagree
forms-point-agree = Agree
forms-point-strongly-agree = Strongly agree
forms-point-yes = Yes
forms-point-no = No
forms-enter = Enter sheets
forms-enter-second = Second entry (double entry)

## Editing a form.

forms-edit = Edit form
forms-editor-label = Edit { $title }
forms-editor-printed = Sheets of version { $version } have been printed: saving makes version { $next }, and the printed sheets keep version { $version }.
forms-editor-title = Title printed on the sheet
forms-editor-intro = Introduction
# What one row of the list is, in lower case; the list capitalises it for its headings ("Item 2").
forms-editor-noun = item
forms-editor-unnamed = item { $number }
forms-editor-add = Add an item
forms-editor-kind = Kind
forms-editor-text = Statement, question or heading
forms-editor-key = Key to match across meetings (optional)
forms-editor-key-hint = Questions with the same key line up in the series and network reports even when their words differ (another language, another community's focus). The shipped evaluations' questions have keys already.
forms-editor-points = Scale, lowest first
forms-editor-points-hint = One point per line, from 3 to 5 (for example Low, Medium, High).
forms-editor-scale = Scale
forms-editor-options = Options
forms-editor-options-hint = One option per line, from 2 to 12.
forms-editor-lines = Lines to write on
forms-editor-duplicate = Duplicate
forms-editor-removed = Removed “{ $name }”.
forms-editor-save = Save form
forms-saved = Saved “{ $title }”, version { $version }
forms-kind-retrospective = Before and now rating
forms-kind-agreement = Agreement
forms-kind-yes-no = Yes or no
forms-kind-single-choice = One choice
forms-kind-multiple-choice = Several choices
forms-kind-short-text = Short answer
forms-kind-comment = Comment
forms-kind-participant-code = Participant code
forms-kind-heading = Section heading
forms-kind-instructions = Instructions
forms-scale-two = Agree / Disagree
forms-scale-four = Four points, Strongly disagree to Strongly agree
forms-scale-five = Five points, with a middle point
forms-default-low = Low
forms-default-medium = Medium
forms-default-high = High

## The live preview of the printed sheet beside the form editor; its words are in the
## form's language.

forms-preview = The printed sheet (preview)
forms-preview-serial = Sheet M1-001
forms-preview-how-to-mark = Fill in one circle completely for each answer, with a dark pen. To change an answer, put an X through the wrong circle and fill in the right one.
forms-preview-before = Before today
forms-preview-now = Now

## Moving a meeting's evaluation (forms, sheets, entries) to and from a file.
forms-export = Export forms and answers
forms-exported = Evaluation file saved: { $forms ->
    [one] one form
   *[other] { $forms } forms
} and { $sheets ->
    [one] one sheet
   *[other] { $sheets } sheets
}
forms-export-file = Evaluation - { $title } - { $date }.json
forms-export-community-file = Evaluations - { $name }.json
forms-import = Import forms and answers…
forms-import-title = Import forms and answers
forms-import-file = Evaluation file (.json)
forms-import-hint = A file exported from a meeting's Evaluation tab, on this machine or another. It goes into this meeting; entries typed on another laptop join the ones here. Nothing changes until you confirm.
forms-import-forms = { $count ->
    [one] One new form
   *[other] { $count } new forms
}
forms-import-sheets = { $count ->
    [one] One new sheet
   *[other] { $count } new sheets
}
forms-import-entries = { $count ->
    [one] One sheet entry typed on another machine
   *[other] { $count } sheet entries typed on another machine
}
forms-import-versions = { $count ->
    [one] One new version of a form already here
   *[other] { $count } new versions of forms already here
}
forms-import-accounted = { $count ->
    [one] One sheet marked returned blank, spoiled or not returned
   *[other] { $count } sheets marked returned blank, spoiled or not returned
}
forms-import-unchanged = { $count ->
    [one] One sheet is already here exactly as in the file.
   *[other] { $count } sheets are already here exactly as in the file.
}
forms-import-nothing = Nothing new: this meeting already has everything in the file.
forms-import-confirm = Import into this meeting
forms-imported = Evaluation file imported

## The facilitator's own form templates.
forms-save-template = Save as template
forms-template-dialog = Save the form as a template
forms-template-name = Template name
forms-template-name-hint = Later forms can start from it, in any meeting of any community. It keeps the form's words and language.
forms-template-saved = Saved the template “{ $name }”
forms-template-deleted = Deleted the template “{ $name }”
forms-saved-templates = Your templates
forms-saved-option = { $name } ({ $language })
forms-saved-hint = Your template “{ $title }”, { $count ->
    [one] 1 question
   *[other] { $count } questions
}. The new form keeps its language.
forms-delete-template = Delete this template
