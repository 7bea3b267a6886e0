// The first slice as a facilitator uses it in a browser: the example community, a new
// community with members, a meeting, check-in at the door, and a reload.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, uniqueName, waitUntilLive } from './helpers';

const EXAMPLE = 'Site Coordinator CoP — Example Region';

test('a fresh start shows the example community, and its screens pass an accessibility scan', async ({ page }) => {
  // Six full-page accessibility scans, one of a 24-member check-in list: more than the
  // default 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Convene' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Communities' }).getByRole('link', { name: new RegExp(EXAMPLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(6);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Members (24)' }).click();
  await expect(page.getByRole('row', { name: /María Peña/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Meetings (5)' }).click();
  await page.getByRole('link', { name: 'Creating the cohort: Quality Standards and CQI' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Attendance/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '22 present' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Edit meeting' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit meeting' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('create a community, add members, schedule a meeting, check people in, reload', async ({ page }) => {
  const community = uniqueName('Youth Worker CoP — Eastside');
  await page.goto('/');
  await page.getByRole('button', { name: 'New community' }).click();
  const create = page.getByRole('dialog', { name: 'New community' });
  await create.getByLabel('Name').fill(community);
  await create.getByLabel('Cohort').fill('2027 cohort');
  await create.getByRole('button', { name: 'Create community' }).click();
  await expect(page.getByRole('heading', { level: 1, name: community })).toBeVisible();

  await page.getByRole('link', { name: /^Members/ }).click();
  for (const [name, role] of [['Niños Peña', 'Youth Worker'], ['Ana Año', 'Staff Leader']]) {
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add member' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Role').fill(role);
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }

  // A duplicate is refused, with the sentence attached to the Name field.
  await page.getByRole('button', { name: 'Add member' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Add member' });
  await duplicate.getByLabel('Name').fill('ana año');
  await duplicate.getByRole('button', { name: 'Add member' }).click();
  await expect(duplicate.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(duplicate.getByLabel('Name')).toHaveAccessibleDescription('“Ana Año” is already a member of this community.');
  await duplicate.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: 'Members (2)' })).toBeVisible();

  await page.getByRole('link', { name: /^Meetings/ }).click();
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  const schedule = page.getByRole('dialog', { name: 'Schedule meeting' });
  await schedule.getByLabel('Title').fill('Kick-off: what quality looks like');
  await schedule.getByLabel('Place in the series').fill('Meeting 1');
  await schedule.getByLabel('Date').fill('2027-03-10');
  await schedule.getByLabel('Starts').fill('10:00');
  await schedule.getByLabel('Ends').fill('09:00');
  await schedule.getByRole('button', { name: 'Schedule meeting' }).click();
  await expect(schedule.getByLabel('Ends')).toHaveAccessibleDescription(/ends at 09:00 but starts at 10:00/);
  await schedule.getByLabel('Ends').fill('14:30');
  await schedule.getByRole('button', { name: 'Schedule meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kick-off: what quality looks like' })).toBeVisible();
  await page.getByRole('link', { name: /^Attendance/ }).click();

  // Check-in at the door: type part of a name, Enter; set another row directly.
  const find = page.getByLabel(/Find a name/);
  await find.fill('niños');
  await find.press('Enter');
  await expect(page.getByRole('radiogroup', { name: /Niños Peña/ }).getByRole('radio', { name: 'Present' })).toBeChecked();
  await expect(find).toHaveValue('');
  await page.getByRole('radiogroup', { name: /Ana Año/ }).getByRole('radio', { name: 'Excused' }).check();
  const counts = page.getByRole('status').filter({ hasText: 'present' });
  await expect(counts).toHaveText(/1 present · 1 excused/);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kick-off: what quality looks like' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: /Niños Peña/ }).getByRole('radio', { name: 'Present' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: /Ana Año/ }).getByRole('radio', { name: 'Excused' })).toBeChecked();
  await page.getByRole('link', { name: community }).first().click();
  await expect(page.getByRole('row', { name: /Kick-off/ })).toContainText('1 of 2 present');
});

test('a second window sees changes made in the first without reloading', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Communities' }).getByRole('link', { name: new RegExp(EXAMPLE) }).click();
  await page.getByRole('link', { name: /^Members/ }).click();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('row', { name: /María Peña/ })).toBeVisible();
  await waitUntilLive(other);

  const name = uniqueName('Jordan Live');
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Add member' }).click();

  await expect(other.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  await expect(other.getByRole('navigation', { name: 'Communities' })).toContainText('25 members');
});

test('deleting a member with recorded attendance says so before anything is lost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Communities' }).getByRole('link', { name: new RegExp(EXAMPLE) }).click();
  await page.getByRole('link', { name: /^Members/ }).click();
  await page.getByRole('button', { name: 'Delete Tomás Herrera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete member' });
  await expect(dialog).toContainText('attendance recorded for 2 meetings');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('row', { name: /Tomás Herrera/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Tomás Herrera' }).click();
  await page.getByRole('dialog', { name: 'Delete member' }).getByRole('button', { name: 'Delete member' }).click();
  await expect(page.getByRole('row', { name: /Tomás Herrera/ })).toHaveCount(0);
});
