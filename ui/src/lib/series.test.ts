import { describe, expect, it } from 'vitest';
import { ceusText, completionText, minutesFromHours, recurrenceOf, skippedDates, type RepeatChoice } from './series';

const choice = (over: Partial<RepeatChoice>): RepeatChoice => ({
  kind: 'monthlyWeekday',
  interval: 1,
  ordinal: 2,
  weekday: 'wednesday',
  from: '2026-10-01',
  until: '2027-06-30',
  dates: [],
  ...over,
});

describe('the scheduling form', () => {
  it('asks for the second Wednesday of each month from October to June', () => {
    expect(recurrenceOf(choice({}))).toEqual({ kind: 'monthlyWeekday', interval: 1, ordinal: 2, weekday: 'wednesday', from: '2026-10-01', until: '2027-06-30' });
  });

  it('sends a weekly rule without a week of the month, and picked dates as they are', () => {
    expect(recurrenceOf(choice({ kind: 'weekly', interval: 2 }))).toEqual({ kind: 'weekly', interval: 2, weekday: 'wednesday', from: '2026-10-01', until: '2027-06-30' });
    expect(recurrenceOf(choice({ kind: 'dates', dates: ['2026-09-12', ''] }))).toEqual({ kind: 'dates', dates: ['2026-09-12'] });
  });

  it('waits for both ends of a repeating series, and for at least one picked date', () => {
    expect(recurrenceOf(choice({ until: '' }))).toBeUndefined();
    expect(recurrenceOf(choice({ kind: 'dates', dates: [] }))).toBeUndefined();
  });

  it('skips exactly the dates the facilitator unticked', () => {
    expect(skippedDates(['2026-10-14', '2026-11-11', '2026-12-09'], new Set(['2026-10-14', '2026-12-09']))).toEqual(['2026-11-11']);
  });
});

describe('a series in words', () => {
  it('says the completion rule with its share', () => {
    expect(completionText({}, 5)).toBe('All 5 meetings');
    expect(completionText({ minShare: 50 }, 2)).toBe('All 2 meetings, each attended for at least 50% of its contact hours');
    expect(completionText({ minMeetings: 2, minShare: 75 }, 3)).toBe('At least 2 of 3 meetings, each attended for at least 75% of its contact hours');
  });

  it('writes CEUs to one decimal and typed hours as minutes', () => {
    expect(ceusText(12, 'en-US')).toBe('1.2');
    expect(ceusText(8, 'en-US')).toBe('0.8');
    expect(minutesFromHours(3.5)).toBe(210);
    expect(minutesFromHours(null)).toBeUndefined();
  });
});
