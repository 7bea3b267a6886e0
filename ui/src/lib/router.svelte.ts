// Where the user is, kept in the URL hash so a reload (or a second window) returns to
// the same screen. The room's screens answer at paths any browser on the network can
// open: `/projector?meeting=ID`, `/agenda?meeting=ID` (both follow the live meeting
// without one) and `/clicker`. Parsing and building are pure.

export type CommunityTab = 'meetings' | 'members' | 'pairs' | 'worksheets' | 'series' | 'agreements' | 'report';
export type MeetingTab = 'agenda' | 'attendance' | 'materials' | 'evaluation' | 'report' | 'checkin';

const COMMUNITY_TABS: CommunityTab[] = ['members', 'pairs', 'worksheets', 'series', 'agreements', 'report'];
const MEETING_TABS: MeetingTab[] = ['attendance', 'materials', 'evaluation', 'report', 'checkin'];

export type Route =
  | { name: 'home' }
  | { name: 'community'; communityId: string; tab: CommunityTab }
  | { name: 'meeting'; communityId: string; meetingId: string; tab: MeetingTab }
  /** A member's page: their development plan, attendance and check-ins. */
  | { name: 'member'; communityId: string; memberId: string }
  | { name: 'run'; communityId: string; meetingId: string }
  /** `serial` opens that sheet at once (from a report's figure). */
  | { name: 'entry'; communityId: string; meetingId: string; pass: 1 | 2; serial?: string }
  /** Reading scanned sheets into a pass, and checking what the scan left in doubt. */
  | { name: 'scan'; communityId: string; meetingId: string; pass: 1 | 2 }
  | { name: 'projector'; meetingId: string }
  | { name: 'agenda'; meetingId: string }
  | { name: 'clicker' }
  | { name: 'library' }
  | { name: 'activity'; activityId: string }
  | { name: 'backups' }
  | { name: 'network' }
  | { name: 'about' };

export function parseRoute(hash: string, path = '/', search = ''): Route {
  const meetingId = () => new URLSearchParams(search).get('meeting') ?? '';
  if (path === '/projector') return { name: 'projector', meetingId: meetingId() };
  if (path === '/agenda') return { name: 'agenda', meetingId: meetingId() };
  if (path === '/clicker') return { name: 'clicker' };
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'projector') return { name: 'projector', meetingId: parts[1] ?? '' };
  if (parts[0] === 'backups') return { name: 'backups' };
  if (parts[0] === 'network') return { name: 'network' };
  if (parts[0] === 'about') return { name: 'about' };
  if (parts[0] === 'library') return parts[1] ? { name: 'activity', activityId: parts[1] } : { name: 'library' };
  if (parts[0] !== 'c' || !parts[1]) return { name: 'home' };
  const communityId = parts[1];
  if (parts[2] === 'p' && parts[3]) return { name: 'member', communityId, memberId: parts[3] };
  if (parts[2] === 'm' && parts[3]) {
    const meetingId = parts[3];
    if (parts[4] === 'run') return { name: 'run', communityId, meetingId };
    if (parts[4] === 'entry') {
      const pass = parts[5] === '2' ? 2 : 1;
      return parts[6] ? { name: 'entry', communityId, meetingId, pass, serial: parts[6] } : { name: 'entry', communityId, meetingId, pass };
    }
    if (parts[4] === 'scan') return { name: 'scan', communityId, meetingId, pass: parts[5] === '2' ? 2 : 1 };
    const tab = MEETING_TABS.find((t) => t === parts[4]) ?? 'agenda';
    return { name: 'meeting', communityId, meetingId, tab };
  }
  return { name: 'community', communityId, tab: COMMUNITY_TABS.find((t) => t === parts[2]) ?? 'meetings' };
}

export function href(route: Route): string {
  const c = (id: string) => `#/c/${encodeURIComponent(id)}`;
  switch (route.name) {
    case 'home':
      return '#/';
    case 'community':
      return `${c(route.communityId)}${route.tab === 'meetings' ? '' : `/${route.tab}`}`;
    case 'meeting':
      return `${c(route.communityId)}/m/${encodeURIComponent(route.meetingId)}${route.tab === 'agenda' ? '' : `/${route.tab}`}`;
    case 'member':
      return `${c(route.communityId)}/p/${encodeURIComponent(route.memberId)}`;
    case 'run':
      return `${c(route.communityId)}/m/${encodeURIComponent(route.meetingId)}/run`;
    case 'entry': {
      const entry = `${c(route.communityId)}/m/${encodeURIComponent(route.meetingId)}/entry`;
      if (route.serial) return `${entry}/${route.pass}/${encodeURIComponent(route.serial)}`;
      return `${entry}${route.pass === 2 ? '/2' : ''}`;
    }
    case 'scan':
      return `${c(route.communityId)}/m/${encodeURIComponent(route.meetingId)}/scan${route.pass === 2 ? '/2' : ''}`;
    case 'projector':
      return `#/projector/${encodeURIComponent(route.meetingId)}`;
    case 'agenda':
      return `/agenda?meeting=${encodeURIComponent(route.meetingId)}`;
    case 'clicker':
      return '/clicker';
    case 'library':
      return '#/library';
    case 'activity':
      return `#/library/${encodeURIComponent(route.activityId)}`;
    case 'backups':
      return '#/backups';
    case 'network':
      return '#/network';
    case 'about':
      return '#/about';
  }
}

function current(): Route {
  if (typeof location === 'undefined') return { name: 'home' };
  return parseRoute(location.hash, location.pathname, location.search);
}

export const router = $state({ route: current() });

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    router.route = current();
  });
}

export function go(route: Route): void {
  location.hash = href(route);
}

/** The screens other machines in the room open: no app frame, no facilitator data. */
export function isRoomScreen(route: Route): boolean {
  return route.name === 'projector' || route.name === 'agenda' || route.name === 'clicker';
}
