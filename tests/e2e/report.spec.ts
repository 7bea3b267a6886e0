// The evaluation report in a browser: sheets keyed in with the keyboard become a
// report whose figures each open the sheets behind them, down to the sheet itself.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive, withNewIds } from './helpers';

test('enter sheets, open the report, and follow a figure to its sheets', async ({ page }) => {
  const community = await rpc(page, 'community.create', { name: uniqueName('Report CoP'), focus: 'the Quality Standards' });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Kick-off', date: '2027-01-20', startTime: '09:00', endTime: '12:00' },
  });
  for (const name of ['Ana', 'Ben', 'Cruz']) {
    const member = await rpc(page, 'member.create', { communityId: community.id, fields: { name } });
    await rpc(page, 'attendance.set', { meetingId: meeting.id, memberId: member.id, status: 'present' });
  }
  const form = await rpc(page, 'form.create', { meetingId: meeting.id, source: { from: 'template', key: 'cop-meeting', lang: 'en' } });
  await rpc(page, 'print.form', { formId: form.id, copies: 3, paper: 'letter' });

  // Two sheets keyed in: Low → High and Medium → Medium, agreeing throughout, a comment on the first.
  await page.goto(`/#/c/${community.id}/m/${meeting.id}/entry`);
  await waitUntilLive(page);
  await expect(page.getByLabel('Sheet serial')).toHaveValue('M1-001');
  await page.keyboard.press('Enter');
  for (const key of ['1', '3', '2', '2', '2']) await page.keyboard.press(key);
  // Typing starts once the comment box has the focus (a busy machine moves it late).
  await expect(page.getByLabel(/What was most useful today\?/)).toBeFocused();
  await page.keyboard.type('The Human Knot debrief');
  for (const key of ['Enter', 'Enter']) await page.keyboard.press(key);
  await expect(page.getByLabel('Sheet serial')).toHaveValue('M1-002');
  await page.keyboard.press('Enter');
  for (const key of ['2', '2', '2', '2', '2', 'Enter', 'Enter']) await page.keyboard.press(key);
  await expect(page.getByRole('status').filter({ hasText: 'sheets entered' })).toHaveText('2 of 3 sheets entered · 0 returned blank · 1 to go');

  await page.goto(`/#/c/${community.id}/m/${meeting.id}/report`);
  await waitUntilLive(page);
  await expect(page.getByRole('heading', { name: 'Evaluation report' })).toBeVisible();
  await expect(page.getByRole('button', { name: '2 of 3 attendees present returned an entered sheet (67%)' })).toBeVisible();
  await expect(page.getByText('Entered once: not double-entered.')).toBeVisible();
  const rating = page.getByRole('article', { name: '1. My knowledge of the Quality Standards' });
  await expect(rating).toContainText('50% (1 of 2) rated “My knowledge of the Quality Standards” higher now than before today.');
  await expect(rating.getByRole('img', { name: 'Before today: Low 50%, Medium 50%, High 0%' })).toBeVisible();
  await expect(rating.getByRole('img', { name: 'Now: Low 0%, Medium 50%, High 50%' })).toBeVisible();
  await expect(page.getByRole('article', { name: /I increased my knowledge/ })).toContainText('100% (2 of 2) agreed');
  await expect(page.getByRole('blockquote').or(page.locator('blockquote')).first()).toHaveText('The Human Knot debrief');
  await expectNoAxeViolations(page);

  // "Increased: 50% (1 of 2)" opens the one sheet behind it, and that sheet opens as entered.
  await rating.getByRole('button', { name: '50% (1 of 2)', exact: true }).first().click();
  const behind = page.getByRole('dialog', { name: /The sheets behind My knowledge of the Quality Standards — Increased/ });
  await expect(behind.getByRole('listitem')).toHaveText(['M1-001']);
  await expectNoAxeViolations(page);
  await behind.getByRole('link', { name: 'Open M1-001' }).click();
  await expect(page.getByRole('heading', { name: /Sheet M1-001/ })).toBeVisible();
  await expect(page.getByLabel(/^1\. My knowledge of the Quality Standards Before today$/)).toHaveValue('1 · Low');

  // A comment starred for the report stays starred.
  await page.goto(`/#/c/${community.id}/m/${meeting.id}/report`);
  await waitUntilLive(page);
  await page.getByRole('button', { name: 'Star for the report' }).click();
  await expect(page.getByRole('button', { name: 'Starred' })).toHaveAttribute('aria-pressed', 'true');
});

test('the example community’s evaluations line up across its meetings, each opening its report', async ({ page }) => {
  await page.goto('/');
  await waitUntilLive(page);
  await page.getByRole('navigation', { name: 'Communities and library' }).getByRole('link', { name: /Site Coordinator CoP — Example Region/ }).click();
  await page.getByRole('link', { name: 'Evaluations' }).click();
  const table = page.getByRole('table', { name: 'Evaluations across the meetings' });
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await expect(table.getByRole('columnheader').nth(1)).toContainText('21 sheets of 22 present');
  const knowledge = table.getByRole('row', { name: /My knowledge of Continuous Quality Improvement/ });
  await expect(knowledge.getByRole('cell').first()).toContainText('71% (15 of 21)');
  await expect(knowledge.getByRole('cell').first()).toContainText('High: 10% → 57%');
  await expectNoAxeViolations(page);
  await table.getByRole('link', { name: 'Creating the cohort: Quality Standards and CQI' }).click();
  await expect(page.getByRole('button', { name: '21 of 22 attendees present returned an entered sheet (95%)' })).toBeVisible();
  await expect(page.getByText(/Entered twice: 4 sheets; the two entries agreed on 100% of the fields typed twice/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the network report pools each chosen community beside their total', async ({ page }) => {
  await page.goto('/#/network');
  await waitUntilLive(page);
  await expect(page.getByRole('heading', { name: 'Network report', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Network report' });
  const example = table.getByRole('columnheader', { name: /Site Coordinator CoP — Example Region/ });
  await expect(example).toContainText('2 meetings, 41 sheets');
  await expect(table.getByRole('columnheader', { name: 'All chosen' })).toBeVisible();
  // The shipped evaluation's rating lines up across communities by its key, whatever their focus.
  await expect(table.getByRole('row', { name: /^My knowledge of/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  // Leaving the example out takes its column away.
  await page.getByRole('checkbox', { name: 'Site Coordinator CoP — Example Region' }).uncheck();
  await expect(example).toHaveCount(0);
});

/** Every question of a form's items answered with its first point or a blank. */
function answers(items: { id: string; kind: string }[]) {
  const point = { type: 'point', point: 1 };
  return items.flatMap(({ id, kind }) => {
    if (kind === 'retrospective') return [{ field: `${id}:before`, value: point }, { field: `${id}:now`, value: { type: 'point', point: 3 } }];
    if (kind === 'heading' || kind === 'instructions') return [];
    if (kind === 'multipleChoice') return [{ field: id, value: { type: 'points', points: [1] } }];
    if (kind === 'shortText' || kind === 'comment') return [{ field: id, value: { type: 'missing', code: 'blank' } }];
    return [{ field: id, value: point }];
  });
}

test('a community’s evaluations leave as one file and join the network report on another machine', async ({ page }) => {
  const name = uniqueName('Region North');
  const community = await rpc(page, 'community.create', { name });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Kick-off', date: '2027-01-20', startTime: '09:00', endTime: '12:00' },
  });
  const form = await rpc(page, 'form.create', { meetingId: meeting.id, source: { from: 'template', key: 'cop-meeting', lang: 'en' } });
  await rpc(page, 'print.form', { formId: form.id, copies: 2, paper: 'letter' });
  await rpc(page, 'entry.save', { meetingId: meeting.id, serial: 'M1-001', pass: 1, answers: answers(form.items) });

  await page.goto(`/#/c/${community.id}/report`);
  await waitUntilLive(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export evaluations' }).click()]);
  expect(file.suggestedFilename()).toBe(`Evaluations - ${name}.json`);
  const json = await readFile(await file.path(), 'utf8');
  await expect(page.getByRole('status').filter({ hasText: 'Evaluation file saved: one form and 2 sheets' })).toBeVisible();
  const [table] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Table (CSV)' }).click()]);
  expect(table.suggestedFilename()).toBe(`Evaluations across meetings - ${name}.csv`);
  expect(await readFile(await table.path(), 'utf8')).toMatch(/^\uFEFFMeeting or community,Based on,Question,Figure,/);

  await page.goto('/#/network');
  await waitUntilLive(page);
  await page.getByRole('button', { name: "Import a community's evaluations…" }).click();
  const dialog = page.getByRole('dialog', { name: "Import a community's evaluations" });
  const picker = dialog.getByLabel('Community evaluations file (.json)');
  await picker.setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(dialog.getByText(`Already here: “${name}”.`)).toBeVisible();
  await expect(dialog.getByText('Nothing new: this machine already has everything in the file.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import the evaluations' })).toHaveCount(0);
  await picker.setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(withNewIds(json)) });
  await expect(dialog.getByText(`New here: the community “${name}”.`)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'One meeting new here:' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Import the evaluations' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Evaluations of “${name}” imported` })).toBeVisible();
  const pooled = page.getByRole('table', { name: 'Network report' }).getByRole('columnheader', { name: new RegExp(name) });
  await expect(pooled).toHaveCount(2);
  await expect(pooled.last()).toContainText('1 meeting, 1 sheet');
});
