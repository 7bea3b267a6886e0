// A series' rhythm as the scheduling form holds it, turned into the core's recurrence,
// and the words for a series' facts (its rule, its CEUs). Pure, so the form's choices
// and the sentences are tested without a screen.
import type { Completion, Recurrence, Weekday } from './api/generated';
import { locale, t } from './i18n/language.svelte';

export type RepeatKind = Recurrence['kind'];

/** The days of the week, each with the message that names it. */
export const WEEKDAYS: { day: Weekday; message: string }[] = [
  { day: 'monday', message: 'community-weekday-monday' },
  { day: 'tuesday', message: 'community-weekday-tuesday' },
  { day: 'wednesday', message: 'community-weekday-wednesday' },
  { day: 'thursday', message: 'community-weekday-thursday' },
  { day: 'friday', message: 'community-weekday-friday' },
  { day: 'saturday', message: 'community-weekday-saturday' },
  { day: 'sunday', message: 'community-weekday-sunday' },
];

/** The weeks of the month a monthly series can fall in: first to fourth, or last (-1). */
export const ORDINALS = [1, 2, 3, 4, -1];

/** How often a monthly or weekly series repeats: every, every other, every third… */
export const INTERVALS = [1, 2, 3, 4, 6];

export interface RepeatChoice {
  kind: RepeatKind;
  interval: number;
  ordinal: number;
  weekday: Weekday;
  from: string;
  until: string;
  dates: string[];
}

/** The recurrence the core expands, or undefined while the form lacks what it needs. */
export function recurrenceOf(choice: RepeatChoice): Recurrence | undefined {
  if (choice.kind === 'dates') {
    const dates = choice.dates.filter(Boolean);
    return dates.length ? { kind: 'dates', dates } : undefined;
  }
  if (!choice.from || !choice.until) return undefined;
  const { interval, weekday, from, until } = choice;
  return choice.kind === 'weekly'
    ? { kind: 'weekly', interval, weekday, from, until }
    : { kind: 'monthlyWeekday', interval, ordinal: choice.ordinal, weekday, from, until };
}

/** The dates left out: every date the rule gives that is not kept. */
export function skippedDates(all: string[], kept: ReadonlySet<string>): string[] {
  return all.filter((date) => !kept.has(date));
}

/** "All 5 meetings", or "At least 2 of 3 meetings, each attended for at least 75% of its contact hours". */
export function completionText(rule: Completion, meetings: number): string {
  const share = rule.minShare;
  if (rule.minMeetings) {
    const count = rule.minMeetings;
    return share ? t('community-series-rule-at-least-share', { count, meetings, share }) : t('community-series-rule-at-least', { count, meetings });
  }
  return share ? t('community-series-rule-all-share', { meetings, share }) : t('community-series-rule-all', { meetings });
}

/** CEUs from tenths, to one decimal as the reader's locale writes it ("1.2"). */
export function ceusText(tenths: number, tag = locale()): string {
  return (tenths / 10).toLocaleString(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A whole number of minutes from hours typed with a decimal ("3.5" → 210); undefined if blank. */
export function minutesFromHours(hours: number | null | undefined): number | undefined {
  if (hours === null || hours === undefined || Number.isNaN(hours)) return undefined;
  return Math.round(hours * 60);
}
