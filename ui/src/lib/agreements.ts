// Community agreements as the screens handle them: the editor's rows (statements typed
// one per line), the line that says where a version was adopted, and which field of
// which agreement a rejected save is about.
import type { Agreement, AgreementVersion, Meeting } from './api/generated';
import { formatDate } from './format';
import { t } from './i18n/language.svelte';
import { keyed, type Keyed } from './rows';

/** One agreement being edited; `uid` keeps the row's identity while rows move. */
export type AgreementDraft = Keyed<{ label: string; statements: string; practice: string }>;

export type DraftField = 'label' | 'statements' | 'practice';

export function toDraft(agreement?: Agreement): AgreementDraft {
  return keyed({
    label: agreement?.label ?? '',
    statements: agreement?.statements.join('\n') ?? '',
    practice: agreement?.practice ?? '',
  });
}

export function fromDraft(draft: AgreementDraft): Agreement {
  return {
    label: draft.label,
    statements: draft.statements.split('\n').filter((line) => line.trim() !== ''),
    practice: draft.practice,
  };
}

/** "Version 2 · adopted at Meeting 1, Sat, Sep 12, 2026", or "… · not adopted at a meeting". */
export function adoptionCaption(version: AgreementVersion, locale?: string): string {
  if (!version.adoptedMeetingId) return t('agreements-caption-not-adopted', { version: version.version });
  return t('agreements-caption-adopted', {
    version: version.version,
    meeting: version.adoptedMeetingTitle,
    date: formatDate(version.adoptedMeetingDate, locale),
  });
}

/**
 * Which agreement and field a rejected save is about: the core names list entries as
 * `items.<index>.<field>`. Undefined when the problem is the set as a whole.
 */
export function locateItemsError(field: string | undefined): { index: number; field: DraftField } | undefined {
  const match = /^items\.(\d+)\.(label|statements|practice)$/.exec(field ?? '');
  return match ? { index: Number(match[1]), field: match[2] as DraftField } : undefined;
}

/** The meeting a new version is most likely adopted at: today's, if there is one. */
export function meetingToday(meetings: Meeting[], today: string): string {
  return meetings.find((m) => m.date === today)?.id ?? '';
}
