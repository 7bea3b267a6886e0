// Keyed entry, one key per answer: what each field of a sheet accepts and what a key
// press does there. Pure, so the rules are tested without a screen.
import type { AnswerValue, FieldAnswer, FormItem, MissingCode } from './api/generated';
import { locale, t } from './i18n/language.svelte';

export type FieldMode = 'mark' | 'marks' | 'text';

export interface EntryField {
  /** The item's id, with `:before` or `:now` for a half of a before/now rating. */
  id: string;
  item: FormItem;
  /** The question's number on the sheet (0 for the participant code). */
  number: number;
  half?: 'before' | 'now';
  mode: FieldMode;
  /** The labels of the points to mark, lowest first; empty for a written field. */
  choices: string[];
}

/** The key for each code, the same in every language (B, M, I, N). */
export const CODE_KEYS: Record<string, MissingCode> = { b: 'blank', m: 'multiple', i: 'illegible', n: 'notApplicable' };

/** The fields of a sheet in the order they are typed; `scale` gives an item's point labels. */
export function entryFields(items: FormItem[], scale: (item: FormItem) => string[]): EntryField[] {
  const fields: EntryField[] = [];
  let number = 0;
  for (const item of items) {
    // A printed participant code is not typed: the sheet carries it.
    if (item.kind === 'heading' || item.kind === 'instructions' || (item.kind === 'participantCode' && item.printed)) continue;
    if (item.kind !== 'participantCode') number += 1;
    const written = ['shortText', 'comment', 'participantCode'].includes(item.kind);
    const mode: FieldMode = written ? 'text' : item.kind === 'multipleChoice' ? 'marks' : 'mark';
    const base = { item, number: item.kind === 'participantCode' ? 0 : number, mode, choices: written ? [] : scale(item) };
    if (item.kind === 'retrospective') {
      fields.push({ ...base, id: `${item.id}:before`, half: 'before' }, { ...base, id: `${item.id}:now`, half: 'now' });
    } else {
      fields.push({ ...base, id: item.id });
    }
  }
  return fields;
}

/** What a key press does in a field. */
export type KeyOutcome =
  | { kind: 'set'; value: AnswerValue; advance: boolean }
  | { kind: 'advance' }
  | { kind: 'back' }
  | { kind: 'reject' }
  | { kind: 'ignore' };

/**
 * A key pressed in a marked field: a point's number sets it and moves on (toggles it,
 * on a multiple-choice question, where Enter moves on); a code key sets the code and
 * moves on; Backspace goes back; anything else is refused and changes nothing.
 */
export function markKey(field: EntryField, key: string, current: AnswerValue | undefined): KeyOutcome {
  if (key === 'Backspace') return { kind: 'back' };
  if (key === 'Tab' || key === 'Shift' || key.startsWith('Arrow')) return { kind: 'ignore' };
  const code = CODE_KEYS[key.toLowerCase()];
  if (code && !(code === 'multiple' && field.mode === 'marks')) return { kind: 'set', value: { type: 'missing', code }, advance: true };
  if (key === 'Enter') return current ? { kind: 'advance' } : { kind: 'reject' };
  const point = /^[1-9]$/.test(key) ? Number(key) : 0;
  if (point < 1 || point > field.choices.length) return { kind: 'reject' };
  if (field.mode === 'mark') return { kind: 'set', value: { type: 'point', point }, advance: true };
  const marked = current?.type === 'points' ? current.points : [];
  const points = marked.includes(point) ? marked.filter((p) => p !== point) : [...marked, point].sort((a, b) => a - b);
  return points.length
    ? { kind: 'set', value: { type: 'points', points }, advance: false }
    : { kind: 'set', value: { type: 'missing', code: 'blank' }, advance: false };
}

/** Enter in a written field: what was typed, or blank when nothing was. */
export function textValue(text: string): AnswerValue {
  return text.trim() ? { type: 'text', text: text.trim() } : { type: 'missing', code: 'blank' };
}

/** The answers as the core takes them, in field order. */
export function answerList(fields: EntryField[], values: Record<string, AnswerValue>): FieldAnswer[] {
  return fields.filter((f) => values[f.id]).map((f) => ({ field: f.id, value: values[f.id] }));
}

/** The words of each code, in the order the screens offer them. */
export const CODE_WORDS: Record<MissingCode, string> = {
  blank: 'entry-code-blank',
  multiple: 'entry-code-multiple',
  illegible: 'entry-code-illegible',
  notApplicable: 'entry-code-not-applicable',
};

/** Each code with its words, in the order the screens offer them. */
export const CODE_CHOICES = Object.entries(CODE_WORDS) as [MissingCode, string][];

/** A value as the screens show it: "2 · Medium", "Blank", or what was written. */
export function shownValue(value: AnswerValue, choices: string[]): string {
  const point = (p: number) => `${p} · ${choices[p - 1] ?? ''}`;
  switch (value.type) {
    case 'point':
      return point(value.point);
    case 'points':
      return value.points.map(point).join(', ');
    case 'text':
      return value.text;
    case 'picture':
      return t('entry-picture');
    case 'missing':
      return t(CODE_WORDS[value.code]);
  }
}

/** "Before today" or "Now": a half of a before/now rating. */
export const halfName = (half: string) => (half === 'before' ? t('entry-half-before') : t('entry-half-now'));

/** "Question 3", "Question 1 (Before today)" or "The participant code". */
export function questionName(number: number, half?: string | null): string {
  if (!number) return t('entry-code-question');
  if (!half) return t('entry-question', { n: number });
  return t('entry-question-half', { n: number, half: halfName(half) });
}

/** A share as the language writes a percentage: "92.9%", "92,9 %". */
export function percentOf(share: number, tag = locale()): string {
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
