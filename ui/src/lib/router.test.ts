import { describe, expect, it } from 'vitest';
import { href, isRoomScreen, parseRoute, type Route } from './router.svelte';

describe('routes', () => {
  it('round-trips every screen through the URL hash', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'community', communityId: 'c-1', tab: 'meetings' },
      { name: 'community', communityId: 'c-1', tab: 'members' },
      { name: 'meeting', communityId: 'c-1', meetingId: 'm 2', tab: 'agenda' },
      { name: 'meeting', communityId: 'c-1', meetingId: 'm 2', tab: 'attendance' },
      { name: 'run', communityId: 'c-1', meetingId: 'm2' },
      { name: 'member', communityId: 'c-1', memberId: 'p 3' },
      { name: 'community', communityId: 'c-1', tab: 'series' },
      { name: 'community', communityId: 'c-1', tab: 'pairs' },
      { name: 'projector', meetingId: 'm2' },
      { name: 'community', communityId: 'c-1', tab: 'agreements' },
      { name: 'meeting', communityId: 'c-1', meetingId: 'm2', tab: 'materials' },
      { name: 'meeting', communityId: 'c-1', meetingId: 'm2', tab: 'checkin' },
      { name: 'meeting', communityId: 'c-1', meetingId: 'm2', tab: 'evaluation' },
      { name: 'entry', communityId: 'c-1', meetingId: 'm2', pass: 1 },
      { name: 'entry', communityId: 'c-1', meetingId: 'm2', pass: 2 },
      { name: 'library' },
      { name: 'activity', activityId: 'a/1' },
      { name: 'backups' },
      { name: 'about' },
    ];
    for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
  });

  it('opens the projector at its own path for browsers on the network', () => {
    expect(parseRoute('', '/projector', '?meeting=abc')).toEqual({ name: 'projector', meetingId: 'abc' });
  });

  it('opens the agenda and the clicker at their own paths, outside the app frame', () => {
    expect(parseRoute('', '/agenda', '?meeting=abc')).toEqual({ name: 'agenda', meetingId: 'abc' });
    expect(parseRoute('', '/agenda')).toEqual({ name: 'agenda', meetingId: '' });
    expect(parseRoute('', '/clicker')).toEqual({ name: 'clicker' });
    expect(isRoomScreen(parseRoute('', '/clicker'))).toBe(true);
    expect(isRoomScreen({ name: 'home' })).toBe(false);
  });

  it('sends unknown addresses home', () => {
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'home' });
    expect(parseRoute('')).toEqual({ name: 'home' });
  });
});
