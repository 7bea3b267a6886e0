// Generated from the Rust command schema by `make bindings`. Do not edit by hand.

export type Across = { "type": "series", communityId: string, } | { "type": "network", communityIds: Array<string>, };

export type AcrossCsv = { across: Across, };

export type Activity = { id: string, 
/**
 * Came with Convene: its original text can be restored.
 */
shipped: boolean, 
/**
 * A shipped activity the facilitator has edited.
 */
modified: boolean, favorite: boolean, 
/**
 * In the bin: restorable, hidden from search.
 */
deleted: boolean, fields: ActivityFields, 
/**
 * Newest meeting first.
 */
usage: Array<ActivityUse>, updatedAt: string, };

export type ActivityFields = { 
/**
 * The stable key of a shipped activity; only the shipped library sets it.
 */
key?: string, name: string, summary: string, purposes: Array<Purpose>, stage: Stage, minMinutes: number, maxMinutes: number, setupMinutes: number, minGroup: number, maxGroup: number, 
/**
 * People per small group when the room splits up; 0 when it works as one group.
 */
groupSize: number, space: Space, spaceNotes: string, intensity: Level, contact: Contact, disclosure: Level, materials: Array<Material>, setup: string, steps: Array<Step>, safety: string, safetyMonitor: boolean, optOut: string, adaptations: string, debrief: Debrief, themeLink: string, variations: string, source: string, credit: string, licence: string, 
/**
 * The facilitator's own notes.
 */
notes: string, 
/**
 * Carried by exported files only; the library keeps it on the record.
 */
favorite?: boolean, };

export type ActivitySearch = { query?: string, 
/**
 * Only activities that can be done in this many minutes.
 */
fitsMinutes?: number, 
/**
 * Only activities that work with this many people.
 */
groupSize?: number, space?: Space, 
/**
 * At most this intense.
 */
maxIntensity?: Level, 
/**
 * At most this much physical contact.
 */
maxContact?: Contact, purpose?: Purpose, noMaterials?: boolean, favoritesOnly?: boolean, 
/**
 * The bin instead of the library.
 */
deleted?: boolean, sort?: ActivitySort, 
/**
 * How many to return (default 200, at most 1,000); `total` counts them all.
 */
limit?: number, };

export type ActivitySearchResult = { 
/**
 * How many activities match, beyond the ones returned.
 */
total: number, activities: Array<ActivitySummary>, };

export type ActivitySort = "relevance" | "name" | "shortest" | "mostUsed";

export type ActivitySummary = { id: string, name: string, summary: string, purposes: Array<Purpose>, stage: Stage, minMinutes: number, maxMinutes: number, minGroup: number, maxGroup: number, groupSize: number, space: Space, intensity: Level, contact: Contact, disclosure: Level, needsMaterials: boolean, favorite: boolean, shipped: boolean, modified: boolean, timesUsed: number, };

export type ActivityUse = { meetingId: string, meetingTitle: string, communityId: string, communityName: string, 
/**
 * `YYYY-MM-DD`.
 */
date: string, rating: number | null, };

export type AddActivity = { meetingId: string, activityId: string, 
/**
 * Where to insert (0 = first); at the end when absent.
 */
position?: number, 
/**
 * Minutes to plan; the activity's longest running time when absent.
 */
minutes?: number, };

export type AddCheckin = { memberId: string, fields: CheckInInput, };

export type AddItem = { meetingId: string, 
/**
 * Where to insert (0 = first); at the end when absent.
 */
position?: number, fields: AgendaItemInput, };

export type AddPairCheckin = { pairingId: string, group: number, date: string, note: string, };

export type AdjustRequest = { meetingId: string, 
/**
 * Seconds to add (negative to take away).
 */
seconds: number, };

export type AdoptAgreements = { communityId: string, 
/**
 * The meeting where the group agreed on this version, if it was in one.
 */
meetingId?: string, items: Array<Agreement>, };

export type Agenda = { meetingId: string, meetingStart: string, meetingEnd: string, items: Array<ScheduledItem>, plannedMinutes: number, meetingMinutes: number, 
/**
 * When the last item ends.
 */
scheduledEnd: string, 
/**
 * Minutes the agenda runs past the meeting's end (negative: finishes early).
 */
overByMinutes: number, };

export type AgendaDeletion = { agenda: Agenda, removed: AgendaItem, };

export type AgendaItem = { id: string, meetingId: string, position: number, title: string, kind: ItemKind, plannedMinutes: number, 
/**
 * `HH:MM` when the item must start at a set time.
 */
fixedStart: string | null, presenter: string, 
/**
 * What participants see (agenda handout, projector).
 */
description: string, 
/**
 * Never shown to participants.
 */
facilitatorNotes: string, materials: string, activityId: string | null, 
/**
 * Seconds before the end when the timer turns to "warning"; None: the meeting's default.
 */
warningSeconds: number | null, 
/**
 * Seconds before the end when the timer turns to "danger"; None: the meeting's default.
 */
dangerSeconds: number | null, 
/**
 * Teambuilding only: show the community agreements on the projector before it starts.
 */
remindAgreements: boolean, 
/**
 * Who watches for safety during a physical activity (may be empty).
 */
safetyMonitor: string, 
/**
 * Reflection only: the community's worksheet handed out.
 */
worksheetId: string | null, };

export type AgendaItemInput = { title: string, kind: ItemKind, plannedMinutes: number, fixedStart?: string, presenter?: string, description?: string, facilitatorNotes?: string, materials?: string, activityId?: string, warningSeconds?: number, dangerSeconds?: number, 
/**
 * On when absent.
 */
remindAgreements?: boolean, safetyMonitor?: string, 
/**
 * Reflection only: one of the community's worksheets; ignored for other kinds.
 */
worksheetId?: string, };

export type AgendaTemplate = { id: string, name: string, builtIn: boolean, totalMinutes: number, items: Array<TemplateItem>, };

export type Agreement = { 
/**
 * e.g. "Play Safe".
 */
label: string, statements: Array<string>, 
/**
 * What it looks like in practice (may be empty).
 */
practice: string, };

export type AgreementCheckin = { meetingId: string, 
/**
 * The agreements version rated (none when the community has no agreements).
 */
version: number | null, items: Array<CheckinItem>, };

export type AgreementHistory = { communityId: string, versions: Array<AgreementVersion>, };

export type AgreementScale = "two" | "four" | "five";

export type AgreementTemplate = { key: string, name: string, description: string, items: Array<Agreement>, };

export type AgreementVersion = { id: string, version: number, adoptedMeetingId: string | null, 
/**
 * e.g. "Meeting 1: Welcome to the cohort" (empty when not adopted in a meeting).
 */
adoptedMeetingTitle: string, adoptedMeetingDate: string, createdAt: string, items: Array<Agreement>, };

export type AgreementsLayout = "poster" | "tableTent";

export type AnswerChange = { pass: number, field: string, oldValue: AnswerValue | null, newValue: AnswerValue, reason: string, 
/**
 * UTC, RFC 3339.
 */
changedAt: string, };

export type AnswerValue = { "type": "point", point: number, } | { "type": "points", points: Array<number>, } | { "type": "text", text: string, } | { "type": "picture" } | { "type": "missing", code: MissingCode, };

export type ApiError = { code: ErrorCode, message: string, 
/**
 * The request field the message is about, in the request's own (camelCase) spelling.
 */
field?: string, };

export type AppEvent = { "kind": "changed" } & ChangeEvent | { "kind": "run" } & RunSnapshot | { "kind": "restored" } | { "kind": "scanProgress" } & ScanProgress;

export type AppInfo = { version: string, schemaVersion: number, dataFile: string, 
/**
 * Every kind of agenda item, in the order pickers list them.
 */
itemKinds: Array<ItemKind>, };

export type ApplyTemplate = { meetingId: string, source: TemplateSource, 
/**
 * Replace the current items; otherwise the template's items are added at the end.
 */
replace: boolean, };

export type AttendanceCounts = { present: number, absent: number, excused: number, unmarked: number, total: number, };

export type AttendanceRow = { memberId: string, name: string, role: string, organization: string, site: string, 
/**
 * None until the member is checked in or marked.
 */
status: AttendanceStatus | null, 
/**
 * Minutes attended by a present member who came late or left early; none: all of it.
 */
minutes: number | null, };

export type AttendanceSheet = { meetingId: string, rows: Array<AttendanceRow>, counts: AttendanceCounts, };

export type AttendanceStatus = "present" | "absent" | "excused";

export type BackupContents = { communities: number, meetings: number, members: number, };

export type BackupInfo = { 
/**
 * The file's name inside the backups folder; restoring asks for it by this name.
 */
name: string, kind: BackupKind, 
/**
 * When it was made (UTC, RFC 3339).
 */
created: string, sizeBytes: number, 
/**
 * None when the file cannot be read as a Convene database.
 */
contents: BackupContents | null, };

export type BackupKind = "daily" | "manual" | "beforeMigration" | "beforeRestore";

export type ById = { id: string, };

export type CalendarFile = { 
/**
 * A suggested file name.
 */
fileName: string, events: number, 
/**
 * The file's text (RFC 5545).
 */
ics: string, };

export type Certificate = { id: string, 
/**
 * "2026-0007": the year of issue and its place in this register.
 */
number: string, 
/**
 * A short code printed beside the number, made from what the certificate says,
 * so a number cannot be checked without holding the certificate.
 */
code: string, communityId: string, seriesId: string | null, memberId: string | null, memberName: string, seriesTitle: string, communityName: string, 
/**
 * The first and last meetings the member attended.
 */
firstDate: string, lastDate: string, meetings: number, contactMinutes: number, ceuTenths: number, provider: string, accreditation: string, language: Lang, issuedAt: string, 
/**
 * The number of the certificate this one replaces.
 */
replaces: string | null, 
/**
 * The number of the certificate that replaced this one.
 */
replacedBy: string | null, };

export type CertificateSettings = { 
/**
 * The provider's name, e.g. "Example Regional Afterschool Network".
 */
provider: string, 
/**
 * Printed only when the provider says it is accredited, e.g. "Accredited by …".
 */
accreditation: string, 
/**
 * The name and title under the signature line.
 */
signerName: string, signerTitle: string, };

export type Change = { 
/**
 * Sheets with a valid before and a valid now.
 */
pairs: number, 
/**
 * `transitions[before - 1][now - 1]`: how many sheets moved from one to the other.
 */
transitions: Array<Array<number>>, increased: Share, same: Share, decreased: Share, 
/**
 * Already at the top point before, so unable to rise.
 */
topBefore: Share, 
/**
 * Rose, of those who could.
 */
increasedOfCould: Share, };

export type ChangeAction = "created" | "updated" | "deleted";

export type ChangeEvent = { entity: Entity, action: ChangeAction, id: string, communityId: string, };

export type ChangeScope = "future" | "all";

export type CheckIn = { id: string, goalId: string | null, date: string, withWhom: string, moved: string, next: string, };

export type CheckInInput = { date: string, withWhom: string, moved: string, next: string, goalId?: string, };

export type CheckinItem = { itemId: string, label: string, score: number | null, };

export type CheckinScore = { itemId: string, 
/**
 * 1 (we struggled) to 5 (we lived it); none when not rated.
 */
score: number | null, };

export type Checking = { 
/**
 * Sheets entered a second time, blind.
 */
sheetsTwice: number, 
/**
 * Fields the two entries agreed on the first time, of the fields entered twice.
 */
agreement: Share, 
/**
 * Differences settled from the paper.
 */
settled: number, 
/**
 * Differences still to settle.
 */
unsettled: number, };

export type Comment = { serial: string, field: string, 
/**
 * What was typed; empty when the answer was kept as a picture.
 */
text: string, 
/**
 * The scan's picture of handwriting that was not typed (PNG, base64).
 */
picturePng: string | null, 
/**
 * Quoted in the report.
 */
starred: boolean, 
/**
 * Left out of the report (still in the data).
 */
hidden: boolean, };

export type Community = { id: string, 
/**
 * e.g. "Site Coordinator CoP — Region 8".
 */
name: string, 
/**
 * The shared domain the community learns about together.
 */
focus: string, description: string, 
/**
 * e.g. "2026–2028 cohort".
 */
cohort: string, 
/**
 * True for the example community a new database starts with.
 */
isExample: boolean, memberCount: number, meetingCount: number, createdAt: string, updatedAt: string, };

export type CommunityCalendar = { communityId: string, };

export type CommunityImport = { communityId: string, communityName: string, 
/**
 * The community was new here.
 */
communityAdded: boolean, 
/**
 * Titles of the meetings new here.
 */
meetingsAdded: Array<string>, 
/**
 * The meetings' evaluations, added together.
 */
evaluation: EvaluationImport, };

export type CommunityInput = { name: string, focus?: string, description?: string, cohort?: string, };

export type CompareRequest = { meetingId: string, };

export type Comparison = { 
/**
 * Sheets saved in both passes.
 */
sheets: number, 
/**
 * Fields entered twice.
 */
fields: number, 
/**
 * Fields the two passes typed the same the first time.
 */
agreeing: number, 
/**
 * Differences already settled from the paper.
 */
resolved: number, 
/**
 * Differences still to settle.
 */
differences: Array<Difference>, };

export type Completion = { 
/**
 * Attend at least this many meetings; none means all of them.
 */
minMeetings?: number, 
/**
 * A meeting counts only when the member attended this share (percent) of its
 * contact hours; none means any attendance counts.
 */
minShare?: number, };

export type Contact = "none" | "light" | "close";

export type ContactBasis = "agenda" | "length" | "manual";

export type ContactHours = { minutes: number, basis: ContactBasis, 
/**
 * The agenda's planned minutes, all items.
 */
agendaMinutes: number, 
/**
 * Of those, the minutes of breaks and meals, which earn no hours.
 */
excludedMinutes: number, };

export type CopyWorksheet = { id: string, 
/**
 * The community that gets the copy; the worksheet's own when not given.
 */
communityId?: string, };

export type CreateActivity = { fields: ActivityFields, };

export type CreateForm = { meetingId: string, source: FormSource, };

export type CreateMeeting = { communityId: string, fields: MeetingInput, };

export type CreateMember = { communityId: string, fields: MemberInput, };

export type CreateSeries = { communityId: string, fields: SeriesInput, };

export type CreateWorksheet = { communityId: string, worksheet: WorksheetInput, };

export type Debrief = { what: Array<string>, soWhat: Array<string>, nowWhat: Array<string>, };

export type DeleteRequest = { id: string, confirmAttendanceLoss?: boolean, };

export type DeletionImpact = { members: number, meetings: number, meetingsWithAttendance: number, attendanceRecords: number, };

export type Difference = { serial: string, field: string, 
/**
 * The question's number on the sheet (0 for the participant code).
 */
number: number, 
/**
 * `before` or `now` for a half of a before/now rating.
 */
half: string | null, item: FormItem, 
/**
 * The language of the sheet, for the words of its scale.
 */
lang: Lang, first: AnswerValue, second: AnswerValue, 
/**
 * The field's part of the sheet's scan, when a pass was scanned (PNG, base64).
 */
scanPng: string | null, };

export type DisplayRequest = { meetingId: string, blackout?: boolean, 
/**
 * Flip blackout whatever it is now (the B key), so two quick presses always undo.
 */
toggleBlackout?: boolean, 
/**
 * Show (or stop showing) the community agreements slide.
 */
agreements?: boolean, 
/**
 * A short line flashed to the room; empty clears it.
 */
message?: string, };

export type Distribution = { 
/**
 * Per point, lowest first.
 */
counts: Array<number>, 
/**
 * Per point, whole percents of the valid answers adding to exactly 100.
 */
percents: Array<number>, 
/**
 * Per point, the sheets that marked it.
 */
sheets: Array<Array<string>>, valid: number, missing: MissingCounts, };

export type DrawSample = { meetingId: string, 
/**
 * The share of entered sheets to enter again, from 1 to 100.
 */
percent: number, };

export type Entity = "community" | "member" | "meeting" | "attendance" | "agenda" | "template" | "activity" | "agreements" | "device" | "form" | "settings" | "series" | "certificate" | "plan" | "pairing" | "worksheet";

export type EntryProgress = { issued: number, 
/**
 * Saved in the pass asked about.
 */
entered: number, blank: number, spoiled: number, notReturned: number, 
/**
 * Issued sheets not yet entered or accounted for.
 */
toGo: number, 
/**
 * The lowest serial still to go, to start the next sheet with.
 */
nextSerial: string | null, };

export type ErrorCode = "invalid" | "not_found" | "needs_confirmation" | "forbidden" | "unknown_command" | "bad_request" | "newer_database" | "storage" | "data_dir" | "print" | "file" | "backup";

export type EvaluationExport = { 
/**
 * A suggested file name.
 */
fileName: string, forms: number, sheets: number, 
/**
 * The file's text.
 */
json: string, };

export type EvaluationImport = { 
/**
 * Titles of the forms new to this meeting.
 */
formsAdded: Array<string>, 
/**
 * Versions added to forms the meeting already had.
 */
versionsAdded: number, sheetsAdded: number, 
/**
 * Entries of sheets (a first or second entry) taken from the file.
 */
entriesAdded: number, 
/**
 * Sheets already here whose what-became-of-it the file tells.
 */
sheetsAccounted: number, 
/**
 * Sheets already here exactly as the file has them.
 */
sheetsUnchanged: number, dryRun: boolean, };

export type ExportCommunityEvaluation = { communityId: string, };

export type ExportEvaluation = { meetingId: string, };

export type FieldAnswer = { 
/**
 * The item's id, with `:before` or `:now` for a half of a before/now rating.
 */
field: string, value: AnswerValue, };

export type Figures = { "type": "rating", points: Array<string>, before: Distribution, now: Distribution, change: Change, } | { "type": "marked", options: Array<string>, distribution: Distribution, 
/**
 * Agreed (either agree point) or answered yes, of the valid answers.
 */
positive: Share | null, 
/**
 * The top point of a four- or five-point agreement scale.
 */
strongly: Share | null, } | { "type": "several", options: Array<string>, shares: Array<Share>, missing: MissingCounts, } | { "type": "written", comments: Array<Comment>, missing: MissingCounts, };

export type FlagComment = { meetingId: string, serial: string, 
/**
 * The written question's item id.
 */
field: string, starred: boolean, hidden: boolean, };

export type Form = { id: string, meetingId: string, 
/**
 * The language of everything Convene prints on the sheet around the facilitator's
 * own words (instructions, Before / Now, scale labels).
 */
lang: Lang, version: number, title: string, intro: string, items: Array<FormItem>, };

export type FormItem = { 
/**
 * Stable across versions, so answers to the same item can be compared; empty for an
 * item being added (the core gives it one).
 */
id: string, kind: FormItemKind, 
/**
 * Matches this question with the same one on other forms (another meeting's,
 * another community's, the other language's) when their words differ; empty to
 * match by the words. Copies and the shipped templates keep it.
 */
key: string, 
/**
 * The statement, question, heading or instructions.
 */
text: string, 
/**
 * A retrospective item's scale, lowest first ("Low", "Medium", "High").
 */
points: Array<string>, agreementScale?: AgreementScale, 
/**
 * A choice item's options.
 */
options: Array<string>, 
/**
 * How many lines a comment gets on paper.
 */
lines: number, 
/**
 * For a participant code: Convene prints each member's code on a sheet made for
 * them, instead of the participant writing a code of their own.
 */
printed: boolean, };

export type FormItemKind = "heading" | "instructions" | "retrospective" | "agreement" | "yesNo" | "singleChoice" | "multipleChoice" | "shortText" | "comment" | "participantCode";

export type FormReport = { formId: string, title: string, lang: Lang, 
/**
 * Sheets of this form entered.
 */
sheets: number, items: Array<ItemReport>, };

export type FormSource = { "from": "blank", lang: Lang, } | { "from": "template", key: string, lang: Lang, } | { "from": "form", id: string, } | { "from": "saved", id: string, };

export type FormSummary = { id: string, lang: Lang, version: number, title: string, 
/**
 * How many items ask for an answer.
 */
questions: number, };

export type FormTemplate = { key: string, 
/**
 * What the template is, for the facilitator choosing one.
 */
name: string, description: string, 
/**
 * The title printed on the sheet.
 */
title: string, intro: string, items: Array<FormItem>, };

export type GetAgenda = { meetingId: string, };

export type GetAgreements = { communityId: string, };

export type GetAttendance = { meetingId: string, };

export type GetCheckin = { meetingId: string, };

export type GetMaterials = { meetingId: string, };

export type GetParticipantAgenda = { meetingId: string, };

export type GetPlan = { memberId: string, };

export type GetStanding = { seriesId: string, };

export type GetTranscript = { memberId: string, };

export type GivenSerial = { serial: string, };

export type Goal = { id: string, current: GoalVersion, 
/**
 * What the goal said before, newest first.
 */
earlier: Array<GoalVersion>, createdAt: string, };

export type GoalFields = { goal: string, 
/**
 * Why it matters for the member's site.
 */
why: string, standard?: QualityStandard, steps: Array<GoalStep>, support: string, evidence: string, status: GoalStatus, };

export type GoalStatus = "active" | "achieved" | "paused" | "dropped";

export type GoalStep = { text: string, by?: string, done: boolean, };

export type GoalVersion = { id: string, fields: GoalFields, savedAt: string, };

export type Grouping = "whole" | "smallGroups" | "pairs" | "individual";

export type HeadCountBasis = "expected" | "members";

export type HoursCsv = { communityId: string, };

export type ImportCommunityEvaluation = { 
/**
 * The file's text.
 */
json: string, 
/**
 * Check and report without changing anything.
 */
dryRun?: boolean, };

export type ImportEvaluation = { 
/**
 * The meeting the forms and sheets go into.
 */
meetingId: string, 
/**
 * The file's text.
 */
json: string, 
/**
 * Check and report without changing anything.
 */
dryRun?: boolean, };

export type ImportLibrary = { 
/**
 * The file's text.
 */
json: string, 
/**
 * Check and report without adding anything.
 */
dryRun?: boolean, };

export type ImportReport = { 
/**
 * Names of the activities added (or that would be, on a dry run).
 */
added: Array<string>, 
/**
 * Names skipped because the library already has an activity called that.
 */
duplicates: Array<string>, dryRun: boolean, };

export type IssueCertificates = { seriesId: string, };

export type IssueReport = { issued: number, 
/**
 * Members who already held a current certificate for the series.
 */
alreadyIssued: number, 
/**
 * Members who have not met the completion rule (yet).
 */
notCompleted: number, 
/**
 * The series' current certificates, newly issued ones included.
 */
certificates: Array<Certificate>, };

export type ItemKind = "welcome" | "icebreaker" | "agreements" | "teambuilding" | "content" | "discussion" | "video" | "break" | "meal" | "reflection" | "evaluation" | "other";

export type ItemReport = { itemId: string, 
/**
 * The facilitator's (or the shipped template's) key matching it across forms.
 */
key: string, 
/**
 * The question's number on the sheet.
 */
number: number, text: string, kind: FormItemKind, figures: Figures, 
/**
 * The figure a funder reads, as a sentence to copy.
 */
headline: string | null, };

export type JumpRequest = { meetingId: string, itemId: string, };

export type Lang = "en" | "es";

export type Level = "low" | "medium" | "high";

export type LibraryExport = { 
/**
 * A suggested file name.
 */
fileName: string, count: number, 
/**
 * The file's text.
 */
json: string, };

export type ListCertificates = { communityId: string, };

export type ListCommunities = { query?: string, };

export type ListFormTemplates = { 
/**
 * The templates' language; the facilitator's when not given.
 */
lang?: Lang, };

export type ListForms = { meetingId: string, };

export type ListMeetings = { communityId: string, };

export type ListMembers = { communityId: string, query?: string, };

export type ListPairings = { communityId: string, };

export type ListSeries = { communityId: string, };

export type ListSheets = { meetingId: string, };

export type ListWorksheetTemplates = { lang: Lang, };

export type ListWorksheets = { communityId: string, };

export type LogEntry = { 
/**
 * Which run of the meeting the row belongs to (1 for the first).
 */
run: number, itemTitle: string, plannedSeconds: number, addedSeconds: number, startedAt: string, endedAt: string | null, actualSeconds: number | null, };

export type MarkSheet = { meetingId: string, serial: string, status: SheetStatus, };

export type MarkUnmarked = { meetingId: string, status: AttendanceStatus, };

export type Material = { name: string, quantity: number, unit: string, per: MaterialPer, note: string, };

export type MaterialLine = { name: string, unit: string, quantity: number, 
/**
 * The activities that need it, in agenda order.
 */
usedBy: Array<string>, 
/**
 * What the activities say about it (e.g. "Optional."), each once.
 */
notes: Array<string>, };

export type MaterialPer = "person" | "group" | "facilitator";

export type MaterialsChecklist = { meetingId: string, meetingTitle: string, date: string, people: number, basis: HeadCountBasis, lines: Array<MaterialLine>, 
/**
 * Agenda items linked to an activity that is no longer in the library.
 */
missingActivities: Array<string>, };

export type Meeting = { id: string, communityId: string, title: string, 
/**
 * Where the meeting sits in the series, e.g. "Year 1 · Meeting 2".
 */
series: string, 
/**
 * `YYYY-MM-DD`, local.
 */
date: string, 
/**
 * `HH:MM`, local.
 */
startTime: string, 
/**
 * `HH:MM`, local.
 */
endTime: string, location: string, notes: string, 
/**
 * How many people the facilitator expects (scales the materials checklist).
 */
expectedAttendance: number | null, durationMinutes: number, 
/**
 * The series the meeting belongs to, if it was scheduled as part of one.
 */
seriesId: string | null, 
/**
 * The contact hours it earns a participant who stays throughout.
 */
contact: ContactHours, presentCount: number, markedCount: number, createdAt: string, updatedAt: string, };

export type MeetingCalendar = { meetingId: string, };

export type MeetingHours = { meetingId: string, title: string, date: string, contactMinutes: number, 
/**
 * Whether attendance was taken.
 */
held: boolean, };

export type MeetingInput = { title: string, series?: string, date: string, startTime: string, endTime: string, location?: string, notes?: string, expectedAttendance?: number, seriesId?: string, 
/**
 * Contact hours set by hand, in minutes; none counts them from the agenda.
 */
contactMinutes?: number, };

export type MeetingReport = { meetingId: string, title: string, date: string, community: string, 
/**
 * Attendees marked present.
 */
present: number, 
/**
 * What became of the sheets printed.
 */
returns: EntryProgress, 
/**
 * Sheets entered, of the attendees present.
 */
response: Share, checking: Checking, forms: Array<FormReport>, };

export type MeetingReportRequest = { meetingId: string, };

export type MeetingSample = { meetingId: string, };

export type Member = { id: string, communityId: string, name: string, role: string, organization: string, site: string, email: string, phone: string, notes: string, 
/**
 * The language of what is printed for this person; none means the facilitator's.
 */
language: Lang | null, 
/**
 * Years in the field, which mentoring pairs match on.
 */
experienceYears: number | null, createdAt: string, updatedAt: string, };

export type MemberInput = { name: string, role?: string, organization?: string, site?: string, email?: string, phone?: string, notes?: string, language?: Lang, experienceYears?: number, };

export type MemberStanding = { memberId: string, name: string, organization: string, 
/**
 * Minutes earned at each of the series' meetings, in their order; none where the
 * member was not present.
 */
earned: Array<number | null>, 
/**
 * Meetings that count towards completion.
 */
counted: number, minutes: number, ceuTenths: number, completed: boolean, 
/**
 * The number of the member's current certificate for this series.
 */
certificate: string | null, };

export type MissingCode = "blank" | "multiple" | "illegible" | "notApplicable";

export type MissingCounts = { blank: number, multiple: number, illegible: number, notApplicable: number, };

export type MoveItem = { id: string, toPosition: number, };

export type NetworkCommunity = { communityId: string, name: string, 
/**
 * Meetings with entered sheets.
 */
meetings: number, entered: number, present: number, };

export type NetworkReport = { communities: Array<NetworkCommunity>, rows: Array<NetworkRow>, };

export type NetworkReportRequest = { communityIds: Array<string>, };

export type NetworkRow = { text: string, kind: FormItemKind, points: Array<string>, 
/**
 * One per community chosen, in their order.
 */
cells: Array<PooledCell | null>, total: PooledCell, };

export type NoArgs = Record<symbol, never>;

export type PairCheckin = { id: string, date: string, note: string, };

export type PairGroup = { number: number, members: Array<PairPerson>, 
/**
 * Newest first.
 */
checkins: Array<PairCheckin>, 
/**
 * No check-in dated on or after the community's last meeting held.
 */
needsCheckin: boolean, };

export type PairKind = "growthCoaches" | "mentoring" | "accountabilityPartners";

export type PairPerson = { id: string, name: string, organization: string, site: string, email: string, phone: string, experienceYears: number | null, };

export type PairRule = "differentOrganizations" | "experiencedWithNewer" | "sharedStandards" | "noRepeats" | "repeatsAllowed" | "trioForOddNumber";

export type PairedDevice = { id: string, name: string, createdAt: string, lastSeenAt: string | null, };

export type Pairing = { id: string, communityId: string, kind: PairKind, 
/**
 * The period, e.g. "Fall 2026".
 */
label: string, createdAt: string, groups: Array<PairGroup>, };

export type PairingCode = { code: string, expiresInSeconds: number, 
/**
 * Where the phone opens the clicker page, one per network address of this machine.
 */
addresses: Array<string>, };

export type PaperSize = "letter" | "a4";

export type ParticipantAgenda = { meetingId: string, meetingTitle: string, series: string, communityName: string, 
/**
 * `YYYY-MM-DD`, local.
 */
date: string, startTime: string, endTime: string, location: string, items: Array<ParticipantItem>, };

export type ParticipantItem = { id: string, title: string, kind: ItemKind, 
/**
 * `HH:MM`, computed from the meeting's start.
 */
start: string, end: string, presenter: string, 
/**
 * The participant-facing description (never the facilitator's notes).
 */
description: string, };

export type Phase = "normal" | "warning" | "danger" | "overtime";

export type Plan = { member: Member, 
/**
 * Oldest first, as they were set.
 */
goals: Array<Goal>, 
/**
 * Newest first.
 */
checkins: Array<CheckIn>, 
/**
 * Meetings of the community the member was present at, and those where attendance
 * was taken at all.
 */
meetingsAttended: number, meetingsHeld: number, };

export type PooledCell = { 
/**
 * Increased (a before/now rating), agreed or answered yes.
 */
headline: Share | null, 
/**
 * Per point, for a before/now rating: counts, then whole percents adding to 100.
 */
before: Array<number> | null, now: Array<number> | null, beforePercents: Array<number> | null, nowPercents: Array<number> | null, };

export type PreviewSeries = { recurrence: Recurrence, skip?: Array<string>, };

export type PrintAcross = { across: Across, paper: PaperSize, 
/**
 * The document's language; the facilitator's when not given.
 */
lang?: Lang, };

export type PrintActivity = { activityId: string, paper: PaperSize, 
/**
 * The document's language; the facilitator's when not given.
 */
lang?: Lang, };

export type PrintAgenda = { meetingId: string, 
/**
 * The facilitator's copy: adds notes, materials, kinds and minutes.
 */
facilitator: boolean, paper: PaperSize, 
/**
 * The document's language; the facilitator's when not given.
 */
lang?: Lang, };

export type PrintAgreements = { communityId: string, layout: AgreementsLayout, paper: PaperSize, 
/**
 * The document's language; the facilitator's when not given.
 */
lang?: Lang, };

export type PrintCertificates = { 
/**
 * One series' certificates, or several series' in one file (a community's years).
 */
seriesIds: Array<string>, 
/**
 * Only these members' certificates; none prints every current one of the series.
 */
memberIds?: Array<string>, paper: PaperSize, };

export type PrintForm = { formId: string, 
/**
 * How many numbered sheets to print (from 1 to 500), for a form whose participants
 * write their own code or none.
 */
copies?: number, 
/**
 * The members to print one sheet each for, for a form that prints participant codes.
 */
members?: Array<string>, paper: PaperSize, };

export type PrintMaterials = { meetingId: string, paper: PaperSize, 
/**
 * The document's language; the facilitator's when not given.
 */
lang?: Lang, };

export type PrintPairs = { pairingId: string, paper: PaperSize, lang?: Lang, };

export type PrintReport = { meetingId: string, paper: PaperSize, 
/**
 * The document's language; the facilitator's when not given.
 */
lang?: Lang, };

export type PrintRoadMap = { memberId: string, paper: PaperSize, 
/**
 * The document's language; the member's own, else the facilitator's, when not given.
 */
lang?: Lang, };

export type PrintSignIn = { meetingId: string, paper: PaperSize, lang?: Lang, 
/**
 * Lines for walk-ins after the members; 8 when not given, at most 100.
 */
blankLines?: number, };

export type PrintTranscript = { memberId: string, paper: PaperSize, lang?: Lang, };

export type PrintWorksheet = { 
/**
 * The meeting it is handed out at: its title and date print on the sheet, and its
 * reflection item's worksheet is printed unless `worksheetId` names one.
 */
meetingId?: string, worksheetId?: string, 
/**
 * A copy per member of the community, their goal and last check-in printed in;
 * otherwise one blank copy.
 */
personalised: boolean, paper: PaperSize, };

export type PrintedDocument = { 
/**
 * A suggested file name, e.g. "Agenda - The future of CQI.pdf".
 */
fileName: string, 
/**
 * The PDF itself.
 */
pdfBase64: string, };

export type ProgressRequest = { meetingId: string, pass: number, };

export type ProjectedItem = { id: string, title: string, kind: ItemKind, start: string, end: string, };

export type Projection = { meetingTitle: string, communityName: string, 
/**
 * The community's agreements in force, for the agreements slide.
 */
agreements: Array<Agreement>, items: Array<ProjectedItem>, run: RunSnapshot, };

export type Prompt = { kind: PromptKind, text: string, 
/**
 * A line of guidance under the text (may be empty).
 */
help: string, 
/**
 * Write: lines to write on. Table: blank rows.
 */
lines: number, 
/**
 * Rate: what is rated, one row each.
 */
items: Array<string>, 
/**
 * Rate: the levels of the scale, a circle each.
 */
levels: Array<string>, 
/**
 * Rate: a line for notes beside each row's circles.
 */
notes: boolean, 
/**
 * Table: the column heads.
 */
columns: Array<string>, };

export type PromptKind = "heading" | "write" | "rate" | "table";

export type Purpose = "icebreaker" | "getToKnow" | "energizer" | "communication" | "trust" | "problemSolving" | "reflection";

export type QualityStandard = "safeAndSupportive" | "activeAndEngaged" | "skillBuilding" | "youthVoice" | "healthyChoices" | "diversityAccessEquity" | "qualityStaff" | "clearVision" | "collaborativePartnerships" | "continuousImprovement" | "programManagement" | "sustainability";

export type RateActivity = { activityId: string, meetingId: string, 
/**
 * 1 to 5; none clears the rating.
 */
rating: number | null, };

export type Recurrence = { "kind": "monthlyWeekday", interval: number, ordinal: number, weekday: Weekday, from: string, until: string, } | { "kind": "weekly", interval: number, weekday: Weekday, from: string, until: string, } | { "kind": "dates", dates: Array<string>, };

export type ReportCsv = { meetingId: string, table: ReportTable, };

export type ReportFile = { 
/**
 * A suggested file name.
 */
fileName: string, 
/**
 * The table as CSV text.
 */
csv: string, };

export type ReportTable = "summary" | "raw";

export type Resolve = { meetingId: string, serial: string, field: string, 
/**
 * What the paper says.
 */
value: AnswerValue, reason: string, };

export type RestoreBackup = { name: string, };

export type RestoreFile = { fileBase64: string, };

export type RestoreItem = { item: AgendaItem, };

export type RestoreReport = { 
/**
 * The backup restored, when it came from the backups folder.
 */
backupName: string | null, 
/**
 * When the restored data was saved (UTC, RFC 3339): the backup's time, or for a
 * chosen file the last change recorded in it.
 */
savedAt: string | null, contents: BackupContents, 
/**
 * The name of the backup that holds the data this restore replaced.
 */
safetyBackup: string, };

export type ReviewItem = { field: string, 
/**
 * How unsure the reading was, 0 to 1 (0 for writing to type).
 */
doubt: number, 
/**
 * The field's part of the scanned page, upright (PNG, base64).
 */
imagePng: string, };

export type ReviewSheet = { serial: string, lang: Lang, title: string, items: Array<FormItem>, 
/**
 * What the scan read with confidence.
 */
answers: Array<FieldAnswer>, 
/**
 * What a person decides, most doubtful first.
 */
checks: Array<ReviewItem>, };

export type RunLog = { meetingId: string, entries: Array<LogEntry>, 
/**
 * The same rows as CSV, for a spreadsheet.
 */
csv: string, 
/**
 * A suggested name for the CSV file.
 */
fileName: string, };

export type RunRequest = { meetingId: string, };

export type RunSettings = { meetingId: string, autoAdvance: boolean, chime: boolean, 
/**
 * Meeting-wide warning point in seconds before the end; None: the built-in rule.
 */
warningSeconds: number | null, dangerSeconds: number | null, };

export type RunSnapshot = { meetingId: string, 
/**
 * Grows with every transition; a view keeps the snapshot with the highest.
 */
revision: number, status: RunStatus, currentIndex: number | null, currentItemId: string | null, currentTitle: string, 
/**
 * The participant-facing description (never the facilitator's notes).
 */
currentDescription: string, currentKind: ItemKind | null, nextTitle: string | null, itemCount: number, plannedMs: number, addedMs: number, elapsedMs: number, 
/**
 * Negative in overtime.
 */
remainingMs: number, phase: Phase, 
/**
 * The timer turns to "warning" when this much (or less) is left.
 */
warningAtMs: number, dangerAtMs: number, 
/**
 * Minutes the meeting is behind its plan (negative: ahead).
 */
behindMinutes: number, 
/**
 * `HH:MM` the meeting will end at this pace.
 */
projectedEnd: string | null, plannedEnd: string, blackout: boolean, message: string, 
/**
 * The projector shows the community's agreements instead of the clock.
 */
agreementsShown: boolean, 
/**
 * The current teambuilding item's agreements and safety reminder, shown on the
 * projector until the facilitator moves on (the next action dismisses it).
 */
reminder: SafetyReminder | null, autoAdvance: boolean, chime: boolean, 
/**
 * The meeting's own warning point (seconds left), if it overrides the built-in rule.
 */
meetingWarningSeconds: number | null, meetingDangerSeconds: number | null, 
/**
 * Which run of the meeting this is (1 for the first; 0 before it ever started).
 */
runNumber: number, };

export type RunStatus = "notStarted" | "running" | "paused" | "ended";

export type SafetyReminder = { itemTitle: string, 
/**
 * The library activity's name when the item's title says something else (the
 * item may be titled by the meeting's theme); otherwise empty.
 */
activityName: string, 
/**
 * The activity's safety notes (empty when the item has no library activity).
 */
safety: string, 
/**
 * The activity's opt-out notes; when empty the room is told the general rule
 * (challenge by choice) in its own language.
 */
optOut: string, 
/**
 * The person named on the item (may be empty).
 */
safetyMonitor: string, 
/**
 * The activity asks for a safety monitor.
 */
monitorNeeded: boolean, };

export type SampleState = { 
/**
 * Sheets drawn for the second pass; 0 when every entered sheet is entered twice.
 */
sampled: number, 
/**
 * Sheets entered in the first pass.
 */
entered: number, 
/**
 * The disagreement above which the sample should be widened, as a share (0.02).
 */
widenAbove: number, };

export type SaveAnswers = { meetingId: string, serial: string, pass: number, answers: Array<FieldAnswer>, 
/**
 * Why a saved sheet's answers changed (kept in its audit trail).
 */
reason: string, };

export type SaveForm = { id: string, title: string, intro: string, items: Array<FormItem>, };

export type SaveFormTemplate = { 
/**
 * The form whose newest version becomes the template.
 */
formId: string, name: string, };

export type SaveGoal = { memberId: string, 
/**
 * The goal to change; none adds a new goal.
 */
goalId?: string, fields: GoalFields, };

export type SavePairing = { communityId: string, kind: PairKind, label: string, 
/**
 * Member ids, two or three per group.
 */
groups: Array<Array<string>>, };

export type SaveTemplate = { meetingId: string, name: string, };

export type SavedFormTemplate = { id: string, name: string, lang: Lang, 
/**
 * The title printed on the sheet.
 */
title: string, 
/**
 * How many items ask for an answer.
 */
questions: number, };

export type ScanAccount = { 
/**
 * Every page read in the pass, in the order read.
 */
pages: Array<ScanRecord>, 
/**
 * Sheets whose same page was read from two different images.
 */
twice: Array<string>, 
/**
 * Sheets read in part: a page of them is still to scan.
 */
unfinished: Array<string>, 
/**
 * Sheets waiting for a person to check them.
 */
toReview: number, 
/**
 * Printed sheets not yet entered or accounted for, none of whose pages was read.
 */
never: Array<string>, };

export type ScanFile = { meetingId: string, 
/**
 * The pass the scan stands as: 1, or 2 for the second entry of double entry.
 */
pass: number, 
/**
 * The file's name, to list its pages by.
 */
fileName: string, 
/**
 * The file (PDF, TIFF, PNG or JPEG), base64-encoded.
 */
fileBase64: string, };

export type ScanOutcome = "saved" | "drafted" | "blank" | "alreadySaved" | "repeated" | "notRead";

export type ScanProgress = { meetingId: string, fileName: string, done: number, total: number, };

export type ScanRecord = { fileName: string, 
/**
 * The page's place in its file, from 1.
 */
page: number, 
/**
 * UTC, RFC 3339.
 */
scannedAt: string, outcome: ScanOutcome, serial: string | null, problem: string | null, };

export type ScannedFile = { pages: Array<ScannedPage>, 
/**
 * Why the file as a whole could not be opened (then no page was read).
 */
problem: string | null, };

export type ScannedPage = { 
/**
 * The page's place in its file, from 1.
 */
page: number, outcome: ScanOutcome, 
/**
 * The sheet's serial, once its code was read.
 */
serial: string | null, 
/**
 * The questions a person checks or types: a mark in doubt, writing.
 */
toCheck: Array<string>, problem: string | null, };

export type ScansRequest = { meetingId: string, pass: number, };

export type ScheduledItem = { item: AgendaItem, start: string, end: string, 
/**
 * Minutes between the previous item's end and this start: positive is a gap,
 * negative an overlap (only a fixed start can cause either).
 */
gapMinutes: number, };

export type Series = { id: string, communityId: string, title: string, recurrence: Recurrence, startTime: string, endTime: string, location: string, completion: Completion, meetingCount: number, firstDate: string | null, lastDate: string | null, 
/**
 * The contact hours of all its meetings, in minutes.
 */
contactMinutes: number, createdAt: string, updatedAt: string, };

export type SeriesCalendar = { seriesId: string, };

export type SeriesCell = { 
/**
 * Increased (a before/now rating), agreed or answered yes; none for other kinds.
 */
headline: Share | null, 
/**
 * Whole percents per point, for a before/now rating.
 */
before: Array<number> | null, now: Array<number> | null, };

export type SeriesInput = { title: string, recurrence: Recurrence, 
/**
 * Dates the rule yields that get no meeting (holidays).
 */
skip?: Array<string>, startTime: string, endTime: string, location?: string, 
/**
 * The agenda template every meeting starts from; none leaves the agendas empty.
 */
templateId?: string, completion: Completion, };

export type SeriesMeeting = { meetingId: string, title: string, date: string, present: number, entered: number, };

export type SeriesPreview = { 
/**
 * Every date the rule yields, skipped ones included, so they can be put back.
 */
dates: Array<string>, skipped: Array<string>, 
/**
 * How many meetings would be created.
 */
count: number, };

export type SeriesReport = { community: string, meetings: Array<SeriesMeeting>, rows: Array<SeriesRow>, };

export type SeriesReportRequest = { communityId: string, };

export type SeriesRow = { text: string, kind: FormItemKind, 
/**
 * The points' words of a before/now rating, lowest first.
 */
points: Array<string>, cells: Array<SeriesCell | null>, };

export type SeriesStanding = { series: Series, meetings: Array<MeetingHours>, members: Array<MemberStanding>, 
/**
 * Counted meetings a member needs.
 */
required: number, };

export type SetAttendance = { meetingId: string, memberId: string, 
/**
 * None clears the mark.
 */
status: AttendanceStatus | null, };

export type SetCheckin = { meetingId: string, scores: Array<CheckinScore>, };

export type SetFavorite = { id: string, favorite: boolean, };

export type SetMinutes = { meetingId: string, memberId: string, 
/**
 * None: they attended all of it.
 */
minutes: number | null, };

export type SetSignature = { imageBase64: string | null, };

export type Settings = { 
/**
 * The language of the control view, of error sentences and of documents.
 */
language: Lang, 
/**
 * Whether `language` is the operating system's because none was chosen yet.
 */
languageFromSystem: boolean, 
/**
 * The language of the projector, the participant agenda and the clicker.
 */
roomLanguage: Lang, certificates: CertificateSettings, 
/**
 * Whether a scanned signature is printed on certificates.
 */
hasSignature: boolean, };

export type Share = { count: number, of: number, 
/**
 * Rounded to a whole percent; none when the denominator is 0.
 */
percent: number | null, sheets: Array<string>, };

export type Sheet = { 
/**
 * As printed, e.g. "M3-037".
 */
label: string, formId: string, 
/**
 * The form version printed on it.
 */
version: number, status: SheetStatus, };

export type SheetEntry = { serial: string, pass: number, lang: Lang, title: string, items: Array<FormItem>, answers: Array<FieldAnswer>, 
/**
 * This pass has been saved (typing again corrects it, and is audited).
 */
saved: boolean, status: SheetStatus, 
/**
 * The participant code printed on a sheet made for one member.
 */
participantCode: string | null, };

export type SheetRequest = { meetingId: string, 
/**
 * As printed ("M3-037"), or just its number ("37").
 */
serial: string, 
/**
 * 1, or 2 for the second entry of double entry.
 */
pass: number, };

export type SheetStatus = "issued" | "entered" | "blank" | "spoiled" | "notReturned";

export type Space = "indoor" | "outdoor" | "either" | "virtual";

export type Stage = "opener" | "challenge" | "trust" | "closing";

export type StartRequest = { meetingId: string, 
/**
 * The facilitator confirmed running an ended meeting once more (a new run; the
 * earlier runs' logs are kept).
 */
confirmRestart?: boolean, };

export type Step = { text: string, 
/**
 * 0 when the step is not timed.
 */
minutes: number, grouping: Grouping, };

export type SuggestPairs = { communityId: string, kind: PairKind, 
/**
 * Pair people who were partners in an earlier period again.
 */
allowRepeats: boolean, };

export type Suggestion = { 
/**
 * Member ids, two per group (three in one group for an odd number).
 */
groups: Array<Array<string>>, rules: Array<PairRule>, 
/**
 * Groups that could not avoid sharing an organization or an earlier pair.
 */
sameOrganization: number, repeats: number, };

export type TemplateItem = { title: string, kind: ItemKind, plannedMinutes: number, presenter: string, description: string, facilitatorNotes: string, materials: string, 
/**
 * The library activity the item runs, kept when a meeting's agenda is copied.
 */
activityId?: string, };

export type TemplateSource = { "from": "template", id: string, } | { "from": "meeting", id: string, };

export type Transcript = { member: Member, communityName: string, 
/**
 * Meetings attended, oldest first.
 */
lines: Array<TranscriptLine>, minutes: number, ceuTenths: number, 
/**
 * Every certificate issued to the member, replaced ones included.
 */
certificates: Array<Certificate>, };

export type TranscriptLine = { meetingId: string, date: string, title: string, 
/**
 * The series the meeting belongs to; empty when none.
 */
seriesTitle: string, contactMinutes: number, earnedMinutes: number, };

export type Unnumbered = { meetingId: string, 
/**
 * The form the paper sheet asks (its newest version).
 */
formId: string, };

export type UpdateActivity = { id: string, fields: ActivityFields, };

export type UpdateCommunity = { id: string, fields: CommunityInput, };

export type UpdateItem = { id: string, fields: AgendaItemInput, };

export type UpdateMeeting = { id: string, fields: MeetingInput, };

export type UpdateMember = { id: string, fields: MemberInput, };

export type UpdateSeries = { id: string, title: string, startTime: string, endTime: string, location?: string, completion: Completion, scope: ChangeScope, };

export type UpdateSettings = { language?: Lang, roomLanguage?: Lang, certificates?: CertificateSettings, };

export type UpdateWorksheet = { id: string, worksheet: WorksheetInput, };

export type VerifyCertificate = { number: string, code: string, };

export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

export type Worksheet = { id: string, communityId: string, title: string, intro: string, 
/**
 * The language its words are written in, and its printed labels follow.
 */
language: Lang, prompts: Array<Prompt>, 
/**
 * The shipped worksheet it began as, if any.
 */
templateKey: string | null, 
/**
 * Agenda items that hand it out.
 */
usedByItems: number, updatedAt: string, };

export type WorksheetInput = { title: string, intro: string, language: Lang, prompts: Array<Prompt>, templateKey?: string, };

export type WorksheetTemplate = { key: string, 
/**
 * What the template is, for the facilitator choosing one.
 */
name: string, description: string, 
/**
 * The title printed on the sheet.
 */
title: string, intro: string, prompts: Array<Prompt>, };

export type Commands = {
  "app.info": { request: NoArgs; response: AppInfo };
  "community.list": { request: ListCommunities; response: Array<Community> };
  "community.get": { request: ById; response: Community };
  "community.create": { request: CommunityInput; response: Community };
  "community.update": { request: UpdateCommunity; response: Community };
  "community.impact": { request: ById; response: DeletionImpact };
  "community.delete": { request: DeleteRequest; response: DeletionImpact };
  "member.list": { request: ListMembers; response: Array<Member> };
  "member.create": { request: CreateMember; response: Member };
  "member.update": { request: UpdateMember; response: Member };
  "member.impact": { request: ById; response: DeletionImpact };
  "member.delete": { request: DeleteRequest; response: DeletionImpact };
  "meeting.list": { request: ListMeetings; response: Array<Meeting> };
  "meeting.get": { request: ById; response: Meeting };
  "meeting.create": { request: CreateMeeting; response: Meeting };
  "meeting.update": { request: UpdateMeeting; response: Meeting };
  "meeting.impact": { request: ById; response: DeletionImpact };
  "meeting.delete": { request: DeleteRequest; response: DeletionImpact };
  "attendance.get": { request: GetAttendance; response: AttendanceSheet };
  "attendance.set": { request: SetAttendance; response: AttendanceSheet };
  "attendance.markUnmarked": { request: MarkUnmarked; response: AttendanceSheet };
  "attendance.setMinutes": { request: SetMinutes; response: AttendanceSheet };
  "plan.get": { request: GetPlan; response: Plan };
  "plan.saveGoal": { request: SaveGoal; response: Plan };
  "plan.addCheckin": { request: AddCheckin; response: Plan };
  "plan.deleteCheckin": { request: ById; response: Plan };
  "pairs.list": { request: ListPairings; response: Array<Pairing> };
  "pairs.suggest": { request: SuggestPairs; response: Suggestion };
  "pairs.save": { request: SavePairing; response: Array<Pairing> };
  "pairs.addCheckin": { request: AddPairCheckin; response: Array<Pairing> };
  "pairs.delete": { request: ById; response: Array<Pairing> };
  "worksheet.list": { request: ListWorksheets; response: Array<Worksheet> };
  "worksheet.templates": { request: ListWorksheetTemplates; response: Array<WorksheetTemplate> };
  "worksheet.create": { request: CreateWorksheet; response: Worksheet };
  "worksheet.update": { request: UpdateWorksheet; response: Worksheet };
  "worksheet.copy": { request: CopyWorksheet; response: Worksheet };
  "worksheet.delete": { request: ById; response: Array<Worksheet> };
  "series.list": { request: ListSeries; response: Array<Series> };
  "series.get": { request: ById; response: Series };
  "series.preview": { request: PreviewSeries; response: SeriesPreview };
  "series.create": { request: CreateSeries; response: Series };
  "series.update": { request: UpdateSeries; response: Series };
  "series.delete": { request: ById; response: Array<Series> };
  "series.standing": { request: GetStanding; response: SeriesStanding };
  "hours.csv": { request: HoursCsv; response: ReportFile };
  "transcript.get": { request: GetTranscript; response: Transcript };
  "transcript.csv": { request: GetTranscript; response: ReportFile };
  "certificate.list": { request: ListCertificates; response: Array<Certificate> };
  "certificate.issue": { request: IssueCertificates; response: IssueReport };
  "certificate.reissue": { request: ById; response: Certificate };
  "certificate.verify": { request: VerifyCertificate; response: Certificate };
  "agenda.get": { request: GetAgenda; response: Agenda };
  "agenda.add": { request: AddItem; response: Agenda };
  "agenda.update": { request: UpdateItem; response: Agenda };
  "agenda.move": { request: MoveItem; response: Agenda };
  "agenda.duplicate": { request: ById; response: Agenda };
  "agenda.delete": { request: ById; response: AgendaDeletion };
  "agenda.restore": { request: RestoreItem; response: Agenda };
  "template.list": { request: NoArgs; response: Array<AgendaTemplate> };
  "template.apply": { request: ApplyTemplate; response: Agenda };
  "template.save": { request: SaveTemplate; response: AgendaTemplate };
  "template.delete": { request: ById; response: Array<AgendaTemplate> };
  "run.get": { request: RunRequest; response: RunSnapshot };
  "run.projection": { request: RunRequest; response: Projection };
  "run.liveMeeting": { request: NoArgs; response: string | null };
  "run.start": { request: StartRequest; response: RunSnapshot };
  "run.toggle": { request: RunRequest; response: RunSnapshot };
  "run.pause": { request: RunRequest; response: RunSnapshot };
  "run.resume": { request: RunRequest; response: RunSnapshot };
  "run.next": { request: RunRequest; response: RunSnapshot };
  "run.previous": { request: RunRequest; response: RunSnapshot };
  "run.jump": { request: JumpRequest; response: RunSnapshot };
  "run.adjust": { request: AdjustRequest; response: RunSnapshot };
  "run.end": { request: RunRequest; response: RunSnapshot };
  "run.display": { request: DisplayRequest; response: RunSnapshot };
  "run.settings": { request: RunSettings; response: RunSnapshot };
  "run.log": { request: RunRequest; response: RunLog };
  "agenda.addActivity": { request: AddActivity; response: Agenda };
  "meeting.materials": { request: GetMaterials; response: MaterialsChecklist };
  "activity.search": { request: ActivitySearch; response: ActivitySearchResult };
  "activity.get": { request: ById; response: Activity };
  "activity.create": { request: CreateActivity; response: Activity };
  "activity.update": { request: UpdateActivity; response: Activity };
  "activity.duplicate": { request: ById; response: Activity };
  "activity.delete": { request: ById; response: Activity };
  "activity.restore": { request: ById; response: Activity };
  "activity.resetShipped": { request: ById; response: Activity };
  "activity.favorite": { request: SetFavorite; response: Activity };
  "activity.rate": { request: RateActivity; response: Activity };
  "library.export": { request: NoArgs; response: LibraryExport };
  "library.import": { request: ImportLibrary; response: ImportReport };
  "agreements.get": { request: GetAgreements; response: AgreementHistory };
  "agreements.adopt": { request: AdoptAgreements; response: AgreementHistory };
  "agreements.templates": { request: NoArgs; response: Array<AgreementTemplate> };
  "calendar.meeting": { request: MeetingCalendar; response: CalendarFile };
  "calendar.community": { request: CommunityCalendar; response: CalendarFile };
  "calendar.series": { request: SeriesCalendar; response: CalendarFile };
  "form.list": { request: ListForms; response: Array<FormSummary> };
  "form.get": { request: ById; response: Form };
  "form.create": { request: CreateForm; response: Form };
  "form.save": { request: SaveForm; response: Form };
  "form.delete": { request: ById; response: Array<FormSummary> };
  "form.templates": { request: ListFormTemplates; response: Array<FormTemplate> };
  "form.export": { request: ExportEvaluation; response: EvaluationExport };
  "form.import": { request: ImportEvaluation; response: EvaluationImport };
  "form.exportCommunity": { request: ExportCommunityEvaluation; response: EvaluationExport };
  "form.importCommunity": { request: ImportCommunityEvaluation; response: CommunityImport };
  "form.savedTemplates": { request: NoArgs; response: Array<SavedFormTemplate> };
  "form.saveTemplate": { request: SaveFormTemplate; response: SavedFormTemplate };
  "form.deleteTemplate": { request: ById; response: Array<SavedFormTemplate> };
  "form.sheets": { request: ListSheets; response: Array<Sheet> };
  "report.meeting": { request: MeetingReportRequest; response: MeetingReport };
  "report.series": { request: SeriesReportRequest; response: SeriesReport };
  "report.network": { request: NetworkReportRequest; response: NetworkReport };
  "report.csv": { request: ReportCsv; response: ReportFile };
  "report.acrossCsv": { request: AcrossCsv; response: ReportFile };
  "report.flagComment": { request: FlagComment; response: MeetingReport };
  "entry.progress": { request: ProgressRequest; response: EntryProgress };
  "entry.open": { request: SheetRequest; response: SheetEntry };
  "entry.draft": { request: SaveAnswers; response: SheetEntry };
  "entry.save": { request: SaveAnswers; response: SheetEntry };
  "entry.mark": { request: MarkSheet; response: EntryProgress };
  "entry.unnumbered": { request: Unnumbered; response: GivenSerial };
  "entry.scan": { request: ScanFile; response: ScannedFile };
  "entry.scans": { request: ScansRequest; response: ScanAccount };
  "entry.review": { request: ScansRequest; response: Array<ReviewSheet> };
  "entry.audit": { request: SheetRequest; response: Array<AnswerChange> };
  "entry.compare": { request: CompareRequest; response: Comparison };
  "entry.resolve": { request: Resolve; response: Comparison };
  "entry.sample": { request: MeetingSample; response: SampleState };
  "entry.drawSample": { request: DrawSample; response: SampleState };
  "entry.widen": { request: MeetingSample; response: SampleState };
  "agreements.checkin": { request: GetCheckin; response: AgreementCheckin };
  "agreements.setCheckin": { request: SetCheckin; response: AgreementCheckin };
  "print.agenda": { request: PrintAgenda; response: PrintedDocument };
  "print.activity": { request: PrintActivity; response: PrintedDocument };
  "print.materials": { request: PrintMaterials; response: PrintedDocument };
  "print.agreements": { request: PrintAgreements; response: PrintedDocument };
  "print.form": { request: PrintForm; response: PrintedDocument };
  "print.report": { request: PrintReport; response: PrintedDocument };
  "print.across": { request: PrintAcross; response: PrintedDocument };
  "print.certificates": { request: PrintCertificates; response: PrintedDocument };
  "print.transcript": { request: PrintTranscript; response: PrintedDocument };
  "print.signIn": { request: PrintSignIn; response: PrintedDocument };
  "print.roadMap": { request: PrintRoadMap; response: PrintedDocument };
  "print.pairs": { request: PrintPairs; response: PrintedDocument };
  "print.worksheet": { request: PrintWorksheet; response: PrintedDocument };
  "backup.list": { request: NoArgs; response: Array<BackupInfo> };
  "backup.create": { request: NoArgs; response: BackupInfo };
  "backup.restore": { request: RestoreBackup; response: RestoreReport };
  "backup.restoreFile": { request: RestoreFile; response: RestoreReport };
  "device.pairingCode": { request: NoArgs; response: PairingCode };
  "device.list": { request: NoArgs; response: Array<PairedDevice> };
  "device.revoke": { request: ById; response: Array<PairedDevice> };
  "settings.get": { request: NoArgs; response: Settings };
  "settings.update": { request: UpdateSettings; response: Settings };
  "settings.setSignature": { request: SetSignature; response: Settings };
  "settings.roomLanguage": { request: NoArgs; response: Lang };
  "agenda.participant": { request: GetParticipantAgenda; response: ParticipantAgenda };
};

export type CommandName = keyof Commands;
