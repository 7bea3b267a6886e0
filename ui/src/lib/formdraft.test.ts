import { describe, expect, it } from 'vitest';
import type { FormItem } from './api/generated';
import { duplicated, fromItemDraft, locateItemError, toItemDraft } from './formdraft';

describe('form items in the editor', () => {
  it('types scale points and options one per line and keeps only what the kind uses', () => {
    const draft = toItemDraft();
    draft.kind = 'retrospective';
    draft.text = 'My knowledge of CQI';
    draft.points = 'Low\n\n Medium \nHigh';
    draft.options = 'stray';
    expect(fromItemDraft(draft)).toEqual({
      id: '',
      kind: 'retrospective',
      key: '',
      text: 'My knowledge of CQI',
      points: ['Low', 'Medium', 'High'],
      agreementScale: undefined,
      options: [],
      lines: 0,
      printed: false,
    });
  });

  it('keeps "print each member’s code" only on a participant code', () => {
    const draft = toItemDraft(undefined);
    draft.kind = 'participantCode';
    draft.printed = true;
    expect(fromItemDraft(draft).printed).toBe(true);
    draft.kind = 'shortText';
    expect(fromItemDraft(draft).printed).toBe(false);
  });

  it('round-trips a saved item and duplicates it as a new one', () => {
    const item: FormItem = { id: 'i1', kind: 'singleChoice', key: 'role', text: 'Role', points: [], options: ['Coordinator', 'Director'], lines: 0, printed: false };
    const draft = toItemDraft(item);
    expect(fromItemDraft(draft)).toEqual({ ...item, agreementScale: undefined });
    const copy = duplicated(draft);
    expect(copy.id).toBe('');
    expect(copy.uid).not.toBe(draft.uid);
    expect(copy.options).toBe('Coordinator\nDirector');
  });

  it('finds the item and field a refusal names', () => {
    expect(locateItemError('items.3.points')).toEqual({ index: 3, field: 'points' });
    expect(locateItemError('items')).toBeUndefined();
  });
});
