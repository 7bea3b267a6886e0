// Backups as a facilitator uses them: back up now, lose a community, restore the
// backup and find it back; a file that is not Convene's is refused and changes nothing.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, uniqueName, waitUntilLive } from './helpers';

async function openBackups(page: Page) {
  await page.getByRole('navigation', { name: 'Communities' }).getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

test('back up now, delete a community, restore the backup and see it back', async ({ page }) => {
  const community = uniqueName('Backup Circle');
  await page.goto('/');
  await waitUntilLive(page);
  await page.getByRole('button', { name: 'New community' }).click();
  const create = page.getByRole('dialog', { name: 'New community' });
  await create.getByLabel('Name').fill(community);
  await create.getByRole('button', { name: 'Create community' }).click();
  await expect(page.getByRole('heading', { level: 1, name: community })).toBeVisible();

  await openBackups(page);
  await expect(page.getByText('Everything is in one file:')).toContainText('convene.db');
  const manualRows = page.getByRole('row').filter({ hasText: 'Made by you' });
  const before = await manualRows.count();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(manualRows).toHaveCount(before + 1);
  await expectNoAxeViolations(page);

  const nav = page.getByRole('navigation', { name: 'Communities' });
  await nav.getByRole('link', { name: new RegExp(community) }).click();
  await page.getByRole('button', { name: 'Delete community' }).click();
  await page.getByRole('dialog', { name: 'Delete community' }).getByRole('button', { name: 'Delete community' }).click();
  await expect(nav.getByRole('link', { name: new RegExp(community) })).toHaveCount(0);

  await openBackups(page);
  await manualRows.first().getByRole('button', { name: /^Restore the backup made / }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this data?' });
  await expect(confirm).toContainText('Your current data is saved as a backup first');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Restore' }).click();

  await expect(page.locator('#restore-result')).toHaveText(/^Restored the backup made .+: \d+ communit(y|ies), \d+ meetings?, \d+ members?\./);
  await expect(page.locator('#restore-result')).toBeFocused();
  await expect(nav.getByRole('link', { name: new RegExp(community) })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Before a restore' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a file that is not a Convene database is refused and nothing changes', async ({ page }) => {
  await page.goto('/#/backups');
  await waitUntilLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();

  await page.getByLabel('Convene data file (.db)').setInputFiles({
    name: 'notes.db',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('Bring name tags and markers. '.repeat(100)),
  });
  const confirm = page.getByRole('dialog', { name: 'Restore this data?' });
  await expect(confirm).toContainText('the file “notes.db”');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alert')).toHaveText('That file is not a Convene database.');
  await expect(page.getByLabel('Convene data file (.db)')).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toHaveCount(count);
  await expectNoAxeViolations(page);
});
