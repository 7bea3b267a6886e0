import { describe, expect, it } from 'vitest';
import type { FormItem } from './api/generated';
import { entryFields, markKey, textValue } from './entry';
import { formItem as item } from './formitem.fixture';

const scale = (i: FormItem) => (i.kind === 'retrospective' || i.kind.endsWith('Choice') ? [...i.points, ...i.options] : ['Disagree', 'Agree']);

describe('keyed entry', () => {
  const fields = entryFields(
    [
      item('heading'),
      item('retrospective', { points: ['Low', 'Medium', 'High'] }),
      item('agreement'),
      item('multipleChoice', { options: ['Snacks', 'Music', 'Games'] }),
      item('comment', { lines: 3 }),
    ],
    scale,
  );

  it('types a before/now rating as two fields and skips headings', () => {
    expect(fields.map((f) => [f.id, f.number, f.mode])).toEqual([
      ['retrospective:before', 1, 'mark'],
      ['retrospective:now', 1, 'mark'],
      ['agreement', 2, 'mark'],
      ['multipleChoice', 3, 'marks'],
      ['comment', 4, 'text'],
    ]);
  });

  it('takes one key per answer and moves on', () => {
    expect(markKey(fields[0], '3', undefined)).toEqual({ kind: 'set', value: { type: 'point', point: 3 }, advance: true });
    expect(markKey(fields[2], 'b', undefined)).toEqual({ kind: 'set', value: { type: 'missing', code: 'blank' }, advance: true });
    expect(markKey(fields[2], 'M', undefined)).toEqual({ kind: 'set', value: { type: 'missing', code: 'multiple' }, advance: true });
    expect(markKey(fields[0], 'Backspace', undefined)).toEqual({ kind: 'back' });
  });

  it('refuses a key that is not an answer, changing nothing', () => {
    expect(markKey(fields[2], '3', undefined)).toEqual({ kind: 'reject' });
    expect(markKey(fields[2], 'x', undefined)).toEqual({ kind: 'reject' });
    expect(markKey(fields[2], 'Enter', undefined)).toEqual({ kind: 'reject' });
    expect(markKey(fields[3], 'm', undefined)).toEqual({ kind: 'reject' });
  });

  it('toggles options of a multiple-choice question until Enter', () => {
    const first = markKey(fields[3], '3', undefined);
    expect(first).toEqual({ kind: 'set', value: { type: 'points', points: [3] }, advance: false });
    const second = markKey(fields[3], '1', { type: 'points', points: [3] });
    expect(second).toEqual({ kind: 'set', value: { type: 'points', points: [1, 3] }, advance: false });
    expect(markKey(fields[3], 'Enter', { type: 'points', points: [1, 3] })).toEqual({ kind: 'advance' });
  });

  it('reads an empty written answer as blank', () => {
    expect(textValue('  ')).toEqual({ type: 'missing', code: 'blank' });
    expect(textValue(' More time ')).toEqual({ type: 'text', text: 'More time' });
  });
});

describe('answers as the screens show them', () => {
  it('names a value with its circle and a question with its half', async () => {
    const { shownValue, questionName } = await import('./entry');
    expect(shownValue({ type: 'point', point: 2 }, ['Low', 'Medium', 'High'])).toBe('2 · Medium');
    expect(shownValue({ type: 'points', points: [1, 3] }, ['Snacks', 'Music', 'Games'])).toBe('1 · Snacks, 3 · Games');
    expect(shownValue({ type: 'missing', code: 'notApplicable' }, [])).toBe('Not applicable');
    expect(questionName(1, 'before')).toBe('Question 1 (Before today)');
    expect(questionName(0)).toBe('The participant code');
  });
});
