// Where the user is, kept in the URL hash so a reload (or a second window) returns to
// the same screen. Parsing and building are pure so they can be tested.

export type CommunityTab = 'meetings' | 'members';

export type Route =
  | { name: 'home' }
  | { name: 'community'; communityId: string; tab: CommunityTab }
  | { name: 'meeting'; communityId: string; meetingId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'c' && parts[1]) {
    if (parts[2] === 'm' && parts[3]) return { name: 'meeting', communityId: parts[1], meetingId: parts[3] };
    return { name: 'community', communityId: parts[1], tab: parts[2] === 'members' ? 'members' : 'meetings' };
  }
  return { name: 'home' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'community':
      return `#/c/${encodeURIComponent(route.communityId)}${route.tab === 'members' ? '/members' : ''}`;
    case 'meeting':
      return `#/c/${encodeURIComponent(route.communityId)}/m/${encodeURIComponent(route.meetingId)}`;
  }
}

export const router = $state({ route: parseRoute(typeof location === 'undefined' ? '' : location.hash) });

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    router.route = parseRoute(location.hash);
  });
}

export function go(route: Route): void {
  location.hash = href(route);
}
