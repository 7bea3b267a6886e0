// The activity library as a facilitator uses it: finding an activity by words and
// facets, reading it, adding it to a meeting, writing an own activity, the bin and undo,
// and sharing library files both ways.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, uniqueName, waitUntilLive } from './helpers';

async function openLibrary(page: Page) {
  await page.goto('/#/library');
  await waitUntilLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Activity library' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ activit/ })).toBeVisible();
}

const results = (page: Page) => page.getByRole('region', { name: /Activities|In the bin/ });
const card = (page: Page, name: string) => results(page).getByRole('link', { name, exact: true });

test('search narrows the list as you type, and the facets filter it', async ({ page }) => {
  await openLibrary(page);
  await expect(card(page, 'Human Knot')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Search activities').pressSequentially('marshmallow');
  await expect(card(page, 'Marshmallow Challenge')).toBeVisible();
  await expect(card(page, 'Human Knot')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '1 activity' })).toBeVisible();
  await page.getByLabel('Search activities').fill('');

  await page.getByLabel('Space').selectOption({ label: 'Virtual' });
  await expect(card(page, 'Virtual Scavenger Hunt')).toBeVisible();
  await expect(card(page, 'Marshmallow Challenge')).toHaveCount(0);
  await expect(results(page).getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(1);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByLabel('Space')).toHaveValue('');
  await expect(card(page, 'Marshmallow Challenge')).toBeVisible();
  await page.getByLabel('No materials needed').check();
  await expect(card(page, 'Zip Zap Boing')).toBeVisible();
  await expect(card(page, 'Marshmallow Challenge')).toHaveCount(0);

  await page.getByLabel('Physical contact at most').selectOption({ label: 'No contact' });
  await page.getByLabel('Fits in (minutes)').fill('8');
  await expect(card(page, 'Warm-Up Stretch Circle')).toBeVisible();
  await page.getByLabel('Fits in (minutes)').fill('2');
  await expect(page.getByText('No activity matches your search.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(card(page, 'Marshmallow Challenge')).toBeVisible();
});

test('an activity shows its steps and debrief, and goes onto a meeting’s agenda to be rated', async ({ page }) => {
  await openLibrary(page);
  await card(page, 'Marshmallow Challenge').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marshmallow Challenge' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'Steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(5);
  await expect(steps.getByRole('listitem').nth(2)).toContainText('Build for 18 minutes');
  await expect(steps.getByRole('listitem').nth(2)).toContainText('18 min · Small groups');
  const debrief = page.getByRole('region', { name: 'Debrief' });
  await expect(debrief.getByRole('heading', { name: /So what\?/ })).toBeVisible();
  await expect(debrief).toContainText('When did your team first put the marshmallow on top?');
  await expect(page.getByRole('region', { name: 'Materials' })).toContainText('20 sticks per group');
  await expectNoAxeViolations(page);

  const favourite = page.getByRole('button', { name: /^Favourite/ });
  await expect(favourite).toHaveAttribute('aria-pressed', 'false');
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Add to a meeting…' }).click();
  const dialog = page.getByRole('dialog', { name: /to a meeting/ });
  // Other tests may have added communities; choose the example one by name.
  await dialog.getByLabel('Community').selectOption({ label: 'Site Coordinator CoP — Example Region' });
  const meeting = dialog.getByLabel('Meeting');
  const option = await meeting.locator('option', { hasText: 'The future of CQI' }).textContent();
  await meeting.selectOption({ label: option ?? '' });
  await dialog.getByLabel('Minutes to plan (optional)').fill('40');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Add to agenda' }).click();
  await expect(dialog.getByRole('status')).toContainText('Added Marshmallow Challenge to the end of the agenda for The future of CQI');
  await dialog.getByRole('link', { name: 'Open that meeting’s agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The future of CQI' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Marshmallow Challenge' })).toContainText('40 min');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Marshmallow Challenge' })).toBeVisible();
  const usage = page.getByRole('region', { name: 'Usage history' });
  await expect(usage.getByRole('row', { name: /The future of CQI/ })).toContainText('Not rated');
  await usage.getByRole('group', { name: /The future of CQI/ }).locator('label', { hasText: '4 of 5' }).click();
  await expect(usage.getByRole('row', { name: /The future of CQI/ })).toContainText('4 of 5');
  await page.reload();
  const rating = page.getByRole('region', { name: 'Usage history' }).getByRole('group', { name: /The future of CQI/ });
  await expect(rating.getByRole('radio', { name: '4 of 5' })).toBeChecked();
  await expect(page.getByRole('button', { name: /^Favourite/ })).toHaveAttribute('aria-pressed', 'true');
});

test('write your own activity, fix a mistake, copy it, and delete it with undo', async ({ page }) => {
  const name = uniqueName('Pass the Question');
  await openLibrary(page);
  await page.getByRole('button', { name: 'New activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New activity' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByLabel('Summary').fill('A question card travels around the circle; whoever holds it answers, then passes it on.');
  await page.getByRole('group', { name: /Purposes/ }).getByLabel('Reflection').check();
  await page.getByLabel('Shortest time (minutes)').fill('20');
  await page.getByLabel('Longest time (minutes)').fill('10');
  await page.getByRole('group', { name: 'Step 1' }).getByLabel('What happens').fill('Stand in a circle and hand the first card to a volunteer.');
  await page.getByRole('button', { name: 'Add step' }).click();
  const second = page.getByRole('group', { name: 'Step 2' });
  await expect(second.getByLabel('What happens')).toBeFocused();
  await second.getByLabel('What happens').fill('Each person answers in a sentence and passes the card on.');
  await second.getByLabel('Minutes').fill('10');
  await second.getByLabel('Grouping').selectOption({ label: 'Pairs' });
  await page.getByRole('button', { name: 'Add material' }).click();
  const material = page.getByRole('group', { name: 'Material 1' });
  await material.getByLabel('What').fill('Question cards');
  await material.getByLabel('Quantity').fill('3');
  await material.getByLabel('For').selectOption({ label: 'Each group' });
  await page.getByLabel('So what? (what it means)').fill('What surprised you?\n\nWhat did you hear twice?');
  await page.getByRole('button', { name: 'Add to library' }).click();

  const longest = page.getByLabel('Longest time (minutes)');
  await expect(longest).toHaveAttribute('aria-invalid', 'true');
  await expect(longest).toHaveAccessibleDescription(/longest running time must be from 20/);
  await expect(longest).toBeFocused();
  await longest.fill('30');
  await page.getByRole('button', { name: 'Add to library' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Your activity')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Steps' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Steps' })).toContainText('10 min · Pairs');
  await expect(page.getByRole('region', { name: 'Materials' })).toContainText('3 per group');
  await expect(page.getByRole('region', { name: 'Debrief' }).getByRole('listitem')).toHaveText(['What surprised you?', 'What did you hear twice?']);

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit “${name}”` })).toBeVisible();
  await page.getByRole('group', { name: 'Step 2' }).getByRole('button', { name: 'Move step 2 up' }).click();
  await page.getByLabel('Notes').fill('Works best after lunch.');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByRole('region', { name: 'Steps' }).getByRole('listitem').first()).toContainText('Each person answers');
  await expect(page.getByRole('region', { name: 'Your notes' })).toContainText('Works best after lunch.');

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} (copy)` })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'In the bin.' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toBeVisible();

  // Deleted for good this time: it waits in the bin, from where it can come back.
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(banner).toBeVisible();
  await page.getByRole('link', { name: 'Activity library' }).first().click();
  await page.getByLabel('Search activities').fill(name);
  await expect(card(page, name)).toBeVisible();
  await expect(card(page, `${name} (copy)`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Bin' }).click();
  await expect(page.getByRole('button', { name: 'Bin' })).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, `${name} (copy)`)).toBeVisible();
  await page.getByRole('button', { name: `Restore ${name} (copy)` }).click();
  await expect(page.getByText('Nothing in the bin matches your search.')).toBeVisible();
  await page.getByRole('button', { name: 'Bin' }).click();
  await expect(card(page, `${name} (copy)`)).toBeVisible();
});

function libraryFile(names: string[]): string {
  const activity = (name: string) => ({
    name,
    summary: 'Pairs share a small win from their site this month.',
    purposes: ['reflection'],
    stage: 'opener',
    minMinutes: 5,
    maxMinutes: 10,
    setupMinutes: 0,
    minGroup: 2,
    maxGroup: 60,
    groupSize: 2,
    space: 'either',
    intensity: 'low',
    contact: 'none',
    disclosure: 'low',
    materials: [],
    steps: [{ text: 'Find a partner and share one win.', minutes: 5, grouping: 'pairs' }],
    debrief: { what: [], soWhat: [], nowWhat: [] },
  });
  return JSON.stringify({ format: 'convene-activity-library', version: 1, activities: names.map(activity) });
}

test('import a shared library file after a preview that names the duplicates', async ({ page }) => {
  const fresh = uniqueName('Small Wins');
  await openLibrary(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import activities' });

  await dialog.getByLabel('Library file (.json)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('not a library') });
  await expect(dialog.getByLabel('Library file (.json)')).toHaveAccessibleDescription(/not a readable library/);

  await dialog.getByLabel('Library file (.json)').setInputFiles({
    name: 'shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(libraryFile([fresh, 'Human Knot'])),
  });
  await expect(dialog.getByRole('heading', { name: '1 new activity to add' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: fresh })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '1 activity already in your library (skipped)' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Human Knot' })).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Import 1 activity' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 activity' })).toBeVisible();
  await page.getByLabel('Search activities').fill(fresh);
  await expect(card(page, fresh)).toBeVisible();
});

test('export saves the library as a file other facilitators can import', async ({ page }) => {
  await openLibrary(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export library' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.format).toBe('convene-activity-library');
  const names = file.activities.map((a: { name: string }) => a.name);
  expect(names).toContain('Marshmallow Challenge');
  expect(names.length).toBeGreaterThanOrEqual(34);
  await expect(page.getByRole('status').filter({ hasText: 'Library file saved' })).toBeVisible();
});
