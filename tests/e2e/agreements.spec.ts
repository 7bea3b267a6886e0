// Community agreements in a browser: revising them (a new version each time, from a
// template), a refused save, the check-in at a meeting's close, the printed poster, and
// the projector's reminder before a teambuilding activity.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

const PLAY = [
  { label: 'Play Safe', statements: ['Look after physical and emotional safety.'], practice: '' },
  { label: 'Play Fair', statements: ['Keep to the rules.'], practice: '' },
  { label: 'Play Hard', statements: ['Be fully here, and commit.'], practice: '' },
];

/** A community with two meetings and version 1 of its agreements, adopted at the first. */
async function communityWithAgreements(page: Page) {
  const community = await rpc(page, 'community.create', { name: uniqueName('Agreements CoP') });
  const first = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Kick-off', date: '2027-01-20', startTime: '09:00', endTime: '12:00' },
  });
  const second = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Second gathering', date: '2027-03-17', startTime: '09:00', endTime: '12:00' },
  });
  await rpc(page, 'agreements.adopt', { communityId: community.id, meetingId: first.id, items: PLAY });
  return { communityId: community.id as string, first: first.id as string, second: second.id as string };
}

test('revise the agreements from a template: version 2 is in force and version 1 is kept', async ({ page }) => {
  const { communityId } = await communityWithAgreements(page);
  await page.goto(`/#/c/${communityId}/agreements`);
  await expect(page.getByText('Version 1 · adopted at Kick-off, Wed, Jan 20, 2027')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Play Safe' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Revise agreements' }).click();
  await expect(page.getByRole('heading', { name: 'Revise the agreements' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Agreement 1', exact: true }).getByLabel('Label')).toHaveValue('Play Safe');

  await page.getByText('Start from a template instead').click();
  await page.getByRole('button', { name: 'Use this set: Step up · Step back' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Filled in from “Step up · Step back”' })).toBeVisible();
  const second = page.getByRole('group', { name: 'Agreement 2', exact: true });
  await expect(second.getByLabel('Label')).toHaveValue('Step back');
  await second.getByLabel('Label').fill('Make room');

  // Reorder by keyboard: the moved agreement keeps the focus.
  await page.getByRole('button', { name: 'Move Make room up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Agreement 1', exact: true }).getByLabel('Label')).toHaveValue('Make room');
  await expect(page.getByRole('button', { name: 'Move Make room down' })).toBeFocused();

  // Remove one, undo it.
  await page.getByRole('button', { name: 'Remove Build on each other' }).click();
  await expect(page.getByRole('group', { name: /^Agreement \d+$/ })).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('group', { name: /^Agreement \d+$/ })).toHaveCount(4);
  await expect(page.getByRole('group', { name: 'Agreement 3', exact: true }).getByLabel('Label')).toHaveValue('Build on each other');
  await expectNoAxeViolations(page);

  await page.getByLabel('Adopted at').selectOption({ label: 'Second gathering · Wed, Mar 17, 2027' });
  await page.getByRole('button', { name: 'Save as version 2' }).click();

  await expect(page.getByText('Version 2 · adopted at Second gathering, Wed, Mar 17, 2027')).toBeVisible();
  const inForce = page.getByRole('region', { name: 'Agreements in force' });
  await expect(inForce.getByRole('heading', { level: 3 })).toHaveText(['Make room', 'Step up', 'Build on each other', 'Stories stay, lessons travel']);
  await expect(inForce).toContainText('If you tend to speak first or often, leave room for others.');

  const history = page.getByRole('region', { name: 'Earlier versions' });
  const older = history.getByText('Version 1 · adopted at Kick-off, Wed, Jan 20, 2027');
  await expect(older).toBeVisible();
  await expect(history.getByRole('heading', { name: 'Play Safe' })).toBeHidden();
  await older.click();
  await expect(history.getByRole('heading', { name: 'Play Safe' })).toBeVisible();
  await expectNoAxeViolations(page);

  // It survives a reload: the new version is what the core keeps in force.
  await page.reload();
  await expect(page.getByText('Version 2 · adopted at Second gathering, Wed, Mar 17, 2027')).toBeVisible();
});

test('an agreement without a label is refused next to its field, and nothing is saved', async ({ page }) => {
  const { communityId } = await communityWithAgreements(page);
  await page.goto(`/#/c/${communityId}/agreements`);
  await page.getByRole('button', { name: 'Revise agreements' }).click();
  const label = page.getByRole('group', { name: 'Agreement 2', exact: true }).getByLabel('Label');
  await label.fill('   ');
  await page.getByRole('button', { name: 'Save as version 2' }).click();

  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(label).toBeFocused();
  await expect(label).toHaveAccessibleDescription(/Agreement 2's label cannot be empty\./);
  await expect(page.getByRole('group', { name: 'Agreement 2', exact: true })).toContainText("Agreement 2's label cannot be empty.");
  await expect(page.getByRole('group', { name: 'Agreement 1', exact: true }).getByLabel('Label')).not.toHaveAttribute('aria-invalid', 'true');

  const saved = await rpc(page, 'agreements.get', { communityId });
  expect(saved.versions).toHaveLength(1);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Version 1 · adopted at Kick-off, Wed, Jan 20, 2027')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agreements in force' }).getByRole('heading', { name: 'Play Fair' })).toBeVisible();
});

test('a community without agreements starts from a template', async ({ page }) => {
  const community = await rpc(page, 'community.create', { name: uniqueName('New cohort') });
  await page.goto(`/#/c/${community.id}/agreements`);
  await expect(page.getByText('has no agreements yet')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Use this set: Play Safe · Play Fair · Play Hard' }).click();
  await expect(page.getByRole('group', { name: 'Agreement 3', exact: true }).getByLabel('Label')).toHaveValue('Play Hard');
  await page.getByRole('button', { name: 'Save as version 1' }).click();
  await expect(page.getByText('Version 1 · not adopted at a meeting')).toBeVisible();
});

test('record the agreements check-in; it is still there after a reload', async ({ page }) => {
  const { communityId, first } = await communityWithAgreements(page);
  await page.goto(`/#/c/${communityId}/m/${first}/checkin`);
  await expect(page.getByText('1 = we struggled · 5 = we lived it')).toBeVisible();
  const safe = page.getByRole('group', { name: 'Play Safe' });
  await expect(safe.getByRole('radio', { name: 'Not rated' })).toBeChecked();
  await safe.getByRole('radio', { name: '4', exact: true }).check();
  // The keyboard works too: arrow keys move within a radio group.
  await page.getByRole('group', { name: 'Play Fair' }).getByRole('radio', { name: '1', exact: true }).check();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'Play Fair' }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect(page.getByText('You have ratings that are not saved yet.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('✓ Saved: 2 of 3 agreements rated.')).toBeVisible();

  await page.reload();
  await waitUntilLive(page);
  await expect(page.getByRole('group', { name: 'Play Safe' }).getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Play Fair' }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Play Hard' }).getByRole('radio', { name: 'Not rated' })).toBeChecked();
  const checkin = await rpc(page, 'agreements.checkin', { meetingId: first });
  expect(checkin.items.map((i: { score: number | null }) => i.score)).toEqual([4, 3, null]);
});

test('a meeting of a community without agreements points to where to write them', async ({ page }) => {
  const community = await rpc(page, 'community.create', { name: uniqueName('No agreements yet') });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'First one', date: '2027-01-20', startTime: '09:00', endTime: '12:00' },
  });
  await page.goto(`/#/c/${community.id}/m/${meeting.id}/checkin`);
  await page.getByRole('link', { name: "Write the community's agreements" }).click();
  await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
});

test('the agreements poster opens as a PDF', async ({ page, context }) => {
  const { communityId } = await communityWithAgreements(page);
  await page.goto(`/#/c/${communityId}/agreements`);
  await page.getByLabel('Paper').selectOption('a4');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Poster (PDF)' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  const bytes = await tab.evaluate(async (url) => {
    const buffer = await (await fetch(url)).arrayBuffer();
    return Array.from(new Uint8Array(buffer.slice(0, 5)));
  }, tab.url());
  expect(String.fromCharCode(...bytes)).toBe('%PDF-');
});

test('before a teambuilding activity the projector reminds the room of the agreements and safety', async ({ page, context }) => {
  const { communityId, second } = await communityWithAgreements(page);
  await rpc(page, 'agenda.add', { meetingId: second, fields: { title: 'Welcome', kind: 'welcome', plannedMinutes: 10 } });
  const found = await rpc(page, 'activity.search', { query: 'Human Knot' });
  const knot = found.activities.find((a: { name: string }) => a.name === 'Human Knot');
  const agenda = await rpc(page, 'agenda.addActivity', { meetingId: second, activityId: knot.id, minutes: 20 });
  const item = agenda.items[1].item;
  await rpc(page, 'agenda.update', {
    id: item.id,
    fields: { title: item.title, kind: item.kind, plannedMinutes: item.plannedMinutes, description: item.description, activityId: item.activityId, safetyMonitor: 'Dana Whitfield' },
  });
  const activity = await rpc(page, 'activity.get', { id: knot.id });

  await page.goto(`/#/c/${communityId}/m/${second}/run`);
  await waitUntilLive(page);
  const projector = await context.newPage();
  await projector.goto(`/projector?meeting=${second}`);
  await waitUntilLive(projector);

  // Start with Space and move on with →, from the control view's keyboard.
  await page.locator('body').press('Space');
  await expect(page.getByRole('heading', { name: 'Welcome', exact: true })).toBeVisible();
  await page.locator('body').press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Human Knot', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Projector is showing the agreements reminder for Human Knot — press Next (→) to start the activity.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start activity →' })).toBeVisible();

  const reminder = projector.getByRole('region', { name: 'Before we start: Human Knot' });
  await expect(reminder).toBeVisible();
  await expect(reminder.getByRole('heading', { name: 'Play Safe' })).toBeVisible();
  await expect(reminder).toContainText('Look after physical and emotional safety.');
  await expect(reminder).toContainText('Safety monitor: Dana Whitfield');
  await expect(reminder.getByRole('region', { name: 'You can opt out' })).toContainText(activity.fields.optOut);
  await expect(reminder.getByRole('region', { name: 'Safety' })).toContainText(activity.fields.safety);
  await expect(reminder).toContainText('Starts when the facilitator moves on');
  await expectNoAxeViolations(projector);

  // The clicker's next dismisses the reminder; the countdown takes its place.
  await projector.locator('body').press('PageDown');
  await expect(reminder).toHaveCount(0);
  await expect(projector.getByRole('heading', { name: 'Human Knot', exact: true })).toBeVisible();
  await expect(projector.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Human Knot', exact: true })).toBeVisible();

  // At the end, the control view leads to the check-in.
  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('link', { name: 'Record the agreements check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Agreements check-in' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Play Safe' })).toBeVisible();
});
