// The room's screens opened without a meeting named follow whichever meeting is live
// and was acted on last, as `run.liveMeeting` picks it on (re)load. Shared by the
// projector, the participant agenda and the clicker.
import { runs, type ReceivedRun } from './runclock.svelte';

/**
 * The live meeting whose run changed most recently, when it is not `current`. Picking
 * the newest (rather than any other live one) keeps a screen steady while two
 * meetings are live at once, instead of flipping between them.
 */
export function newlyLiveMeeting(current: string): string | undefined {
  const newest = Object.values(runs)
    .filter((r) => r.snapshot.status === 'running' || r.snapshot.status === 'paused')
    .reduce<ReceivedRun | undefined>((best, r) => (!best || r.receivedAt > best.receivedAt ? r : best), undefined);
  const id = newest?.snapshot.meetingId;
  return id && id !== current ? id : undefined;
}
