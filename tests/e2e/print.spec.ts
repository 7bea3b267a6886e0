// Printing from the browser: the agenda PDF opens in a new tab with the browser's viewer.
import { expect, test } from '@playwright/test';

test('the participant agenda opens as a PDF in a new tab', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Communities' }).getByRole('link', { name: /Example Region/ }).click();
  await page.getByRole('link', { name: 'The future of CQI' }).click();
  await page.getByLabel('Paper').selectOption('a4');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Participant agenda (PDF)' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  const bytes = await tab.evaluate(async (url) => {
    const buffer = await (await fetch(url)).arrayBuffer();
    return Array.from(new Uint8Array(buffer.slice(0, 5)));
  }, tab.url());
  expect(String.fromCharCode(...bytes)).toBe('%PDF-');
});

test('the sign-in sheet opens as a PDF in a new tab, in the document language chosen', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Communities' }).getByRole('link', { name: /Example Region/ }).click();
  await page.getByRole('link', { name: 'The future of CQI' }).click();
  await page.getByLabel('Document language').selectOption('es');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Sign-in sheet (PDF)' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  await expect(page.getByRole('status').filter({ hasText: 'Sign-in sheet PDF ready' })).toBeVisible();
});
