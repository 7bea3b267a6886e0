import { describe, expect, it } from 'vitest';
import { assignmentOf, groupsOf } from './pairs';

describe('editing a suggested pairing', () => {
  it('turns group numbers back into groups, in roster order', () => {
    const assignment = assignmentOf([['ana', 'dev'], ['ben', 'chloe']]);
    expect(assignment).toEqual({ ana: 1, dev: 1, ben: 2, chloe: 2 });
    assignment.dev = 2;
    assignment.chloe = 1;
    expect(groupsOf(assignment, ['ana', 'ben', 'chloe', 'dev'])).toEqual([['ana', 'chloe'], ['ben', 'dev']]);
  });

  it('leaves out a member taken out of every group and groups left empty', () => {
    expect(groupsOf({ ana: 3, ben: 3, chloe: 0 }, ['ana', 'ben', 'chloe'])).toEqual([['ana', 'ben']]);
  });
});
