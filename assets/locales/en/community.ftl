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
