// Checking what a scan left for a person: each doubtful mark or written answer beside
// its snippet of the page, decided with the keys of keyed entry, and the sheet
// accepted whole. Pure, so the rules are tested without a screen.
import type { AnswerValue, FieldAnswer, ReviewSheet, ScanOutcome, ScannedPage } from './api/generated';
import { entryFields, type EntryField } from './entry';
import { scaleWords } from './evaluation';
import { t } from './i18n/language.svelte';

export interface Check {
  field: EntryField;
  /** How unsure the scan was, 0 to 1. */
  doubt: number;
  /** The field's part of the page, as an image source. */
  image: string;
}

/** A scan's picture (PNG, base64) as an image source. */
export const scanPicture = (png: string) => `data:image/png;base64,${png}`;

/** The sheet's checks, most doubtful first, each with its field of the form. */
export function checksOf(sheet: ReviewSheet): Check[] {
  const fields = entryFields(sheet.items, (item) => scaleWords(item, sheet.lang));
  return sheet.checks.flatMap((check) => {
    const field = fields.find((f) => f.id === check.field);
    return field ? [{ field, doubt: check.doubt, image: scanPicture(check.imagePng) }] : [];
  });
}

/** The sheet's answers with the person's decisions; or the first check still open. */
export function acceptedAnswers(sheet: ReviewSheet, decided: Record<string, AnswerValue>): { answers: FieldAnswer[] } | { open: string } {
  const open = sheet.checks.find((check) => !decided[check.field]);
  if (open) return { open: open.field };
  const read = sheet.answers.filter((answer) => !decided[answer.field]);
  return { answers: [...read, ...sheet.checks.map((check) => ({ field: check.field, value: decided[check.field] }))] };
}

const OUTCOME_WORDS: Record<ScanOutcome, string> = {
  saved: 'entry-scan-outcome-saved',
  drafted: 'entry-scan-outcome-drafted',
  blank: 'entry-scan-outcome-blank',
  alreadySaved: 'entry-scan-outcome-already-saved',
  repeated: 'entry-scan-outcome-repeated',
  notRead: 'entry-scan-outcome-not-read',
};

/** What became of a page, in a word or two: "Saved", "To check", "Not read". */
export const outcomeWord = (outcome: ScanOutcome) => t(OUTCOME_WORDS[outcome]);

/** A page's line in the log of a reading: its file (and page, in a file of many), its
 * sheet and what became of it, or why it was not read. */
export function pageLine(file: string, page: ScannedPage, many: boolean): string {
  const where = many ? t('entry-scan-file-page', { file, page: page.page }) : file;
  const what = outcomeWord(page.outcome);
  if (page.problem) return t('entry-scan-line-problem', { where, what, problem: page.problem });
  if (page.toCheck.length) return t('entry-scan-line-check', { where, serial: page.serial ?? '', what, questions: page.toCheck.join(', ') });
  return t('entry-scan-line', { where, serial: page.serial ?? '', what });
}
