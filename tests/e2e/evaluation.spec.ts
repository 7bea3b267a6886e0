// A meeting's evaluation forms in a browser: the example meeting's evaluation, printing
// numbered sheets (their serials are then accounted for), and a second form in Spanish.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive, withNewIds } from './helpers';

/** A meeting of a new community, with the shipped meeting evaluation. */
async function meetingWithForm(page: Page) {
  const community = await rpc(page, 'community.create', { name: uniqueName('Evaluation CoP'), focus: 'the Quality Standards.' });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Kick-off', date: '2027-01-20', startTime: '09:00', endTime: '12:00', expectedAttendance: 24 },
  });
  return { communityId: community.id as string, meetingId: meeting.id as string };
}

test('add the meeting evaluation, print numbered sheets, and see them counted', async ({ page, context }) => {
  const { communityId, meetingId } = await meetingWithForm(page);
  await page.goto(`/#/c/${communityId}/m/${meetingId}`);
  await waitUntilLive(page);
  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(page.getByText('This meeting has no evaluation form yet.')).toBeVisible();

  await page.getByLabel('Start from').selectOption({ label: 'Meeting evaluation' });
  await page.getByRole('button', { name: 'Add form' }).click();
  const form = page.getByRole('article', { name: 'Meeting evaluation' });
  await expect(form).toContainText('My knowledge of the Quality Standards');
  await expect(form).toContainText('Before today and now: Low, Medium, or High');
  await expect(form).toContainText('English · version 1 · 6 questions');
  await expectNoAxeViolations(page);

  const copies = form.getByLabel('Sheets to print');
  await expect(copies).toHaveValue('24');
  await copies.fill('3');
  const [tab] = await Promise.all([context.waitForEvent('page'), form.getByRole('button', { name: 'Print numbered sheets' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  await expect(page.getByRole('status').filter({ hasText: '3 sheets printed for this meeting: M1-001–M1-003' })).toBeVisible();

  // A printed form is kept for the sheets it went out on.
  await form.getByRole('button', { name: 'Delete form' }).click();
  await expect(page.getByRole('alert')).toContainText('This form has 3 printed sheets, so it is kept');
  await expect(form).toBeVisible();
});

test('a second form in Spanish sits beside the first', async ({ page }) => {
  const { communityId, meetingId } = await meetingWithForm(page);
  await page.goto(`/#/c/${communityId}/m/${meetingId}/evaluation`);
  await waitUntilLive(page);
  await page.getByLabel('Language of the sheet').selectOption('es');
  await page.getByLabel('Start from').selectOption({ label: 'Evaluación al final de la serie' });
  await page.getByRole('button', { name: 'Add form' }).click();
  const form = page.getByRole('article', { name: 'Evaluación al final de la serie' });
  await expect(form).toContainText('Español · version 1 · 6 questions');
  // The scale's words are shown as the sheet prints them, in the form's language.
  await expect(form).toContainText('One of: Totalmente en desacuerdo, En desacuerdo');
  await expect(form).toContainText('Mi comprensión de the Quality Standards');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Delete form' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByText('This meeting has no evaluation form yet.')).toBeVisible();
});

test('edit a form: add, duplicate and remove an item, a refusal at its field, and a new version once printed', async ({ page }) => {
  const { communityId, meetingId } = await meetingWithForm(page);
  const source = { from: 'template', key: 'cop-meeting', lang: 'en' };
  const made = await rpc(page, 'form.create', { meetingId, source });
  await page.goto(`/#/c/${communityId}/m/${meetingId}/evaluation`);
  await waitUntilLive(page);
  const card = page.getByRole('article', { name: 'Meeting evaluation' });
  await card.getByRole('button', { name: 'Edit form' }).click();
  const editor = card.getByRole('form', { name: 'Edit Meeting evaluation' });
  await editor.getByLabel('Title printed on the sheet').fill('Kick-off evaluation');

  await editor.getByRole('button', { name: 'Add an item' }).click();
  const added = editor.getByRole('group', { name: 'Item 10', exact: true });
  await added.getByLabel('Kind').selectOption({ label: 'One choice' });
  await added.getByLabel('Statement, question or heading').fill('Your role');
  await added.getByLabel('Options').fill('Site coordinator\nProgram director');
  // The preview of the printed sheet follows the editing as it happens.
  const preview = card.getByRole('figure', { name: 'The printed sheet (preview)' });
  await expect(preview).toContainText('7. Your role');
  await expect(preview).toContainText('Program director');
  await added.getByRole('button', { name: /^Duplicate/ }).click();
  await expect(editor.getByRole('group', { name: 'Item 11', exact: true }).getByLabel('Options')).toHaveValue('Site coordinator\nProgram director');
  await editor.getByRole('group', { name: 'Item 11', exact: true }).getByRole('button', { name: /^Remove/ }).click();
  await expect(editor.getByRole('group', { name: 'Item 11', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The new item is dragged by its grip to the top; holding it at the window's edge scrolls.
  const grip = added.locator('.grip');
  await grip.scrollIntoViewIfNeeded();
  const from = await grip.boundingBox();
  if (!from) throw new Error('the new item is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, 2, { steps: 8 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  const first = await editor.getByRole('group', { name: 'Item 1', exact: true }).boundingBox();
  if (!first) throw new Error('the first item is not on screen');
  await page.mouse.move(first.x + 40, first.y + 12, { steps: 4 });
  await page.mouse.up();
  await expect(editor.getByRole('group', { name: 'Item 1', exact: true }).getByLabel('Statement, question or heading')).toHaveValue('Your role');
  await expect(preview).toContainText('1. Your role');
  // Move up and down stay the keyboard's way: Enter on the focused button moves it on.
  await editor.getByRole('button', { name: 'Move Your role down' }).click();
  for (let step = 2; step < 10; step += 1) await page.keyboard.press('Enter');
  await expect(editor.getByRole('group', { name: 'Item 10', exact: true }).getByLabel('Statement, question or heading')).toHaveValue('Your role');

  // A scale of one point is refused next to its field, and nothing is saved.
  const rating = editor.getByRole('group', { name: 'Item 2', exact: true });
  await rating.getByLabel('Scale, lowest first').fill('High');
  await editor.getByRole('button', { name: 'Save form' }).click();
  await expect(rating.getByLabel('Scale, lowest first')).toHaveAccessibleDescription(/Item 2's scale has 1 point; a scale has from 3 to 5\./);
  await rating.getByLabel('Scale, lowest first').fill('Low\nMedium\nHigh');
  await editor.getByRole('button', { name: 'Save form' }).click();
  const saved = page.getByRole('article', { name: 'Kick-off evaluation' });
  await expect(saved).toContainText('English · version 1 · 7 questions');
  await expect(saved).toContainText('Your role');

  // Once sheets are printed, an edit is a new version.
  await rpc(page, 'print.form', { formId: made.id, copies: 2, paper: 'letter' });
  await saved.getByRole('button', { name: 'Edit form' }).click();
  await expect(saved.getByRole('note')).toContainText('saving makes version 2');
  await saved.getByLabel('Introduction').fill('Thank you! Your answers shape the next meeting.');
  await saved.getByRole('button', { name: 'Save form' }).click();
  await expect(saved).toContainText('English · version 2 · 7 questions');
});

test('a form copied from another meeting of the community', async ({ page }) => {
  const { communityId, meetingId } = await meetingWithForm(page);
  const source = { from: 'template', key: 'end-of-series', lang: 'es' };
  await rpc(page, 'form.create', { meetingId, source });
  const next = await rpc(page, 'meeting.create', {
    communityId,
    fields: { title: 'Closing', date: '2027-05-20', startTime: '09:00', endTime: '12:00' },
  });
  await page.goto(`/#/c/${communityId}/m/${next.id}/evaluation`);
  await waitUntilLive(page);
  await page.getByLabel('Start from').selectOption({ label: 'Kick-off: Evaluación al final de la serie (Español)' });
  await expect(page.getByText("The copy keeps the form's language")).toBeVisible();
  await page.getByRole('button', { name: 'Add form' }).click();
  const copy = page.getByRole('article', { name: 'Evaluación al final de la serie' });
  await expect(copy).toContainText('Español · version 1 · 6 questions');
});

test('a meeting’s forms and sheets exported to a file and imported into another meeting', async ({ page }) => {
  const { communityId, meetingId } = await meetingWithForm(page);
  const made = await rpc(page, 'form.create', { meetingId, source: { from: 'template', key: 'cop-meeting', lang: 'en' } });
  await rpc(page, 'print.form', { formId: made.id, copies: 2, paper: 'letter' });
  await page.goto(`/#/c/${communityId}/m/${meetingId}/evaluation`);
  await waitUntilLive(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export forms and answers' }).click()]);
  expect(download.suggestedFilename()).toBe('Evaluation - Kick-off - 2027-01-20.json');
  const json = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(json).sheets.map((s: { label: string }) => s.label)).toEqual(['M1-001', 'M1-002']);
  await expect(page.getByRole('status').filter({ hasText: 'Evaluation file saved: one form and 2 sheets' })).toBeVisible();

  const other = await meetingWithForm(page);
  await page.goto(`/#/c/${other.communityId}/m/${other.meetingId}/evaluation`);
  await waitUntilLive(page);
  await page.getByRole('button', { name: 'Import forms and answers…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import forms and answers' });
  const picker = dialog.getByLabel('Evaluation file (.json)');
  await picker.setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"convene-activity-library","version":1,"activities":[]}') });
  await expect(picker).toHaveAccessibleDescription(/This is not a Convene evaluation file/);
  await picker.setInputFiles({ name: 'evaluation.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(picker).toHaveAccessibleDescription(/The form “Meeting evaluation” belongs to another meeting here/);
  // The same file as another facilitator's machine would have written it: other ids.
  await picker.setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(withNewIds(json)) });
  await expect(dialog.getByRole('heading', { name: 'One new form' })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['Meeting evaluation', '2 new sheets']);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Import into this meeting' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: 'Meeting evaluation' })).toContainText('English · version 1 · 6 questions');
  await expect(page.getByText('2 sheets printed for this meeting: M1-001–M1-002')).toBeVisible();
});

test('a form saved as a template starts a later meeting’s form, and the template can be deleted', async ({ page }) => {
  const { communityId, meetingId } = await meetingWithForm(page);
  await rpc(page, 'form.create', { meetingId, source: { from: 'template', key: 'end-of-series', lang: 'es' } });
  const later = await rpc(page, 'meeting.create', {
    communityId,
    fields: { title: 'Spring', date: '2027-04-20', startTime: '09:00', endTime: '12:00' },
  });
  await page.goto(`/#/c/${communityId}/m/${meetingId}/evaluation`);
  await waitUntilLive(page);
  const name = uniqueName('Cierre regional');
  await page.getByRole('article').getByRole('button', { name: 'Save as template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the form as a template' });
  await dialog.getByLabel('Template name').fill('Meeting evaluation');
  await dialog.getByRole('button', { name: 'Save as template' }).click();
  await expect(dialog.getByLabel('Template name')).toHaveAccessibleDescription(/A template called “Meeting evaluation” already exists\./);
  await dialog.getByLabel('Template name').fill(name);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Saved the template “${name}”` })).toBeVisible();

  await page.goto(`/#/c/${communityId}/m/${later.id}/evaluation`);
  await waitUntilLive(page);
  await page.getByLabel('Start from').selectOption({ label: `${name} (Español)` });
  await expect(page.getByText(/Your template “Evaluación al final de la serie”/)).toBeVisible();
  await page.getByRole('button', { name: 'Add form' }).click();
  await expect(page.getByRole('article', { name: 'Evaluación al final de la serie' })).toContainText('Español · version 1');

  await page.getByLabel('Start from').selectOption({ label: `${name} (Español)` });
  await page.getByRole('button', { name: 'Delete this template' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Deleted the template “${name}”` })).toBeVisible();
  await expect(page.getByLabel('Start from').getByRole('option', { name: `${name} (Español)` })).toHaveCount(0);
});

test('a form that prints participant codes is printed one sheet per member, and entry shows the code', async ({ page, context }) => {
  const { communityId, meetingId } = await meetingWithForm(page);
  for (const name of ['Ana López', 'Ben Ortiz']) await rpc(page, 'member.create', { communityId, fields: { name } });
  await rpc(page, 'form.create', { meetingId, source: { from: 'template', key: 'end-of-series', lang: 'en' } });
  await page.goto(`/#/c/${communityId}/m/${meetingId}/evaluation`);
  await waitUntilLive(page);
  const card = page.getByRole('article');
  await card.getByRole('button', { name: 'Edit form' }).click();
  const editor = card.getByRole('form');
  // The end-of-series evaluation asks for a self-chosen code first; Convene will print it.
  const code = editor.getByRole('group', { name: 'Item 1', exact: true });
  await expect(code.getByLabel('Kind')).toHaveValue('participantCode');
  await code.getByLabel('Statement, question or heading').fill('Your participant code');
  await code.getByLabel("Print each member's code on their own sheet").check();
  await expect(card.getByRole('figure', { name: 'The printed sheet (preview)' })).toContainText('Your participant code is printed at the top left of this sheet.');
  await expectNoAxeViolations(page);
  await editor.getByRole('button', { name: 'Save form' }).click();
  await expect(card).toContainText("Each member's code, printed on their own sheet");

  await expect(card.getByLabel('Sheets for')).toHaveValue('all');
  await expect(card.getByLabel('Sheets for').getByRole('option', { selected: true })).toHaveText('Every member of the community (2)');
  const [tab] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: 'Print a sheet for each' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  await expect(page.getByRole('status').filter({ hasText: '2 sheets printed for this meeting: M1-001–M1-002' })).toBeVisible();

  await page.getByRole('link', { name: 'Enter sheets' }).click();
  await page.getByLabel('Sheet serial').fill('M1-001');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Participant code [A-Z0-9]{5}, printed on the sheet: nothing to type for it\.$/)).toBeVisible();
  await expect(page.getByLabel(/Your participant code/)).toHaveCount(0);
});
