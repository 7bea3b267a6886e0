// The room's screens opened without a meeting named follow whichever meeting is live:
// the one the core says is live on (re)load, then any meeting a run event shows
// starting elsewhere. Shared by the projector, the participant agenda and the clicker.
import { runs } from './runclock.svelte';

/** The id of a live meeting other than `current` that the run events show, if any. */
export function newlyLiveMeeting(current: string): string | undefined {
  return Object.values(runs).find(
    (r) => r.snapshot.meetingId !== current && (r.snapshot.status === 'running' || r.snapshot.status === 'paused'),
  )?.snapshot.meetingId;
}
