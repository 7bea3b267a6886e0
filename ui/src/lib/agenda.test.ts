import { describe, expect, it } from 'vitest';
import type { Agenda } from './api/generated';
import { agendaFit, gapText } from './agenda';

const agenda = (overByMinutes: number, items = 1): Agenda => ({
  meetingId: 'm', meetingStart: '09:00', meetingEnd: '13:30', items: Array(items).fill({}),
  plannedMinutes: 270 + overByMinutes, meetingMinutes: 270, scheduledEnd: '13:30', overByMinutes,
});

describe('agenda fit', () => {
  it('says whether the agenda runs over, under or exactly fills the meeting', () => {
    expect(agendaFit(agenda(15))).toEqual({ tone: 'over', text: "Runs 15 min past the meeting's end (1:30 PM)." });
    expect(agendaFit(agenda(-90)).text).toBe("Finishes 1 h 30 min before the meeting's end (1:30 PM).");
    expect(agendaFit(agenda(0)).tone).toBe('ok');
    expect(agendaFit(agenda(0, 0)).text).toBe('No items yet.');
  });

  it('describes gaps and overlaps from fixed starts', () => {
    expect(gapText(15)).toBe('15 min gap before this item');
    expect(gapText(-20)).toBe('Overlaps the item before by 20 min');
    expect(gapText(0)).toBe('');
  });
});
