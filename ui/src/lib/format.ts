// How dates, times and counts read on screen. Meeting dates and times are calendar
// values, so they are formatted without any time-zone shift.
import type { AttendanceCounts } from './api/generated';
import { locale, t } from './i18n/language.svelte';

function calendarDate(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function formatDate(isoDate: string, tag = locale()): string {
  const date = calendarDate(isoDate);
  if (!date) return isoDate;
  return date.toLocaleDateString(tag, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatTime(hhmm: string, tag = locale()): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
  return date.toLocaleTimeString(tag, { hour: 'numeric', minute: '2-digit' });
}

/** "1 h 30 min": hours and minutes, each left out when zero. */
export function formatDuration(minutes: number): string {
  return t('common-duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** "18 present · 2 absent · 1 excused · 3 not marked", leaving out zero counts. */
export function attendanceSummary(counts: AttendanceCounts): string {
  const parts = [
    counts.present ? t('common-attendance-present', { count: counts.present }) : '',
    counts.absent ? t('common-attendance-absent', { count: counts.absent }) : '',
    counts.excused ? t('common-attendance-excused', { count: counts.excused }) : '',
    counts.unmarked ? t('common-attendance-unmarked', { count: counts.unmarked }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('common-attendance-no-members');
}

/** Today as a local `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
