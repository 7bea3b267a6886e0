// Shared steps for the browser tests: an accessibility scan, waiting until a page is
// listening for pushed changes, setting data up through the API, and a file as another
// facilitator's machine would have written it.
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

/** A command sent straight to the core, for setting up what a test is not about. */
export async function rpc(page: Page, command: string, args: unknown = {}) {
  const response = await page.request.post('/api/rpc', { data: { command, args } });
  expect(response.ok()).toBe(true);
  return response.json();
}

/** Every id in an exported file replaced by a fresh one, the same one wherever it
 * recurs: the file as another facilitator's machine would have written it. */
export function withNewIds(json: string): string {
  const ids = new Set(json.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));
  return [...ids].reduce((text, id) => text.replaceAll(id, crypto.randomUUID()), json);
}
