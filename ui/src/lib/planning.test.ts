import { describe, expect, it } from 'vitest';
import type { Meeting } from './api/generated';
import { headCount, lineKey, loadPacked, savePacked, withAttendance } from './planning';

describe('headCount', () => {
  it('treats an empty box as no expected attendance', () => {
    expect(headCount('')).toBeUndefined();
    expect(headCount(null)).toBeUndefined();
    expect(headCount(28)).toBe(28);
    expect(headCount('12')).toBe(12);
  });

  it('refuses parts of people and zero, next to the field', () => {
    for (const wrong of [2.5, 0, -3, 'many']) {
      expect(() => headCount(wrong)).toThrowError(expect.objectContaining({ code: 'invalid', field: 'expectedAttendance' }));
    }
  });
});

describe('withAttendance', () => {
  it('sends back every field the meeting has, with the new head count', () => {
    const meeting = {
      id: 'm1', communityId: 'c1', title: 'Kick-off', series: 'Meeting 1', date: '2027-03-10', startTime: '09:00', endTime: '13:30',
      location: 'Room 4', notes: 'Bring the banner.', expectedAttendance: 20, durationMinutes: 270, presentCount: 0, markedCount: 0,
      createdAt: '', updatedAt: '', seriesId: 's1',
      contact: { minutes: 240, basis: 'manual', agendaMinutes: 270, excludedMinutes: 40 },
    } satisfies Meeting;
    expect(withAttendance(meeting, 28)).toEqual({
      title: 'Kick-off', series: 'Meeting 1', date: '2027-03-10', startTime: '09:00', endTime: '13:30',
      location: 'Room 4', notes: 'Bring the banner.', expectedAttendance: 28, seriesId: 's1', contactMinutes: 240,
    });
    expect(withAttendance(meeting, undefined).expectedAttendance).toBeUndefined();
  });

  it('leaves hours counted from the agenda to be counted, not frozen', () => {
    const meeting = {
      id: 'm1', communityId: 'c1', title: 'Kick-off', series: '', date: '2027-03-10', startTime: '09:00', endTime: '13:30',
      location: '', notes: '', expectedAttendance: null, durationMinutes: 270, presentCount: 0, markedCount: 0,
      createdAt: '', updatedAt: '', seriesId: null,
      contact: { minutes: 230, basis: 'agenda', agendaMinutes: 270, excludedMinutes: 40 },
    } satisfies Meeting;
    const input = withAttendance(meeting, 12);
    expect(input.contactMinutes).toBeUndefined();
    expect(input.seriesId).toBeUndefined();
  });
});

describe('packed lines', () => {
  it('keeps ticks per meeting, whatever the quantity becomes', () => {
    expect(lineKey({ name: 'Masking tape ', unit: 'Roll' })).toBe('masking tape|roll');
    savePacked('m1', ['masking tape|roll'], localStorage);
    expect(loadPacked('m1', localStorage)).toEqual(['masking tape|roll']);
    expect(loadPacked('m2', localStorage)).toEqual([]);
    savePacked('m1', [], localStorage);
    expect(localStorage.getItem('convene.packed.m1')).toBeNull();
  });

  it('ignores a damaged saved list', () => {
    localStorage.setItem('convene.packed.m3', '{not json');
    expect(loadPacked('m3')).toEqual([]);
    localStorage.setItem('convene.packed.m3', '[1, "string|"]');
    expect(loadPacked('m3')).toEqual(['string|']);
  });
});
