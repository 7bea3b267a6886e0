// How the agenda's fit to the meeting reads, and the gap or overlap before a fixed start.
import type { Agenda } from './api/generated';
import { formatDuration } from './format';

export type Fit = { tone: 'ok' | 'over' | 'under'; text: string };

/** Whether the agenda fills the meeting, runs over, or finishes early. */
export function agendaFit(agenda: Agenda): Fit {
  if (agenda.items.length === 0) return { tone: 'under', text: 'No items yet.' };
  const over = agenda.overByMinutes;
  if (over > 0) {
    return { tone: 'over', text: `Runs ${formatDuration(over)} past the meeting's end (${agenda.meetingEnd}).` };
  }
  if (over < 0) return { tone: 'under', text: `Finishes ${formatDuration(-over)} before the meeting's end (${agenda.meetingEnd}).` };
  return { tone: 'ok', text: `Fills the meeting exactly, ending at ${agenda.meetingEnd}.` };
}

export function gapText(gapMinutes: number): string {
  if (gapMinutes > 0) return `${formatDuration(gapMinutes)} gap before this item`;
  if (gapMinutes < 0) return `Overlaps the item before by ${formatDuration(-gapMinutes)}`;
  return '';
}
