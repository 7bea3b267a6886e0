import { describe, expect, it } from 'vitest';
import { goalFields, standardMessage, stepRows } from './plans';

describe('the goal form', () => {
  it('leaves out empty steps and keeps a dated one even before it has words', () => {
    const rows = stepRows([{ text: 'Survey the youth council', by: '2026-10-30', done: false }]);
    rows.push(...stepRows([{ text: ' ', done: false }, { text: '', by: '2026-11-15', done: false }]));
    const fields = goalFields({ goal: 'Start a youth council', why: '', support: '', evidence: '', status: 'active' }, rows);
    expect(fields.steps).toEqual([
      { text: 'Survey the youth council', by: '2026-10-30', done: false },
      { text: '', by: '2026-11-15', done: false },
    ]);
  });

  it('names every Quality Standard and none for a goal without one', () => {
    expect(standardMessage('youthVoice')).toBe('community-standard-voice');
    expect(standardMessage(undefined)).toBeUndefined();
  });
});
