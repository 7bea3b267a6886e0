// Reflection worksheets as a facilitator keeps them: add one from the shipped worksheets
// and make it the community's own, have a meeting's reflection item hand it out, and print
// a copy for every member from the meeting page. A worksheet with nothing to answer is
// refused in words, pointing at the prompt. The pages pass axe.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

test('add a worksheet from a template, hand it out at a meeting and print it for each member', async ({ page, context }) => {
  const community = await rpc(page, 'community.create', { name: uniqueName('Worksheets CoP') });
  for (const name of ['Ana Ruiz', 'Ben Ortiz']) {
    await rpc(page, 'member.create', { communityId: community.id, fields: { name, site: 'Oak Elementary' } });
  }
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Closing the year', date: '2027-05-12', startTime: '09:00', endTime: '12:00' },
  });
  await rpc(page, 'agenda.add', { meetingId: meeting.id, fields: { title: 'Reflection', kind: 'reflection', plannedMinutes: 15 } });

  await page.goto(`/#/c/${community.id}/worksheets`);
  await waitUntilLive(page);
  await expect(page.getByText('No worksheets yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add from the shipped worksheets' }).click();
  const choose = page.getByRole('dialog', { name: 'Add from the shipped worksheets' });
  await choose.getByRole('radio', { name: /Site CQI plan/ }).check();
  await choose.getByRole('radio', { name: /End-of-meeting reflection/ }).check();
  await expectNoAxeViolations(page);
  await choose.getByRole('button', { name: 'Use this worksheet' }).click();

  const editor = page.getByRole('dialog', { name: 'New worksheet' });
  await expect(editor.getByLabel('Title')).toBeFocused();
  await expect(editor.getByLabel('Title')).toHaveValue('Reflection');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Closing reflection');
  const second = editor.getByRole('group', { name: 'Prompt 2' });
  await second.getByRole('textbox', { name: 'Prompt', exact: true }).fill('What will I try with my youth council, and by when?');
  await second.getByRole('spinbutton', { name: 'Lines to write on' }).fill('6');
  await expectNoAxeViolations(page);
  await editor.getByRole('button', { name: 'Save worksheet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Closing reflection' })).toBeVisible();
  const listed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Closing reflection' }) });
  await expect(listed).toContainText('English · 4 prompts');

  // Headings alone leave nothing to answer: refused, and nothing saved.
  await page.getByRole('button', { name: 'New worksheet' }).click();
  const blank = page.getByRole('dialog', { name: 'New worksheet' });
  await blank.getByLabel('Title').fill('Only a heading');
  const only = blank.getByRole('group', { name: 'Prompt 1' });
  await only.getByLabel('Answered with').selectOption({ label: 'A section heading' });
  await only.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Before you go');
  await blank.getByRole('button', { name: 'Save worksheet' }).click();
  await expect(blank.getByText('headings alone leave nothing to answer')).toBeVisible();
  await blank.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Only a heading' })).toHaveCount(0);

  await page.goto(`/#/c/${community.id}/m/${meeting.id}`);
  await page.getByRole('button', { name: 'Edit Reflection' }).click();
  const item = page.getByRole('dialog', { name: 'Edit agenda item' });
  await item.getByLabel('Worksheet handed out').selectOption({ label: 'Closing reflection' });
  await item.getByRole('button', { name: 'Save item' }).click();
  await expect(page.getByText('Hands out: Closing reflection')).toBeVisible();
  await expectNoAxeViolations(page);

  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Worksheets for each member' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  const head = await tab.evaluate(async (url) => {
    const buffer = await (await fetch(url)).arrayBuffer();
    return Array.from(new Uint8Array(buffer.slice(0, 5)));
  }, tab.url());
  expect(String.fromCharCode(...head)).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'Worksheets PDF ready' })).toBeVisible();

  await page.goto(`/#/c/${community.id}/worksheets`);
  await expect(listed).toContainText('handed out by 1 agenda item');
});
