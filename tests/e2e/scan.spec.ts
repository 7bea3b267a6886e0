// Reading the paper back: a folder of scanned sheets (made from the meeting's own
// printed PDF, marked as participants would) chosen on the scan screen; what the
// scan was unsure of checked against its picture with the keyboard; the scan then
// stands as the first entry against a keyed second one, its picture beside the
// difference; and the report counts the scanned sheets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

const MARK_SHEETS = process.env.MARK_SHEETS_BIN ?? '../target/debug/examples/mark_sheets';

const ITEMS = [
  { kind: 'yesNo', text: 'Was today useful?' },
  { kind: 'retrospective', text: 'My knowledge of CQI', points: ['Low', 'Medium', 'High'] },
  { kind: 'comment', text: 'What will you try?', lines: 2 },
];

/** A meeting with three sheets printed, and a folder of their scans: the first marked
 * clearly, the second with a faint dot (a mark in doubt) and a written answer, the
 * third left blank; and a file that is not a scan at all. */
async function scannedFolder(page: Page) {
  const community = await rpc(page, 'community.create', { name: uniqueName('Scan CoP'), focus: 'CQI' });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Spring meeting', date: '2027-03-10', startTime: '09:00', endTime: '12:00' },
  });
  const form = await rpc(page, 'form.create', { meetingId: meeting.id, source: { from: 'blank', lang: 'en' } });
  const saved = await rpc(page, 'form.save', { id: form.id, title: 'Spring evaluation', items: ITEMS });
  const printed = await rpc(page, 'print.form', { formId: form.id, copies: 3, paper: 'letter' });
  const folder = mkdtempSync(join(tmpdir(), 'convene-scans-'));
  const pdf = join(folder, 'sheets.pdf');
  writeFileSync(pdf, Buffer.from(printed.pdfBase64, 'base64'));
  const scans = join(folder, 'scans');
  const marks = ['1:fill:Yes', '1:fill:Medium:0', '1:fill:High:1', '2:fill:No', '2:dot:Low:0', '2:fill:High:1', '2:write:try?'];
  execFileSync(MARK_SHEETS, [pdf, scans, ...marks]);
  writeFileSync(join(scans, 'notes.png'), 'not a scan');
  const files = readdirSync(scans).sort().map((name) => join(scans, name));
  return { communityId: community.id as string, meetingId: meeting.id as string, items: saved.items as { id: string }[], files };
}

/** Drops files on `target` as a file manager would. */
async function dropFiles(page: Page, target: Locator, paths: string[]) {
  const files = paths.map((path) => ({ name: basename(path), base64: readFileSync(path).toString('base64') }));
  const transfer = await page.evaluateHandle((files) => {
    const data = new DataTransfer();
    for (const file of files) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], file.name, { type: 'image/png' }));
    }
    return data;
  }, files);
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('a folder of scans read, its doubts checked with the keyboard, reconciled and reported', async ({ page }) => {
  const { communityId, meetingId, items, files } = await scannedFolder(page);
  await page.goto(`/#/c/${communityId}/m/${meetingId}/evaluation`);
  await waitUntilLive(page);
  await page.getByRole('link', { name: 'Scan sheets' }).click();
  await expect(page.getByRole('heading', { name: 'Scan sheets: Spring meeting', level: 1 })).toBeVisible();
  await waitUntilLive(page);

  await page.getByLabel('Scanned files').setInputFiles(files);
  const log = page.getByRole('region', { name: 'What was read' }).getByRole('listitem');
  await expect(log).toHaveText([
    'notes.png: Not read. This file is not an image Convene can read; scan to PDF, PNG, JPEG or TIFF.',
    'sheet-01.png: sheet M1-001 · Saved',
    'sheet-02.png: sheet M1-002 · To check: Question 2 (before today), Question 3',
    'sheet-03.png: sheet M1-003 · Returned blank',
  ]);

  // The mark in doubt comes first, its picture beside its choices; one key decides it.
  const review = page.getByRole('region', { name: 'To check' });
  await expect(review.getByRole('status')).toHaveText('1 sheet waits for you, the most doubtful first.');
  await expect(review.getByRole('heading', { name: 'Sheet M1-002 · Spring evaluation' })).toBeVisible();
  await expect(review.getByRole('img', { name: 'The scan of Question 2 (Before today) on sheet M1-002' })).toBeVisible();
  await expect(review.getByRole('img', { name: 'The scan of Question 3 on sheet M1-002' })).toBeVisible();
  await expect(review.getByRole('radio', { name: '1 · Low' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('7');
  await expect(review.getByRole('alert')).toHaveText('Press 1 to 3, or B, M, I or N.');
  await page.keyboard.press('Enter');
  await expect(review.getByRole('alert')).toHaveText('Decide Question 2 (Before today) first.');
  await page.keyboard.press('1');
  await expect(review.getByLabel('What is written')).toBeFocused();
  // The handwriting stays a picture rather than being typed.
  await page.keyboard.press('Alt+K');
  await expect(review.getByRole('radio', { name: 'Keep the picture (Alt+K)' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(review.getByRole('status')).toHaveText('Nothing waits to be checked.');

  // Every page accounted for.
  const account = page.getByRole('region', { name: 'Every page' });
  await expect(account).toContainText('4 pages read in this entry.');
  await expect(account.getByRole('row')).toHaveCount(5);
  await expect(account.getByRole('row', { name: /notes\.png/ })).toContainText('Not read. This file is not an image');
  await expectNoAxeViolations(page);

  // The same scans again, dropped on the screen this time, change nothing.
  await dropFiles(page, page.getByRole('region', { name: 'Files from the scanner or the phone' }), files.slice(1));
  await expect(log).toHaveText([
    'sheet-01.png: sheet M1-001 · Read before, nothing changed',
    'sheet-02.png: sheet M1-002 · Read before, nothing changed',
    'sheet-03.png: sheet M1-003 · Read before, nothing changed',
  ]);

  // A keyed second entry that reads sheet 1's first question differently.
  const [useful, knowledge, comment] = items.map((item) => item.id);
  const keyed = (serial: string, first: number, before: number, said: object) =>
    rpc(page, 'entry.save', {
      meetingId, serial, pass: 2, reason: '',
      answers: [
        { field: useful, value: { type: 'point', point: first } },
        { field: `${knowledge}:before`, value: { type: 'point', point: before } },
        { field: `${knowledge}:now`, value: { type: 'point', point: 3 } },
        { field: comment, value: said },
      ],
    });
  await keyed('M1-001', 2, 2, { type: 'missing', code: 'blank' });
  await keyed('M1-002', 2, 1, { type: 'picture' });
  await page.goto(`/#/c/${communityId}/m/${meetingId}/entry/2`);
  await waitUntilLive(page);
  await expect(page.getByText(/The two entries agree on 87\.5% of the fields typed twice \(7 of 8/)).toBeVisible();
  const difference = page.getByRole('row', { name: /M1-001/ });
  await expect(difference.getByRole('img', { name: 'The scan of Question 1 on sheet M1-001' })).toBeVisible();
  await difference.getByLabel('The mark on sheet M1-001 for Question 1').selectOption({ label: '1 · Yes' });
  await difference.getByRole('button', { name: 'Settle' }).click();
  await expect(page.getByText('No differences are left to settle.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/#/c/${communityId}/m/${meetingId}/report`);
  await waitUntilLive(page);
  const rating = page.getByRole('article', { name: '2. My knowledge of CQI' });
  await expect(rating).toContainText('100% (2 of 2) rated “My knowledge of CQI” higher now than before today.');
  const written = page.getByRole('article', { name: '3. What will you try?' });
  await expect(written.getByRole('img', { name: 'Handwritten answer on sheet M1-002, kept as the scan\'s picture' })).toBeVisible();
  await expectNoAxeViolations(page);
});
