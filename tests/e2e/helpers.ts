// Shared steps for the browser tests: an accessibility scan and waiting until a page
// is listening for pushed changes.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

export async function waitUntilLive(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-live', 'connected');
}

export function uniqueName(base: string): string {
  return `${base} ${Date.now().toString(36)}`;
}
