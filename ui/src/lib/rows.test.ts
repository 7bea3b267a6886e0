import { describe, expect, it } from 'vitest';
import { buttonAfterMove, keyed, moved, neighbourAfterRemoval, placeRefusal, unkeyed } from './rows';

describe('editable rows', () => {
  it('moves a row, clamped to the list', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });

  it('keeps focus on the same move button until the row reaches an end', () => {
    expect(buttonAfterMove(1, -1, 4)).toBe('up');
    expect(buttonAfterMove(0, -1, 4)).toBe('down');
    expect(buttonAfterMove(2, 1, 4)).toBe('down');
    expect(buttonAfterMove(3, 1, 4)).toBe('up');
  });

  it('focuses the row that took the removed one’s place, or the one before', () => {
    expect(neighbourAfterRemoval(['a', 'c'], 1)).toBe('c');
    expect(neighbourAfterRemoval(['a'], 1)).toBe('a');
    expect(neighbourAfterRemoval([], 0)).toBeUndefined();
  });
});

describe('keyed rows', () => {
  it('keys rows so they survive reordering, and drops the keys when saving', () => {
    const rows = [keyed({ text: 'a' }), keyed({ text: 'b' })];
    expect(rows[0].uid).not.toBe(rows[1].uid);
    expect(unkeyed(rows)).toEqual([{ text: 'a' }, { text: 'b' }]);
  });
});

describe('placing a refused save', () => {
  const rows = [{ uid: 7 }, { uid: 9 }];

  it('puts a row field refusal on that row and a title refusal on the title', () => {
    const placed: string[] = [];
    const onRow = (uid: number, field: string, message: string) => placed.push(`${uid}.${field}: ${message}`);
    const onTitle = (message: string) => placed.push(`title: ${message}`);
    expect(placeRefusal({ field: 'prompts.1.lines', message: 'Too many lines.' }, { index: 1, field: 'lines' }, rows, onRow, onTitle)).toBe(true);
    expect(placeRefusal({ field: 'title', message: 'A title is needed.' }, undefined, rows, onRow, onTitle)).toBe(true);
    expect(placed).toEqual(['9.lines: Too many lines.', 'title: A title is needed.']);
  });

  it('leaves anything else, or a row no longer there, to the form', () => {
    const never = () => {
      throw new Error('placed');
    };
    expect(placeRefusal({ field: 'prompts', message: 'No prompts.' }, undefined, rows, never, never)).toBe(false);
    expect(placeRefusal({ field: 'prompts.5.text', message: 'Gone.' }, { index: 5, field: 'text' }, rows, never, never)).toBe(false);
  });
});
