import { describe, expect, it } from 'vitest';
import { buttonAfterMove, keyed, moved, neighbourAfterRemoval, unkeyed } from './rows';

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
