// The heart of the product in a browser: build an agenda, run it from the control
// view, and watch a second page on /projector follow every action.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

/** A community with one empty meeting, made through the API; returns the meeting page URL. */
async function emptyMeeting(page: Page): Promise<{ url: string; meetingId: string }> {
  const community = await rpc(page, 'community.create', { name: uniqueName('Run CoP') });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Timed meeting', date: '2027-01-20', startTime: '09:00', endTime: '13:30' },
  });
  return { url: `/#/c/${community.id}/m/${meeting.id}`, meetingId: meeting.id };
}

test('build an agenda from the template, then edit, reorder, delete and undo', async ({ page }) => {
  const { url } = await emptyMeeting(page);
  await page.goto(url);
  await expect(page.getByText('This meeting has no agenda yet.')).toBeVisible();

  await page.getByLabel('Template or meeting to start from').selectOption({ label: 'Community of Practice meeting (4.5 hours) (4 h 30 min)' });
  await page.getByRole('button', { name: 'Use it' }).click();
  const items = page.getByRole('list', { name: /Agenda items/ }).getByRole('listitem');
  await expect(items).toHaveCount(11);
  await expect(page.getByRole('status').filter({ hasText: 'Fills the meeting exactly' })).toBeVisible();

  // Insert an item after the welcome: the agenda now runs over, and says so.
  await page.getByRole('button', { name: 'Insert an item after Welcome and introductions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add agenda item' });
  await dialog.getByLabel('Title').fill('Logistics and parking lot');
  await dialog.getByLabel('Kind').selectOption('other');
  await dialog.getByLabel('Minutes').fill('10');
  await dialog.getByLabel('Description for participants').fill('Where things are, and where questions go.');
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(items.nth(1)).toContainText('Logistics and parking lot');
  await expect(items.nth(1)).toContainText('9:15 AM–9:25 AM');
  await expect(page.getByRole('status').filter({ hasText: "Runs 10 min past the meeting's end (1:30 PM)." })).toBeVisible();

  // Keyboard reordering from the row's own buttons.
  await page.getByRole('button', { name: 'Edit Logistics and parking lot' }).press('Alt+ArrowDown');
  await expect(items.nth(2)).toContainText('Logistics and parking lot');

  // A fixed start that collides with the items before it is flagged.
  await page.getByRole('button', { name: 'Edit Lunch' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit agenda item' });
  await edit.getByLabel('Fixed start').fill('12:00');
  await edit.getByRole('button', { name: 'Save item' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Lunch' })).toContainText('Overlaps the item before by');

  await page.getByRole('button', { name: 'Delete Logistics and parking lot' }).click();
  await expect(items).toHaveCount(11);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(12);
  await expect(items.nth(2)).toContainText('Logistics and parking lot');
  await expectNoAxeViolations(page);

  // Save it as a template, then delete that template again.
  const templateName = uniqueName('Our long format');
  await page.getByRole('button', { name: 'Save this agenda as a template' }).click();
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await save.getByLabel('Template name').fill(templateName);
  await save.getByRole('button', { name: 'Save template' }).click();
  const picker = page.getByLabel('Template or meeting to start from');
  await expect(picker.getByRole('option', { name: new RegExp(templateName) })).toHaveCount(1);
  await picker.selectOption({ label: `${templateName} (4 h 40 min)` });
  await page.getByRole('button', { name: 'Delete this template' }).click();
  await expect(picker.getByRole('option', { name: new RegExp(templateName) })).toHaveCount(0);
});

test('run the meeting; the projector shows the same item and second and follows every action', async ({ page, context }) => {
  const { url, meetingId } = await emptyMeeting(page);
  await rpc(page, 'template.apply', { meetingId, source: { from: 'template', id: 'builtin:cop-4.5h' }, replace: true });
  await page.goto(url);
  await page.getByRole('link', { name: 'Run meeting' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);

  const projector = await context.newPage();
  await projector.goto(`/projector?meeting=${meetingId}`);
  await waitUntilLive(projector);
  await expect(projector.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  await expect(projector.getByText('Coffee, sign-in, and an overview of the day.')).toBeVisible();
  await expect(projector.getByText('Name tags and sign-in sheet at the door.')).toHaveCount(0);
  await expect
    .poll(async () => {
      const [a, b] = await Promise.all([page.getByRole('timer').textContent(), projector.getByRole('timer').textContent()]);
      return a === b ? 'same' : `${a} vs ${b}`;
    })
    .toBe('same');

  // A projector opened without naming the meeting follows the live one.
  const anyProjector = await context.newPage();
  await anyProjector.goto('/projector');
  await expect(anyProjector.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  await anyProjector.close();

  // Pause with Space in the control view: the projector says so within moments.
  await page.locator('body').press('Space');
  await expect(projector.getByText(/Paused/)).toBeVisible({ timeout: 1000 });
  await expect(page.getByText(/Paused ·/)).toBeVisible();
  const paused = await page.getByRole('timer').textContent();
  await expect(projector.getByRole('timer')).toHaveText(paused ?? '');

  // Next with a clicker's PageDown, from the projector itself.
  await projector.locator('body').press('PageDown');
  await expect(page.getByRole('heading', { name: 'Icebreaker', exact: true })).toBeVisible({ timeout: 1000 });
  await expect(projector.getByRole('heading', { name: 'Icebreaker', exact: true })).toBeVisible();
  await expect(projector.getByRole('listitem').filter({ hasText: 'Icebreaker' })).toHaveAttribute('aria-current', 'step');

  // Add a minute; blackout; a message to the room.
  await page.getByRole('button', { name: '+ 1 min' }).click();
  await expect(projector.getByRole('timer')).toHaveText('21:00');
  await page.locator('body').press('b');
  await expect(projector.getByLabel('Screen blanked')).toBeVisible({ timeout: 1000 });
  await page.locator('body').press('b');
  await expect(projector.getByLabel('Screen blanked')).toHaveCount(0);
  await page.getByLabel('Message to the room').fill('5 minutes, then share out');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(projector.getByRole('alert')).toHaveText('5 minutes, then share out');
  // Typing in the message field must not have triggered shortcuts (b, space, -).
  await expect(projector.getByRole('timer')).toHaveText('21:00');

  await expectNoAxeViolations(page);
  await expectNoAxeViolations(projector);
});

test('the projector shows the community agreements when the facilitator asks', async ({ page, context }) => {
  const communities = await rpc(page, 'community.list', { query: 'Example Region' });
  const meetings = await rpc(page, 'meeting.list', { communityId: communities[0].id });
  const meetingId = meetings[2].id;
  await page.goto(`/#/c/${communities[0].id}/m/${meetingId}/run`);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const projector = await context.newPage();
  await projector.goto(`/projector?meeting=${meetingId}`);
  await waitUntilLive(projector);
  await page.getByLabel('Show the community agreements').check();
  const slide = projector.getByRole('region', { name: 'Our community agreements' });
  await expect(slide.getByRole('heading', { name: 'Play Safe' })).toBeVisible();
  await expect(slide).toContainText('Respect yourself and everyone here.');
  await expectNoAxeViolations(projector);
  await page.getByLabel('Show the community agreements').uncheck();
  await expect(slide).toHaveCount(0);
  await page.getByRole('button', { name: 'End meeting' }).click();
});

test('after the meeting ends, Space and the clicker change nothing; starting again asks and keeps the first log', async ({ page, context }) => {
  const { url, meetingId } = await emptyMeeting(page);
  await rpc(page, 'template.apply', { meetingId, source: { from: 'template', id: 'builtin:cop-4.5h' }, replace: true });
  await page.goto(`${url}/run`);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  // Keys act on a live meeting only: wait until the control view shows it running.
  await expect(page.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  await page.locator('body').press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Icebreaker', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'End meeting' }).click();
  await expect(page.getByText('This meeting has ended.')).toBeVisible();
  const log = page.getByRole('region', { name: 'Run log' });
  await expect(log.getByRole('row')).toHaveCount(3);

  // A stray Space in the control view, and a clicker's buttons on the projector.
  await page.locator('body').press('Space');
  await expect(page.getByRole('alert')).toContainText('The meeting has ended.');
  const projector = await context.newPage();
  await projector.goto(`/projector?meeting=${meetingId}`);
  await waitUntilLive(projector);
  await projector.locator('body').press('Space');
  await projector.locator('body').press('PageDown');
  await expect(page.getByText('This meeting has ended.')).toBeVisible();
  expect((await rpc(page, 'run.get', { meetingId })).status).toBe('ended');
  await expect(log.getByRole('row')).toHaveCount(3);

  // Starting again is a question first; "Keep it ended" changes nothing.
  await page.getByRole('button', { name: 'Start again from the first item' }).click();
  const question = page.getByRole('dialog', { name: 'Start this meeting again?' });
  await expect(question).toContainText('the log of the earlier run is kept');
  await expectNoAxeViolations(page);
  await question.getByRole('button', { name: 'Keep it ended' }).click();
  expect((await rpc(page, 'run.get', { meetingId })).status).toBe('ended');

  await page.getByRole('button', { name: 'Start again from the first item' }).click();
  await question.getByRole('button', { name: 'Start run 2' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  await expect(log.getByRole('columnheader', { name: 'Run 1' })).toBeVisible();
  await expect(log.getByRole('columnheader', { name: 'Run 2' })).toBeVisible();
  await expect(log.getByRole('row')).toHaveCount(6);

  // The CSV has every run, downloaded with the name the core suggests.
  const [download] = await Promise.all([page.waitForEvent('download'), log.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Run log - 2027-01-20 - Timed meeting\.csv$/);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text.split('\r\n').filter((line) => /^[12],/.test(line)).map((line) => line[0])).toEqual(['1', '1', '2']);
});
