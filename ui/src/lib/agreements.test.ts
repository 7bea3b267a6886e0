import { describe, expect, it } from 'vitest';
import type { AgreementVersion, Meeting } from './api/generated';
import { adoptionCaption, fromDraft, locateItemsError, meetingToday, toDraft } from './agreements';

const version = (fields: Partial<AgreementVersion>): AgreementVersion => ({
  id: 'v', version: 2, adoptedMeetingId: null, adoptedMeetingTitle: '', adoptedMeetingDate: '',
  createdAt: '2026-11-22T12:00:00Z', items: [], ...fields,
});

describe('agreement drafts', () => {
  it('edits statements one per line and leaves out blank lines', () => {
    const draft = toDraft({ label: 'Play Safe', statements: ['Look after safety.', 'Respect everyone.'], practice: '' });
    expect(draft.statements).toBe('Look after safety.\nRespect everyone.');
    expect(fromDraft({ ...draft, statements: 'One\n\n  \nTwo\n' })).toEqual({ label: 'Play Safe', statements: ['One', 'Two'], practice: '' });
  });

  it('gives every row its own key', () => {
    expect(toDraft().uid).not.toBe(toDraft().uid);
  });
});

describe('where a rejected set went wrong', () => {
  it('reads the agreement and field from the path the core names', () => {
    expect(locateItemsError('items.1.label')).toEqual({ index: 1, field: 'label' });
    expect(locateItemsError('items.0.statements')).toEqual({ index: 0, field: 'statements' });
    expect(locateItemsError('items.12.practice')).toEqual({ index: 12, field: 'practice' });
  });

  it('says nothing when the problem is the set as a whole or another field', () => {
    expect(locateItemsError('items')).toBeUndefined();
    expect(locateItemsError('meetingId')).toBeUndefined();
    expect(locateItemsError(undefined)).toBeUndefined();
  });
});

describe('adoption caption', () => {
  it('names the adopting meeting and its date, or says there was none', () => {
    const adopted = version({ adoptedMeetingId: 'm', adoptedMeetingTitle: 'Creating the cohort', adoptedMeetingDate: '2026-09-12' });
    expect(adoptionCaption(adopted, 'en-US')).toBe('Version 2 · adopted at Creating the cohort, Sat, Sep 12, 2026');
    expect(adoptionCaption(version({}), 'en-US')).toBe('Version 2 · not adopted at a meeting');
  });
});

describe('the adopting meeting', () => {
  it("defaults to today's meeting, else none", () => {
    const meetings = [{ id: 'a', date: '2026-09-12' }, { id: 'b', date: '2026-11-14' }] as Meeting[];
    expect(meetingToday(meetings, '2026-11-14')).toBe('b');
    expect(meetingToday(meetings, '2026-11-15')).toBe('');
  });
});
