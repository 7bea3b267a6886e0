// Keying in a stack of paper sheets with the keyboard only: the serial, one key per
// answer, Enter on the last answer to save and move to the next sheet, a refused key
// that changes nothing, codes for what the paper shows, and a sheet returned blank.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

/** A meeting whose meeting evaluation has three numbered sheets printed. */
async function printedSheets(page: Page) {
  const community = await rpc(page, 'community.create', { name: uniqueName('Entry CoP'), focus: 'the Quality Standards' });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Kick-off', date: '2027-01-20', startTime: '09:00', endTime: '12:00' },
  });
  const source = { from: 'template', key: 'cop-meeting', lang: 'en' };
  const form = await rpc(page, 'form.create', { meetingId: meeting.id, source });
  await rpc(page, 'print.form', { formId: form.id, copies: 3, paper: 'letter' });
  return { communityId: community.id as string, meetingId: meeting.id as string, form };
}

test('a stack of sheets keyed in without touching the mouse', async ({ page }) => {
  const { communityId, meetingId, form } = await printedSheets(page);
  await page.goto(`/#/c/${communityId}/m/${meetingId}/entry`);
  await waitUntilLive(page);
  const status = page.getByRole('status').filter({ hasText: 'sheets entered' });
  await expect(status).toHaveText('0 of 3 sheets entered · 0 returned blank · 3 to go');
  const serial = page.getByLabel('Sheet serial');
  await expect(serial).toBeFocused();
  await expect(serial).toHaveValue('M1-001');

  // Sheet 1: Low → High, agree three times, one comment, the other left blank.
  await page.keyboard.press('Enter');
  const before = page.getByLabel(/^1\. My knowledge of the Quality Standards Before today$/);
  await expect(before).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('Backspace');
  await expect(before).toBeFocused();
  await page.keyboard.press('1');
  for (const key of ['3', '2', '2', '2']) await page.keyboard.press(key);
  await page.keyboard.type('The Human Knot debrief');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('1 of 3 sheets entered · 0 returned blank · 2 to go');
  await expect(serial).toBeFocused();
  await expect(serial).toHaveValue('M1-002');

  // Sheet 2: a key that is no answer is refused and changes nothing; then codes.
  await page.keyboard.press('Enter');
  const first = page.getByLabel(/^1\. My knowledge of the Quality Standards Before today$/);
  await expect(first).toBeFocused();
  await page.keyboard.press('7');
  await expect(page.getByText('Press 1 to 3, or B, M, I or N.')).toBeVisible();
  await expect(first).toHaveValue('');
  await expect(first).toBeFocused();
  await expectNoAxeViolations(page);
  for (const key of ['2', 'b', 'm', '2', '1']) await page.keyboard.press(key);
  await page.keyboard.type('More time to plan');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+I');
  await expect(status).toHaveText('2 of 3 sheets entered · 0 returned blank · 1 to go');

  // Sheet 3 came back blank: marked from the same screen.
  await expect(serial).toHaveValue('M1-003');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Returned blank' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('2 of 3 sheets entered · 1 returned blank · 0 to go');

  const second = await rpc(page, 'entry.open', { meetingId, serial: 'M1-002', pass: 1 });
  const value = (field: string) => second.answers.find((a: { field: string }) => a.field === field)?.value;
  const ids = form.items.map((item: { id: string }) => item.id);
  expect(value(`${ids[1]}:before`)).toEqual({ type: 'point', point: 2 });
  expect(value(`${ids[1]}:now`)).toEqual({ type: 'missing', code: 'blank' });
  expect(value(ids[2])).toEqual({ type: 'missing', code: 'multiple' });
  expect(value(ids[7])).toEqual({ type: 'text', text: 'More time to plan' });
  expect(value(ids[8])).toEqual({ type: 'missing', code: 'illegible' });
});

test('a serial never printed for this meeting is refused with a sentence and opens nothing', async ({ page }) => {
  const { communityId, meetingId } = await printedSheets(page);
  await page.goto(`/#/c/${communityId}/m/${meetingId}/entry`);
  await waitUntilLive(page);
  await page.getByLabel('Sheet serial').fill('M1-044');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('No sheet M1-044 was printed for this meeting.');
  await expect(page.getByRole('heading', { name: /^Sheet / })).toHaveCount(0);
});

test('double entry: a blind second pass, then each difference settled from the paper', async ({ page }) => {
  const { communityId, meetingId, form } = await printedSheets(page);
  const ids = form.items.map((item: { id: string }) => item.id);
  const point = (point: number) => ({ type: 'point', point });
  const firstPass = [
    { field: `${ids[1]}:before`, value: point(1) },
    { field: `${ids[1]}:now`, value: point(3) },
    { field: ids[2], value: point(2) },
    { field: ids[3], value: point(2) },
    { field: ids[5], value: point(2) },
    { field: ids[7], value: { type: 'missing', code: 'blank' } },
    { field: ids[8], value: { type: 'missing', code: 'blank' } },
  ];
  for (const serial of ['M1-001', 'M1-002']) await rpc(page, 'entry.save', { meetingId, serial, pass: 1, answers: firstPass, reason: '' });

  await page.goto(`/#/c/${communityId}/m/${meetingId}/entry/2`);
  await waitUntilLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Second entry: Kick-off' })).toBeVisible();
  const serial = page.getByLabel('Sheet serial');
  await expect(serial).toHaveValue('M1-001');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/Before today$/)).toHaveValue('');
  for (const key of ['1', '3', '2', '2', '2', 'Enter', 'Enter']) await page.keyboard.press(key);
  await expect(serial).toHaveValue('M1-002');
  await page.keyboard.press('Enter');
  for (const key of ['1', '3', '1', '2', '2', 'Enter', 'Enter']) await page.keyboard.press(key);

  await expect(page.getByText('The two entries agree on 92.9% of the fields typed twice (13 of 14, on 2 sheets) · 0 settled from the paper')).toBeVisible();
  const row = page.getByRole('row', { name: /M1-002/ });
  await expect(row).toContainText('Question 2');
  await expect(row).toContainText('2 · Agree');
  await expect(row).toContainText('1 · Disagree');
  await expectNoAxeViolations(page);
  await row.getByLabel('The mark on sheet M1-002 for Question 2').selectOption({ label: 'More than one mark' });
  await row.getByLabel('Reason for settling Question 2 on sheet M1-002').fill('Both circles are filled.');
  await row.getByRole('button', { name: 'Settle' }).click();
  await expect(page.getByText('No differences are left to settle.')).toBeVisible();
  await expect(page.getByText('(13 of 14, on 2 sheets) · 1 settled from the paper')).toBeVisible();
});

test('a sheet without a serial is given one, and a correction shows in its history', async ({ page }) => {
  const { communityId, meetingId } = await printedSheets(page);
  await page.goto(`/#/c/${communityId}/m/${meetingId}/entry`);
  await waitUntilLive(page);
  await page.getByRole('button', { name: 'A sheet without a serial' }).click();
  await expect(page.getByText('Write M1-004 on the paper sheet, then key it in')).toBeVisible();
  const before = page.getByLabel(/^1\. My knowledge of the Quality Standards Before today$/);
  await expect(before).toBeFocused();
  for (const key of ['1', '3', '2', '2', '2', 'Enter', 'Enter']) await page.keyboard.press(key);
  await expect(page.getByRole('status').filter({ hasText: 'sheets entered' })).toHaveText('1 of 4 sheets entered · 0 returned blank · 3 to go');

  // Reopened, it is corrected; the change is kept in its history.
  await page.getByLabel('Sheet serial').fill('M1-004');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('note')).toContainText('This sheet is already saved');
  await expect(before).toHaveValue('1 · Low');
  // Keys go in once the reopened sheet has put the cursor there (a busy machine moves it late).
  await expect(before).toBeFocused();
  for (const key of ['2', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(key);
  await expect(page.getByRole('heading', { name: /^Sheet M1-004/ })).toHaveCount(0);
  await page.getByLabel('Sheet serial').fill('M1-004');
  await page.keyboard.press('Enter');
  await page.getByText('History of this sheet (1 change)').click();
  await expect(page.getByText(/Question 1 \(Before today\) \(entry 1\) changed from 1 · Low to 2 · Medium/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('double entry of a random sample, widened to every sheet', async ({ page }) => {
  const { communityId, meetingId, form } = await printedSheets(page);
  const ids = form.items.map((item: { id: string }) => item.id);
  const blank = { type: 'missing', code: 'blank' };
  const answers = [`${ids[1]}:before`, `${ids[1]}:now`, ids[2], ids[3], ids[5], ids[7], ids[8]].map((field) => ({ field, value: blank }));
  for (const serial of ['M1-001', 'M1-002', 'M1-003']) await rpc(page, 'entry.save', { meetingId, serial, pass: 1, answers, reason: '' });

  await page.goto(`/#/c/${communityId}/m/${meetingId}/entry/2`);
  await waitUntilLive(page);
  const status = page.getByRole('status').filter({ hasText: 'sheets entered' });
  await expect(status).toHaveText('0 of 3 sheets entered · 0 returned blank · 3 to go');
  await page.getByLabel('Enter again only a random sample of the entered sheets (percent)').fill('30');
  await page.getByRole('button', { name: 'Draw a sample' }).click();
  await expect(page.getByText('The second entry covers a random sample: 1 of the 3 entered sheets.')).toBeVisible();
  await expect(status).toHaveText('0 of 3 sheets entered · 0 returned blank · 1 to go');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Enter every sheet a second time' }).click();
  await expect(status).toHaveText('0 of 3 sheets entered · 0 returned blank · 3 to go');
});
