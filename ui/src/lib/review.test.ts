import { describe, expect, it } from 'vitest';
import type { ReviewSheet, ScannedPage } from './api/generated';
import { formItem } from './formitem.fixture';
import { acceptedAnswers, checksOf, pageLine } from './review';

const rating = formItem('retrospective', { id: 'r', text: 'My knowledge', points: ['Low', 'Medium', 'High'] });
const comment = formItem('comment', { id: 'c', text: 'What will you try?' });
const useful = formItem('yesNo', { id: 'y', text: 'Useful?' });

const sheet: ReviewSheet = {
  serial: 'M1-002',
  lang: 'en',
  title: 'Meeting evaluation',
  items: [useful, rating, comment],
  answers: [
    { field: 'y', value: { type: 'point', point: 1 } },
    { field: 'r:now', value: { type: 'point', point: 3 } },
  ],
  checks: [
    { field: 'r:before', doubt: 0.8, imagePng: 'AAAA' },
    { field: 'c', doubt: 0, imagePng: 'BBBB' },
  ],
};

describe('reviewing a scanned sheet', () => {
  it('pairs each check with its field, its question number and its picture, in the order given', () => {
    const checks = checksOf(sheet);
    expect(checks.map((c) => [c.field.id, c.field.number, c.field.half, c.field.mode])).toEqual([
      ['r:before', 2, 'before', 'mark'],
      ['c', 3, undefined, 'text'],
    ]);
    expect(checks[0].field.choices).toEqual(['Low', 'Medium', 'High']);
    expect(checks[0].image).toBe('data:image/png;base64,AAAA');
  });

  it('accepts a sheet only when every check is decided, keeping what the scan read', () => {
    expect(acceptedAnswers(sheet, { c: { type: 'text', text: 'Games' } })).toEqual({ open: 'r:before' });
    const decided = { 'r:before': { type: 'point', point: 1 } as const, c: { type: 'text', text: 'Games' } as const };
    expect(acceptedAnswers(sheet, decided)).toEqual({
      answers: [
        { field: 'y', value: { type: 'point', point: 1 } },
        { field: 'r:now', value: { type: 'point', point: 3 } },
        { field: 'r:before', value: { type: 'point', point: 1 } },
        { field: 'c', value: { type: 'text', text: 'Games' } },
      ],
    });
  });

  it('says what became of each page, naming the page of a file of many', () => {
    const page = (over: Partial<ScannedPage>): ScannedPage => ({ page: 2, outcome: 'saved', serial: 'M1-004', toCheck: [], problem: null, ...over });
    expect(pageLine('a.png', page({}), false)).toBe('a.png: sheet M1-004 · Saved');
    expect(pageLine('stack.pdf', page({ outcome: 'drafted', toCheck: ['Question 3'] }), true)).toBe('stack.pdf, page 2: sheet M1-004 · To check: Question 3');
    expect(pageLine('x.pdf', page({ outcome: 'notRead', serial: null, problem: 'No sheet.' }), true)).toBe('x.pdf, page 2: Not read. No sheet.');
  });
});
