// A community's rhythm in one step: schedule a series from a recurrence with a
// holiday skipped, take attendance (one late arrival), issue and print certificates,
// and check one back by its number and code; the screens pass axe.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

/** A 48 × 16 greyscale PNG of a scribble. */
const SIGNATURE_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAAAAAB1xaNtAAAAYklEQVR42q2SSw4AIQhD31F6/0syiSv5yZjISkqLUsEugzcCrfgvkHoFB36poOSHw1mw0SoFys/psoUQkMBQyvFI7hhvxHGqKcNMeFdkk2s432U2/QsOafZnLzPtTqxfb+sHFx9/r5W1d7AAAAAASUVORK5CYII=';

test('schedule a series, take attendance and print certificates', async ({ page, context }) => {
  const name = uniqueName('Series CoP');
  const community = await rpc(page, 'community.create', { name });
  for (const person of ['Ana Ruiz', 'Ben Okafor']) {
    await rpc(page, 'member.create', { communityId: community.id, fields: { name: person } });
  }

  await page.goto(`/#/c/${community.id}/series`);
  await waitUntilLive(page);
  await page.getByRole('button', { name: 'Schedule a series' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a series' });
  await dialog.getByLabel('Series title').fill('Site leads CoP 2026–27');
  await dialog.getByLabel('How often').selectOption({ label: 'Every month' });
  await dialog.getByLabel('Week of the month').selectOption({ label: 'Second' });
  await dialog.getByLabel('Day', { exact: true }).selectOption({ label: 'Wednesday' });
  await dialog.getByLabel('First possible date').fill('2026-10-01');
  await dialog.getByLabel('Last possible date').fill('2027-01-31');
  await expect(dialog.getByText('4 meetings will be created:')).toBeVisible();
  // December's meeting falls in the winter break.
  await dialog.getByRole('checkbox', { name: /Dec 9, 2026/ }).uncheck();
  await expect(dialog.getByText('3 meetings will be created:')).toBeVisible();
  await dialog.getByLabel('Agenda for every meeting').selectOption({ index: 1 });
  await dialog.getByLabel('Meetings a member must attend').fill('2');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create the series and its 3 meetings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scheduled Site leads CoP 2026–27: 3 meetings.' })).toBeVisible();
  const series = page.getByRole('article', { name: 'Site leads CoP 2026–27' });
  await expect(page.getByRole('link', { name: 'Meetings (3)' })).toBeVisible();
  await expect(series.getByText('To complete: At least 2 of 3 meetings')).toBeVisible();
  const [calendar] = await Promise.all([page.waitForEvent('download'), series.getByRole('button', { name: 'Calendar of the series Site leads CoP 2026–27 (.ics)' }).click()]);
  expect(calendar.suggestedFilename()).toBe('Meetings - Site leads CoP 2026–27.ics');
  expect((await readFile(await calendar.path(), 'utf8')).match(/BEGIN:VEVENT/g)).toHaveLength(3);

  // Who issues the certificates, with a scanned signature.
  await page.getByRole('button', { name: 'Certificate settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Certificate settings' });
  await settings.getByLabel("Provider's name").fill('Example Afterschool Network');
  await settings.getByLabel('Scanned signature (PNG or JPEG)').setInputFiles({ name: 'notes.txt', mimeType: 'image/png', buffer: Buffer.from('not an image') });
  await expect(settings.getByRole('alert')).toContainText('must be a PNG or JPEG image');
  await settings.getByLabel('Scanned signature (PNG or JPEG)').setInputFiles({ name: 'signature.png', mimeType: 'image/png', buffer: Buffer.from(SIGNATURE_PNG, 'base64') });
  await expect(settings.getByText('A signature is kept')).toBeVisible();
  await settings.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Certificate settings saved.' })).toBeVisible();

  // Attendance: Ana at the first two meetings, Ben at the first only, and late.
  const meetings = await rpc(page, 'meeting.list', { communityId: community.id });
  expect(meetings.map((m: { date: string }) => m.date)).toEqual(['2026-10-14', '2026-11-11', '2027-01-13']);
  for (const [index, meeting] of meetings.slice(0, 2).entries()) {
    await page.goto(`/#/c/${community.id}/m/${meeting.id}/attendance`);
    await waitUntilLive(page);
    await expect(page.getByText(/Contact hours: 3 h 50 min/)).toBeVisible();
    const find = page.getByLabel('Find a name');
    await find.fill('Ana');
    await find.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Ana Ruiz checked in' })).toBeVisible();
    if (index === 0) {
      await find.fill('Ben');
      await find.press('Enter');
      const minutes = page.getByRole('listitem').filter({ hasText: 'Ben Okafor' }).getByLabel('Minutes attended');
      await minutes.fill('120');
      await minutes.press('Tab');
      await expect(minutes).toHaveValue('120');
    }
  }

  await page.goto(`/#/c/${community.id}/series`);
  await waitUntilLive(page);
  await series.getByText('Hours and certificates').click();
  const table = series.getByRole('table');
  await expect(table.getByRole('row', { name: /Ana Ruiz/ })).toContainText('7 h 40 min');
  await expect(table.getByRole('row', { name: /Ana Ruiz/ })).toContainText('Completed');
  await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText('1 of 2 needed');
  await expectNoAxeViolations(page);
  // The browser's PDF viewer opens the certificates, ready to print.
  const [tab] = await Promise.all([context.waitForEvent('page'), series.getByRole('button', { name: 'Issue and print certificates (1)' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  await tab.close();
  await expect(page.getByRole('status').filter({ hasText: 'Issued one new certificate; 0 issued before.' })).toBeVisible();

  // The register lists it; its number and code check out.
  const register = page.getByRole('region', { name: 'Certificate register' });
  const certificates = await rpc(page, 'certificate.list', { communityId: community.id });
  expect(certificates).toHaveLength(1);
  await expect(register.getByRole('row', { name: new RegExp(certificates[0].number) })).toContainText('Ana Ruiz');
  await register.getByLabel('Certificate number').fill(certificates[0].number);
  await register.getByLabel('Verification code').fill(certificates[0].code.toLowerCase());
  await register.getByRole('button', { name: 'Check' }).click();
  await expect(register.getByRole('status')).toContainText(`Certificate ${certificates[0].number} is genuine: Ana Ruiz`);
  await register.getByLabel('Verification code').fill('0000-0000');
  await register.getByRole('button', { name: 'Check' }).click();
  await expect(register.getByText('The verification code does not match')).toBeVisible();
});
