import { describe, expect, it } from 'vitest';
import type { RunSnapshot, RunStatus } from './api/generated';
import { formatCountdown, isLiveStatus, phaseAt, receiveRun, remainingAt, runs } from './runclock.svelte';
import { runActionFor } from './shortcuts';

const snapshot = (overrides: Partial<RunSnapshot>): RunSnapshot => ({
  meetingId: 'm', status: 'running', currentIndex: 0, currentItemId: 'i', currentTitle: 'Welcome',
  currentDescription: '', currentKind: 'welcome', nextTitle: null, itemCount: 1, plannedMs: 900_000,
  addedMs: 0, elapsedMs: 0, remainingMs: 900_000, phase: 'normal', warningAtMs: 120_000, dangerAtMs: 45_000,
  behindMinutes: 0, projectedEnd: null, plannedEnd: '13:30', blackout: false, message: '', autoAdvance: false,
  chime: true, revision: 1, meetingWarningSeconds: null, meetingDangerSeconds: null, agreementsShown: false, reminder: null, runNumber: 1,
  ...overrides,
});

describe('countdown', () => {
  it('keeps the first second on screen for a full second and counts overtime up', () => {
    expect(formatCountdown(900_000)).toBe('15:00');
    expect(formatCountdown(899_001)).toBe('15:00');
    expect(formatCountdown(899_000)).toBe('14:59');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-65_000)).toBe('+1:05');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
  });

  it('counts down locally from when the snapshot arrived, and not while paused', () => {
    const running = { snapshot: snapshot({}), receivedAt: 1_000 };
    expect(remainingAt(running, 31_000)).toBe(870_000);
    const paused = { snapshot: snapshot({ status: 'paused' }), receivedAt: 1_000 };
    expect(remainingAt(paused, 31_000)).toBe(900_000);
  });

  it('derives the phase from the thresholds the core sent', () => {
    const s = snapshot({});
    expect(phaseAt(s, 200_000)).toBe('normal');
    expect(phaseAt(s, 120_000)).toBe('warning');
    expect(phaseAt(s, 45_000)).toBe('danger');
    expect(phaseAt(s, -1)).toBe('overtime');
    expect(phaseAt(snapshot({ status: 'ended' }), -1)).toBe('normal');
  });
});

describe('snapshots', () => {
  it('keeps the newest snapshot whatever order they arrive in', () => {
    receiveRun(snapshot({ meetingId: 'order', revision: 5, currentTitle: 'Lunch' }));
    receiveRun(snapshot({ meetingId: 'order', revision: 4, currentTitle: 'Break' }));
    expect(runs.order.snapshot.currentTitle).toBe('Lunch');
    receiveRun(snapshot({ meetingId: 'order', revision: 6, currentTitle: 'Reflection' }));
    expect(runs.order.snapshot.currentTitle).toBe('Reflection');
  });
});

describe('shortcuts', () => {
  const key = (k: string, target: EventTarget = document.body) => {
    const event = new KeyboardEvent('keydown', { key: k });
    Object.defineProperty(event, 'target', { value: target });
    return event;
  };

  it('maps keys and clicker buttons to run actions', () => {
    expect(runActionFor(key(' '))).toBe('toggle');
    expect(runActionFor(key('PageDown'))).toBe('next');
    expect(runActionFor(key('ArrowLeft'))).toBe('previous');
    expect(runActionFor(key('b'))).toBe('blackout');
    expect(runActionFor(key('+'))).toBe('addMinute');
    expect(runActionFor(key('-'))).toBe('removeMinute');
    expect(runActionFor(key('x'))).toBeNull();
  });

  it('never fires while typing in a field', () => {
    const input = document.createElement('input');
    expect(runActionFor(key('b', input))).toBeNull();
    expect(runActionFor(key(' ', document.createElement('textarea')))).toBeNull();
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(runActionFor(key('ArrowRight', checkbox))).toBe('next');
  });
});

describe('following the live meeting', () => {
  it('follows the meeting acted on last and stays put while two are live', async () => {
    const { newlyLiveMeeting } = await import('./follow.svelte');
    for (const id of Object.keys(runs)) delete runs[id];
    receiveRun(snapshot({ meetingId: 'first' }), 10);
    receiveRun(snapshot({ meetingId: 'second' }), 20);
    receiveRun(snapshot({ meetingId: 'over', status: 'ended' }), 30);
    expect(newlyLiveMeeting('first')).toBe('second');
    expect(newlyLiveMeeting('second')).toBeUndefined();
    receiveRun(snapshot({ meetingId: 'first', revision: 2 }), 40);
    expect(newlyLiveMeeting('second')).toBe('first');
  });
});

describe('a live run', () => {
  it('is one that has started and not ended', () => {
    expect(['notStarted', 'running', 'paused', 'ended', undefined].map((s) => isLiveStatus(s as RunStatus | undefined))).toEqual([false, true, true, false, false]);
  });
});
