// A member's development plan, kept between meetings: set a goal from their worksheet
// with the keyboard, change it (what it said before stays readable), record a check-in;
// a check-in dated after today is refused in words. The page passes axe.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

test('plan a goal, change it and record a check-in', async ({ page }) => {
  const community = await rpc(page, 'community.create', { name: uniqueName('Plans CoP') });
  await rpc(page, 'member.create', { communityId: community.id, fields: { name: 'Ana Ruiz', site: 'Oak Elementary' } });

  await page.goto(`/#/c/${community.id}/members`);
  await waitUntilLive(page);
  await page.getByRole('link', { name: 'Ana Ruiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeVisible();
  await expect(page.getByText('No goals yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Add a goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a goal' });
  await expect(dialog.getByLabel('Goal')).toBeFocused();
  await page.keyboard.type('Start a youth council');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Families ask for a say.');
  await dialog.getByLabel('Quality Standard it serves').selectOption({ label: 'Youth Voice and Leadership' });
  await dialog.getByRole('button', { name: 'Add a step' }).click();
  await dialog.getByLabel('Step', { exact: true }).fill('Survey the youth');
  await dialog.getByLabel('By').fill('2026-10-30');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Add a goal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Goal saved' })).toBeVisible();
  const goal = page.getByRole('article', { name: 'Start a youth council' });
  await expect(goal).toContainText('Serves: Youth Voice and Leadership');
  await expect(goal).toContainText('Survey the youth');

  await goal.getByRole('button', { name: 'Edit the goal “Start a youth council”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit goal' });
  await edit.getByLabel('Goal').fill('Run the youth council monthly');
  await edit.getByLabel('Status').selectOption({ label: 'Achieved' });
  await edit.getByRole('button', { name: 'Save changes' }).click();
  const changed = page.getByRole('article', { name: 'Run the youth council monthly' });
  await expect(changed).toContainText('Achieved');
  await changed.getByText('What it said before (1 earlier version)').click();
  await expect(changed).toContainText('Start a youth council');

  const checkin = page.getByRole('form', { name: 'Record a check-in' });
  await checkin.getByLabel('With whom').fill('Ben (growth coach)');
  await checkin.getByLabel('What moved').fill('Council members chosen.');
  await checkin.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Check-ins between meetings' }).getByRole('listitem')).toContainText('Council members chosen.');

  await checkin.getByLabel('Date').fill('2999-01-01');
  await checkin.getByLabel('What moved').fill('Time travel.');
  await checkin.getByRole('button', { name: 'Save check-in' }).click();
  await expect(checkin.getByText('cannot be dated 2999-01-01')).toBeVisible();
  await expectNoAxeViolations(page);
});
