// The live timer as views draw it. The core is authoritative: each snapshot says how
// much time was left when it was made; views count down locally from the moment it
// arrived, so the display keeps moving if an update is late and never depends on the
// two machines' clocks agreeing.
import type { Phase, RunSnapshot, RunStatus } from './api/generated';
import { t } from './i18n/language.svelte';

export type ReceivedRun = { snapshot: RunSnapshot; receivedAt: number };

export const runs: Record<string, ReceivedRun> = $state({});

/** A clock views read to re-render; started by the first view that shows a timer. */
export const ticker = $state({ now: 0 });
let ticking = false;

export function startTicking(): void {
  if (ticking) return;
  ticking = true;
  const step = () => {
    ticker.now = performance.now();
    requestAnimationFrame(step);
  };
  step();
}

/**
 * Keeps the newest snapshot: an action's reply and the pushed event for a later
 * action can arrive in either order.
 */
export function receiveRun(snapshot: RunSnapshot, at = performance.now()): void {
  const held = runs[snapshot.meetingId];
  if (held && held.snapshot.revision > snapshot.revision) return;
  runs[snapshot.meetingId] = { snapshot, receivedAt: at };
}

/** Drops every held snapshot (the data under them was replaced by a restore). */
export function forgetRuns(): void {
  for (const meetingId of Object.keys(runs)) delete runs[meetingId];
}

export function remainingAt(run: ReceivedRun, now: number): number {
  const { snapshot } = run;
  if (snapshot.status !== 'running') return snapshot.remainingMs;
  return snapshot.remainingMs - Math.max(0, now - run.receivedAt);
}

export function phaseAt(snapshot: RunSnapshot, remainingMs: number): Phase {
  if (snapshot.status !== 'running' && snapshot.status !== 'paused') return 'normal';
  if (remainingMs <= 0) return 'overtime';
  if (remainingMs <= snapshot.dangerAtMs) return 'danger';
  if (remainingMs <= snapshot.warningAtMs) return 'warning';
  return 'normal';
}

/**
 * Whole seconds as a countdown shows them: 15:00 stays up for the first full second,
 * and overtime counts up with a leading "+".
 */
export function formatCountdown(remainingMs: number): string {
  const over = remainingMs <= 0;
  const seconds = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  const body = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
  return over && seconds > 0 ? `+${body}` : body;
}

const PHASE_MESSAGES: Record<Phase, string> = {
  normal: 'common-phase-normal',
  warning: 'common-phase-warning',
  danger: 'common-phase-danger',
  overtime: 'common-phase-overtime',
};

/** The phase in words (colour is never the only signal), in this window's language. */
export function phaseLabel(phase: Phase): string {
  return t(PHASE_MESSAGES[phase]);
}

/** A run that has started and not ended: the only kind keys and clickers act on. */
export function isLiveStatus(status: RunStatus | undefined): boolean {
  return status === 'running' || status === 'paused';
}
