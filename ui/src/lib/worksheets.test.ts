import { describe, expect, it } from 'vitest';
import type { Prompt } from './api/generated';
import { answerable, fromPromptDraft, locatePromptError, toPromptDraft, withKind } from './worksheets';

const rate: Prompt = {
  kind: 'rate',
  text: 'Programmatic standards',
  help: '',
  lines: 0,
  items: ['Quality Staff', 'Sustainability'],
  levels: ['Not yet', 'Strong'],
  notes: true,
  columns: [],
};

describe('editing a worksheet prompt', () => {
  it('types lists one per line and saves them back, blank lines dropped', () => {
    const draft = toPromptDraft(rate);
    expect(draft.items).toBe('Quality Staff\nSustainability');
    draft.levels = 'Not yet\n\n  Growing \nStrong';
    expect(fromPromptDraft(draft).levels).toEqual(['Not yet', 'Growing', 'Strong']);
  });

  it('saves only the fields of the kind it ends up as', () => {
    const table = withKind(toPromptDraft(rate), 'table');
    table.columns = 'Goal\nWho';
    const saved = fromPromptDraft(table);
    expect(saved).toMatchObject({ kind: 'table', items: [], levels: [], notes: false, columns: ['Goal', 'Who'] });
    expect(saved.lines).toBe(4);
  });

  it('keeps the lines typed when the kind changes between writing and a table', () => {
    const writing = toPromptDraft();
    writing.lines = '6';
    expect(fromPromptDraft(withKind(writing, 'table')).lines).toBe(6);
  });

  it('finds the prompt and field a refusal names', () => {
    expect(locatePromptError('prompts.3.levels')).toEqual({ index: 3, field: 'levels' });
    expect(locatePromptError('prompts')).toBeUndefined();
    expect(locatePromptError('title')).toBeUndefined();
  });

  it('counts the prompts there are to answer, not the headings', () => {
    const heading: Prompt = { ...rate, kind: 'heading', items: [], levels: [] };
    expect(answerable({ prompts: [heading, rate, rate] })).toBe(2);
  });
});
