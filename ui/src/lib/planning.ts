// Planning a meeting's materials: the head count a facilitator types, the meeting
// record sent back with a new head count, and which checklist lines are packed (kept
// on this computer only).
import { ApiFailure } from './api/client';
import { t } from './i18n/language.svelte';
import type { MaterialLine, Meeting, MeetingInput } from './api/generated';

/**
 * A typed head count: undefined when left empty, otherwise a whole number of people.
 * Anything else is refused with a sentence for the `expectedAttendance` field; the core
 * checks the upper limit.
 */
export function headCount(raw: number | string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || String(raw).trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ApiFailure('invalid', t('meeting-expected-attendance-invalid'), 'expectedAttendance');
  }
  return value;
}

/** The meeting as `meeting.update` wants it, with a new expected attendance. */
export function withAttendance(meeting: Meeting, expectedAttendance: number | undefined): MeetingInput {
  const { title, series, date, startTime, endTime, location, notes } = meeting;
  // Hours set by hand go back as they are; hours counted from the agenda stay counted.
  const contactMinutes = meeting.contact.basis === 'manual' ? meeting.contact.minutes : undefined;
  const seriesId = meeting.seriesId ?? undefined;
  return { title, series, date, startTime, endTime, location, notes, expectedAttendance, seriesId, contactMinutes };
}

/** Identifies a checklist line across reloads and changing quantities. */
export function lineKey(line: Pick<MaterialLine, 'name' | 'unit'>): string {
  return `${line.name.trim().toLowerCase()}|${line.unit.trim().toLowerCase()}`;
}

const packedKey = (meetingId: string) => `convene.packed.${meetingId}`;

/** The lines ticked off for a meeting on this computer. */
export function loadPacked(meetingId: string, storage: Storage = localStorage): string[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(packedKey(meetingId)) ?? '[]');
    return Array.isArray(saved) ? saved.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function savePacked(meetingId: string, keys: string[], storage: Storage = localStorage): void {
  try {
    if (keys.length) storage.setItem(packedKey(meetingId), JSON.stringify(keys));
    else storage.removeItem(packedKey(meetingId));
  } catch {
    // Storage can be full or switched off; the ticks then last for this visit only.
  }
}
