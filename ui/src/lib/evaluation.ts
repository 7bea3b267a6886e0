// A form's items as the Evaluation tab lists them (what each asks and how it is
// answered, numbered as on the printed sheet) and the printed serials in short.
import type { AgreementScale, FormItem, Sheet } from './api/generated';
import type { Lang } from './api/generated';
import { translate } from './i18n/catalogue';
import { locale, t } from './i18n/language.svelte';

export interface ItemLine {
  /** The question's number on the sheet; none for headings and instructions. */
  number?: number;
  /** How it is answered, e.g. "Before today and now: Low, Medium, or High". */
  answers: string;
}

const AGREEMENT: Record<AgreementScale, string[]> = {
  two: ['forms-point-disagree', 'forms-point-agree'],
  four: ['forms-point-strongly-disagree', 'forms-point-disagree', 'forms-point-agree', 'forms-point-strongly-agree'],
  five: [
    'forms-point-strongly-disagree',
    'forms-point-disagree',
    'forms-point-neutral',
    'forms-point-agree',
    'forms-point-strongly-agree',
  ],
};
const YES_NO = ['forms-point-yes', 'forms-point-no'];

const either = (words: string[], tag: string) => new Intl.ListFormat(tag, { type: 'disjunction' }).format(words);


/** The words of `item`'s circles as the sheet prints them, in the form's language. */
export function scaleWords(item: FormItem, sheet: Lang): string[] {
  const points = (ids: string[]) => ids.map((id) => translate(sheet, id));
  switch (item.kind) {
    case 'retrospective':
      return item.points;
    case 'agreement':
      return points(AGREEMENT[item.agreementScale ?? 'two']);
    case 'yesNo':
      return points(YES_NO);
    case 'singleChoice':
    case 'multipleChoice':
      return item.options;
    default:
      return [];
  }
}

/** How `item` is answered: the framing in the window's language, the scale's words as
 * the sheet prints them, in the form's language `sheet`. */
function answers(item: FormItem, tag: string, sheet: Lang): string {
  const words = either(scaleWords(item, sheet), tag);
  switch (item.kind) {
    case 'retrospective':
      return t('forms-answers-before-now', { points: words });
    case 'agreement':
    case 'yesNo':
    case 'singleChoice':
      return t('forms-answers-one-of', { options: words });
    case 'multipleChoice':
      return t('forms-answers-any-of', { options: words });
    case 'shortText':
      return t('forms-answers-lines', { count: 1 });
    case 'comment':
      return t('forms-answers-lines', { count: item.lines });
    case 'participantCode':
      return t(item.printed ? 'forms-answers-code-printed' : 'forms-answers-code');
    default:
      return '';
  }
}

/** One line per item, questions numbered from 1 as the printed sheet numbers them. */
export function itemLines(items: FormItem[], sheet: Lang, tag = locale()): ItemLine[] {
  let number = 0;
  return items.map((item) => {
    const numbered = !['heading', 'instructions', 'participantCode'].includes(item.kind);
    return { number: numbered ? ++number : undefined, answers: answers(item, tag, sheet) };
  });
}

/** "M1-001–M1-030": the serials printed, runs of consecutive sheets joined. */
export function sheetRanges(sheets: Sheet[]): string {
  const runs: [Sheet, Sheet][] = [];
  const numberOf = (sheet: Sheet) => Number(sheet.label.split('-').pop());
  for (const sheet of sheets) {
    const last = runs.at(-1);
    if (last && numberOf(sheet) === numberOf(last[1]) + 1) last[1] = sheet;
    else runs.push([sheet, sheet]);
  }
  return runs.map(([first, last]) => (first === last ? first.label : `${first.label}–${last.label}`)).join(', ');
}
