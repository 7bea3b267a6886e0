// How dates, times and counts read on screen. Meeting dates and times are calendar
// values, so they are formatted without any time-zone shift.
import type { AttendanceCounts } from './api/generated';

function calendarDate(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function formatDate(isoDate: string, locale?: string): string {
  const date = calendarDate(isoDate);
  if (!date) return isoDate;
  return date.toLocaleDateString(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatTime(hhmm: string, locale?: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
  return date.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
}

export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "18 present · 2 absent · 1 excused · 3 not marked", leaving out zero counts. */
export function attendanceSummary(counts: AttendanceCounts): string {
  const parts = [
    counts.present ? `${counts.present} present` : '',
    counts.absent ? `${counts.absent} absent` : '',
    counts.excused ? `${counts.excused} excused` : '',
    counts.unmarked ? `${counts.unmarked} not marked` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No members yet';
}

/** Today as a local `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
