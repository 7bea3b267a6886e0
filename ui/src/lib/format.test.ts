import { describe, expect, it } from 'vitest';
import { setLanguage } from './i18n/language.svelte';
import { attendanceSummary, formatDate, formatDuration, formatTime, todayIso } from './format';

describe('format', () => {
  it('shows a meeting date as the calendar day typed, whatever the time zone', () => {
    expect(formatDate('2026-09-12', 'en-US')).toBe('Sat, Sep 12, 2026');
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });

  it('shows times on the 12-hour clock in US English', () => {
    expect(formatTime('13:30', 'en-US')).toBe('1:30 PM');
    expect(formatTime('09:00', 'en-US')).toBe('9:00 AM');
  });

  it('reads durations the way people say them', () => {
    expect(formatDuration(270)).toBe('4 h 30 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(45)).toBe('45 min');
  });

  it('summarises attendance leaving out zero counts', () => {
    expect(attendanceSummary({ present: 18, absent: 2, excused: 0, unmarked: 4, total: 24 })).toBe(
      '18 present · 2 absent · 4 not marked',
    );
    expect(attendanceSummary({ present: 0, absent: 0, excused: 0, unmarked: 0, total: 0 })).toBe('No members yet');
  });

  it('writes dates, times and durations the Spanish way when asked', () => {
    setLanguage('es');
    try {
      expect(formatDate('2026-09-12')).toBe('sáb, 12 de sept de 2026');
      expect(formatTime('13:30').replace('\u202f', ' ')).toBe('1:30 p.m.');
      expect(attendanceSummary({ present: 1, absent: 2, excused: 0, unmarked: 0, total: 3 })).toBe('1 presente · 2 ausentes');
    } finally {
      setLanguage('en');
    }
  });

  it('writes today as a local calendar date', () => {
    expect(todayIso(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});
