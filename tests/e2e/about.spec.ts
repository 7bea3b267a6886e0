// About Convene: the version, the data file, and the notices of the third-party
// software inside it, each list opened from the keyboard.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitUntilLive } from './helpers';

test('the About screen names the version and the data file and carries every licence notice', async ({ page }) => {
  await page.goto('/');
  await waitUntilLive(page);
  await page.getByRole('link', { name: 'About Convene' }).click();
  await expect(page.getByRole('heading', { name: 'About Convene', level: 1 })).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText(/^\d+\.\d+\.\d+$/);
  await expect(page.getByRole('definition').nth(2)).toContainText('convene.db');
  for (const [list, expected] of [
    ['Rust crates in the program', 'rusqlite'],
    ['Packages in the interface', 'svelte'],
    ['Fonts (Liberation Sans, SIL Open Font License)', 'SIL OPEN FONT LICENSE'],
  ]) {
    const summary = page.getByText(list, { exact: true });
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[open] pre').last()).toContainText(expected);
  }
  await expectNoAxeViolations(page);
});
