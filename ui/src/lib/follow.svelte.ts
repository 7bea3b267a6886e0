// The room's screens opened without a meeting named follow whichever meeting is live
// and was acted on last, as `run.liveMeeting` picks it on (re)load. Shared by the
// projector, the participant agenda and the clicker.
import { api } from './api/client';
import type { Entity } from './api/generated';
import { reloadOnChange } from './live.svelte';
import { Attempt } from './load.svelte';
import { isLiveStatus, runs, type ReceivedRun } from './runclock.svelte';

/**
 * The live meeting whose run changed most recently, when it is not `current`. Picking
 * the newest (rather than any other live one) keeps a screen steady while two
 * meetings are live at once, instead of flipping between them.
 */
export function newlyLiveMeeting(current: string): string | undefined {
  const newest = Object.values(runs)
    .filter((r) => isLiveStatus(r.snapshot.status))
    .reduce<ReceivedRun | undefined>((best, r) => (!best || r.receivedAt > best.receivedAt ? r : best), undefined);
  const id = newest?.snapshot.meetingId;
  return id && id !== current ? id : undefined;
}

/**
 * The meeting a room screen shows: the one it was opened for (`named`), or else the
 * live one, moving on when another meeting goes live. `show` fetches what the screen
 * shows of it, again whenever one of `entities` changes; its failures land in
 * `action`. Call during component set-up.
 */
export function followMeeting(named: () => string, entities: Entity[], show: (meetingId: string) => Promise<void>) {
  const state = $state({ followed: '' });
  const action = new Attempt();
  const shownId = () => named() || state.followed;
  const load = () =>
    action.run(async () => {
      if (!named()) state.followed = (await api.call('run.liveMeeting', {})) ?? state.followed;
      if (shownId()) await show(shownId());
    });
  reloadOnChange(entities, load);
  $effect(() => {
    if (named()) return;
    const started = newlyLiveMeeting(state.followed);
    if (!started) return;
    state.followed = started;
    load();
  });
  return {
    get id() {
      return shownId();
    },
    action,
  };
}

