# A community's agreements: the set in force, its versions, revising, the check-in.

# Where a version was adopted (lib/agreements.ts). $date is formatted text.

agreements-caption-adopted = Version { $version } · adopted at { $meeting }, { $date }
agreements-caption-not-adopted = Version { $version } · not adopted at a meeting

# AgreementsTab

agreements-heading = Agreements
agreements-in-force = Agreements in force
agreements-revise = Revise agreements
agreements-revise-title = Revise the agreements
agreements-saved-version = Saved version { $version } of the agreements
agreements-print-label = Print the agreements
agreements-print = Print:
agreements-poster = Poster (PDF)
agreements-table-tent = Table tent (PDF)
agreements-poster-ready = Agreements poster ready
agreements-table-tent-ready = Agreements table tent ready
agreements-paper = Paper
agreements-paper-letter = US Letter
agreements-earlier = Earlier versions
agreements-earlier-none = None yet. Each time you revise the agreements, the version before is kept here.
agreements-revise-from = Start a revision from version { $version }
agreements-revise-from-title = Revise, starting from version { $version }
agreements-write-own = Write your own
agreements-write-own-title = Write your own agreements
agreements-none-yet = { $community } has no agreements yet. Make them together when the cohort forms: how you will keep each other safe, play fair and make the most of your time. They are shown on the projector before every teambuilding activity, and the group checks in on them at each meeting's close.
agreements-start-from-template = Start from a template
agreements-from-template-title = Agreements from “{ $name }”
agreements-editor-intro = Write them with the group, in the group's own words. Agreements work best when everyone helped make them.

# AgreementSet

agreements-in-practice = In practice:

# AgreementTemplates

agreements-template-preview = Agreements in { $name }
agreements-template-use = Use this set
agreements-template-use-named = Use this set: { $name }

# AgreementsEditor. $number counts agreements from 1 in the list.

agreements-editor-templates = Start from a template instead
agreements-editor-templates-hint = Choosing a set replaces the agreements below; you can undo it, and edit it before saving.
agreements-editor-filled = Filled in from “{ $name }”.
agreements-editor-removed = Removed “{ $name }”.
# What one row of the list is, in lower case; the list capitalises it for its headings ("Agreement 2").
agreements-editor-noun = agreement
agreements-editor-unnamed = agreement { $number }
agreements-editor-add = Add an agreement
agreements-editor-label = Label
agreements-editor-label-hint = A short name, such as “Play Safe”.
agreements-editor-statements = Statements
agreements-editor-statements-hint = One per line. These are read out and projected.
agreements-editor-practice = What it looks like in practice
agreements-editor-practice-hint = Optional: concrete examples the group agreed on.
agreements-editor-most = { $count ->
    [one] A set holds at most 1 agreement, so the projector can show it.
   *[other] A set holds at most { $count } agreements, so the projector can show them all.
}
agreements-editor-adopted-at = Adopted at
agreements-editor-not-at-meeting = Not at a meeting
agreements-editor-adopted-hint = The meeting where the group agreed on this version.
agreements-editor-keeps-history = Saving keeps the earlier versions in the history; nothing is overwritten.
agreements-editor-save = Save as version { $version }

# AgreementsCheckin: the group rates each agreement from 1 to 5 at a meeting's close.
# The scale's two messages follow a bold "1" and a bold "5".

agreements-checkin-heading = Agreements check-in
agreements-checkin-none = This community has no agreements yet, so there is nothing to check in on.
agreements-checkin-write = Write the community's agreements
agreements-checkin-intro = At the close of the meeting, ask the group how well it lived each agreement today, and record the room's answer. These are version { $version } of the agreements.
agreements-checkin-low = = we struggled
agreements-checkin-high = = we lived it
agreements-checkin-not-rated = Not rated
agreements-checkin-save = Save check-in
agreements-checkin-saved = Check-in saved
agreements-checkin-unsaved = You have ratings that are not saved yet.
agreements-checkin-saved-count = ✓ Saved: { $rated } of { $total } agreements rated.
agreements-checkin-nothing = Nothing rated yet.
