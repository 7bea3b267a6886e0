// How the agenda's fit to the meeting reads, and the gap or overlap before a fixed start.
import type { Agenda } from './api/generated';
import { formatDuration, formatTime } from './format';
import { t } from './i18n/language.svelte';

export type Fit = { tone: 'ok' | 'over' | 'under'; text: string };

/** Whether the agenda fills the meeting, runs over, or finishes early. */
export function agendaFit(agenda: Agenda): Fit {
  if (agenda.items.length === 0) return { tone: 'under', text: t('agenda-fit-empty') };
  const over = agenda.overByMinutes;
  const end = formatTime(agenda.meetingEnd);
  if (over > 0) return { tone: 'over', text: t('agenda-fit-over', { duration: formatDuration(over), end }) };
  if (over < 0) return { tone: 'under', text: t('agenda-fit-under', { duration: formatDuration(-over), end }) };
  return { tone: 'ok', text: t('agenda-fit-exact', { end }) };
}

export function gapText(gapMinutes: number): string {
  if (gapMinutes > 0) return t('agenda-gap', { duration: formatDuration(gapMinutes) });
  if (gapMinutes < 0) return t('agenda-overlap', { duration: formatDuration(-gapMinutes) });
  return '';
}
