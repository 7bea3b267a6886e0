// Generated from the Rust command schema by `make bindings`. Do not edit by hand.

export type ApiError = { code: ErrorCode, message: string, 
/**
 * The request field the message is about, in the request's own (camelCase) spelling.
 */
field?: string, };

export type AppEvent = { "kind": "changed" } & ChangeEvent;

export type AppInfo = { version: string, schemaVersion: number, dataFile: string, suggestedRoles: Array<string>, };

export type AttendanceCounts = { present: number, absent: number, excused: number, unmarked: number, total: number, };

export type AttendanceRow = { memberId: string, name: string, role: string, organization: string, site: string, 
/**
 * None until the member is checked in or marked.
 */
status: AttendanceStatus | null, };

export type AttendanceSheet = { meetingId: string, rows: Array<AttendanceRow>, counts: AttendanceCounts, };

export type AttendanceStatus = "present" | "absent" | "excused";

export type ById = { id: string, };

export type ChangeAction = "created" | "updated" | "deleted";

export type ChangeEvent = { entity: Entity, action: ChangeAction, id: string, communityId: string, };

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

export type CommunityInput = { name: string, focus?: string, description?: string, cohort?: string, };

export type CreateMeeting = { communityId: string, fields: MeetingInput, };

export type CreateMember = { communityId: string, fields: MemberInput, };

export type DeleteRequest = { id: string, confirmAttendanceLoss?: boolean, };

export type DeletionImpact = { members: number, meetings: number, meetingsWithAttendance: number, attendanceRecords: number, };

export type Entity = "community" | "member" | "meeting" | "attendance";

export type ErrorCode = "invalid" | "not_found" | "needs_confirmation" | "unknown_command" | "bad_request" | "newer_database" | "storage" | "data_dir";

export type GetAttendance = { meetingId: string, };

export type ListCommunities = { query?: string, };

export type ListMeetings = { communityId: string, };

export type ListMembers = { communityId: string, query?: string, };

export type MarkUnmarked = { meetingId: string, status: AttendanceStatus, };

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
endTime: string, location: string, notes: string, durationMinutes: number, presentCount: number, markedCount: number, createdAt: string, updatedAt: string, };

export type MeetingInput = { title: string, series?: string, date: string, startTime: string, endTime: string, location?: string, notes?: string, };

export type Member = { id: string, communityId: string, name: string, role: string, organization: string, site: string, email: string, phone: string, notes: string, createdAt: string, updatedAt: string, };

export type MemberInput = { name: string, role?: string, organization?: string, site?: string, email?: string, phone?: string, notes?: string, };

export type NoArgs = Record<symbol, never>;

export type SetAttendance = { meetingId: string, memberId: string, 
/**
 * None clears the mark.
 */
status: AttendanceStatus | null, };

export type UpdateCommunity = { id: string, fields: CommunityInput, };

export type UpdateMeeting = { id: string, fields: MeetingInput, };

export type UpdateMember = { id: string, fields: MemberInput, };

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
};

export type CommandName = keyof Commands;
