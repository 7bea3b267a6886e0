import { describe, expect, it } from 'vitest';
import type { Sheet } from './api/generated';
import { itemLines, sheetRanges } from './evaluation';
import { formItem as item } from './formitem.fixture';

describe('a form as the Evaluation tab lists it', () => {
  it('numbers questions as the sheet does and says how each is answered', () => {
    const lines = itemLines(
      [
        item('heading'),
        item('retrospective', { points: ['Low', 'Medium', 'High'] }),
        item('agreement', { agreementScale: 'four' }),
        item('multipleChoice', { options: ['Snacks', 'Music'] }),
        item('comment', { lines: 3 }),
      ],
      'en',
      'en-US',
    );
    expect(lines.map((l) => l.number)).toEqual([undefined, 1, 2, 3, 4]);
    expect(lines[1].answers).toBe('Before today and now: Low, Medium, or High');
    expect(lines[2].answers).toBe('One of: Strongly disagree, Disagree, Agree, or Strongly agree');
    expect(lines[3].answers).toBe('Any of: Snacks or Music');
    expect(lines[4].answers).toBe('3 lines to write on');
    const spanishSheet = itemLines([item('yesNo')], 'es', 'en-US');
    expect(spanishSheet[0].answers).toBe('One of: Sí or No');
  });

  it('sums printed serials up as runs', () => {
    const sheet = (label: string) => ({ label, formId: 'f', version: 1, status: 'issued' }) as Sheet;
    const sheets = ['M2-001', 'M2-002', 'M2-003', 'M2-007', 'M2-008'].map(sheet);
    expect(sheetRanges(sheets)).toBe('M2-001–M2-003, M2-007–M2-008');
    expect(sheetRanges([sheet('M1-004')])).toBe('M1-004');
  });
});
