// Planning a meeting with the activity library: pick an activity for the agenda, name
// its safety monitor, then pack its materials for the people expected and print them.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

type Material = { name: string; quantity: number; unit: string; per: 'person' | 'group' | 'facilitator' };
type ActivityFields = { name: string; minMinutes: number; maxMinutes: number; groupSize: number; materials: Material[] };

/** The Marshmallow Challenge as the library describes it. */
async function marshmallow(page: Page): Promise<{ id: string; fields: ActivityFields }> {
  const found = await rpc(page, 'activity.search', { query: 'Marshmallow Challenge' });
  const summary = found.activities.find((a: { name: string }) => a.name === 'Marshmallow Challenge');
  return rpc(page, 'activity.get', { id: summary.id });
}

/** A community with two members and a two-hour meeting that opens with a welcome. */
async function meetingWithWelcome(page: Page) {
  const community = await rpc(page, 'community.create', { name: uniqueName('Planning CoP') });
  for (const name of ['Rosa Delgado', 'Kwame Mensah']) await rpc(page, 'member.create', { communityId: community.id, fields: { name } });
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Teams that test early', date: '2027-04-14', startTime: '09:00', endTime: '11:00', location: 'Room 4', notes: 'Bring the banner.' },
  });
  await rpc(page, 'agenda.add', { meetingId: meeting.id, fields: { title: 'Welcome', kind: 'welcome', plannedMinutes: 15 } });
  return { meetingId: meeting.id as string, url: `/#/c/${community.id}/m/${meeting.id}` };
}

/** `HH:MM` plus some minutes. */
function later(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = h * 60 + m + minutes;
  const hour = Math.floor(total / 60);
  return `${((hour + 11) % 12) + 1}:${String(total % 60).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

test('add an activity from the library, then name its safety monitor and keep the agreements reminder', async ({ page }) => {
  const { meetingId, url } = await meetingWithWelcome(page);
  const activity = await marshmallow(page);
  await page.goto(url);
  await waitUntilLive(page);

  await page.getByRole('button', { name: 'Add from library…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add from the library' });
  await expect(picker.getByLabel('Search the library')).toBeFocused();
  // The meeting has 1 h 45 min left to plan, so that is the first filter.
  await expect(picker.getByLabel('Fit in (minutes)')).toHaveValue('105');
  await expect(picker.getByRole('status')).toHaveText(/^\d+ activities$/);
  await expectNoAxeViolations(page);

  await picker.getByLabel('Search the library').fill('marshmallow');
  const result = picker.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Marshmallow Challenge' }) });
  await expect(result).toContainText(`${activity.fields.minMinutes}–${activity.fields.maxMinutes} min`);
  await expect(result).toContainText(`groups of ${activity.fields.groupSize}`);
  await result.getByRole('button', { name: 'Add Marshmallow Challenge to agenda' }).click();
  await expect(picker).toBeHidden();

  const items = page.getByRole('list', { name: /Agenda items/ }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  const added = items.nth(1);
  await expect(added).toContainText('Marshmallow Challenge');
  await expect(added).toContainText('Teambuilding');
  await expect(added).toContainText(`9:15 AM–${later('09:15', activity.fields.maxMinutes)}`);
  await expect(added).toContainText(`${activity.fields.maxMinutes} min`);
  await expect(added.getByRole('link', { name: 'From the library' })).toHaveAttribute('href', `#/library/${activity.id}`);
  await expect(added).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Added “Marshmallow Challenge” to the agenda' })).toBeVisible();

  // Name a safety monitor (members are suggested) and switch the reminder off.
  await page.getByRole('button', { name: 'Edit Marshmallow Challenge' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit agenda item' });
  const reminder = edit.getByLabel('Show the agreements reminder on the projector before this activity');
  await expect(reminder).toBeChecked();
  await expect(edit.locator('datalist option[value="Rosa Delgado"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await edit.getByLabel('Safety monitor').fill('Rosa Delgado');
  await reminder.uncheck();
  await edit.getByRole('button', { name: 'Save item' }).click();
  await expect(edit).toBeHidden();
  await expect(added).toContainText('Safety monitor: Rosa Delgado');

  await page.reload();
  await page.getByRole('button', { name: 'Edit Marshmallow Challenge' }).click();
  await expect(edit.getByLabel('Safety monitor')).toHaveValue('Rosa Delgado');
  await expect(reminder).not.toBeChecked();
  await reminder.check();
  await edit.getByRole('button', { name: 'Save item' }).click();
  await expect(edit).toBeHidden();

  await page.reload();
  await page.getByRole('button', { name: 'Edit Marshmallow Challenge' }).click();
  await expect(reminder).toBeChecked();
  await expect(edit.getByLabel('Safety monitor')).toHaveValue('Rosa Delgado');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // Editing kept the link to the library.
  await expect(page.getByRole('link', { name: 'From the library' })).toHaveCount(1);
  const agenda = await rpc(page, 'agenda.get', { meetingId });
  expect(agenda.items[1].item).toMatchObject({ activityId: activity.id, safetyMonitor: 'Rosa Delgado', remindAgreements: true });
});

test('the materials checklist scales to the expected attendance, ticks off while packing, and prints', async ({ page, context }) => {
  const { meetingId, url } = await meetingWithWelcome(page);
  const activity = await marshmallow(page);
  await rpc(page, 'agenda.addActivity', { meetingId, activityId: activity.id });
  const perGroup = activity.fields.materials.find((m) => m.per === 'group' && m.quantity > 1) ?? activity.fields.materials.find((m) => m.per === 'group');
  expect(perGroup).toBeDefined();
  const material = perGroup as Material;
  const groups = (people: number) => Math.max(1, Math.ceil(people / activity.fields.groupSize));
  const quantityText = (people: number) => `${material.quantity * groups(people)}${material.unit ? ` ${material.unit}` : ''}`;

  await page.goto(`${url}/materials`);
  await waitUntilLive(page);
  await expect(page.getByText("Quantities for 2 people (the community's 2 members)")).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: material.name, exact: true }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(quantityText(2));
  await expect(row).toContainText('Marshmallow Challenge');

  // A head count that is not a whole number is refused next to the field.
  const expected = page.getByLabel('Expected attendance');
  await expected.fill('0');
  await page.getByRole('button', { name: 'Update quantities' }).click();
  await expect(expected).toHaveAttribute('aria-invalid', 'true');
  await expect(expected).toHaveAccessibleDescription(/whole number of people/);

  await expected.fill('28');
  await page.getByRole('button', { name: 'Update quantities' }).click();
  await expect(page.getByText('Quantities for 28 people (expected attendance)')).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText(quantityText(28));
  await expect(expected).not.toHaveAttribute('aria-invalid', 'true');
  // Only the head count changed on the meeting.
  expect(await rpc(page, 'meeting.get', { id: meetingId })).toMatchObject({
    expectedAttendance: 28, title: 'Teams that test early', location: 'Room 4', notes: 'Bring the banner.', startTime: '09:00', endTime: '11:00',
  });

  // Ticks are kept on this computer across reloads.
  const lines = activity.fields.materials.length;
  await page.getByRole('checkbox', { name: `Packed ${material.name}` }).check();
  await expect(page.getByRole('status').filter({ hasText: 'packed' })).toHaveText(`1 of ${lines} items packed`);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: `Packed ${material.name}` })).toBeChecked();
  await page.getByRole('button', { name: 'Clear ticks' }).click();
  await expect(page.getByRole('checkbox', { name: `Packed ${material.name}` })).not.toBeChecked();

  // The meeting form shows the same head count, and the core's limit lands on the field.
  await page.getByRole('button', { name: 'Edit meeting' }).click();
  const form = page.getByRole('dialog', { name: 'Edit meeting' });
  const formExpected = form.getByLabel('Expected attendance');
  await expect(formExpected).toHaveValue('28');
  await expect(formExpected).toHaveAccessibleDescription(/Used to scale the materials checklist/);
  await formExpected.fill('5000');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(formExpected).toHaveAttribute('aria-invalid', 'true');
  await formExpected.fill('12');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Quantities for 12 people (expected attendance)')).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText(quantityText(12));

  await page.getByLabel('Paper', { exact: true }).selectOption('a4');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Print checklist (PDF)' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  const bytes = await tab.evaluate(async (blobUrl) => {
    const buffer = await (await fetch(blobUrl)).arrayBuffer();
    return Array.from(new Uint8Array(buffer.slice(0, 5)));
  }, tab.url());
  expect(String.fromCharCode(...bytes)).toBe('%PDF-');
});

test('a meeting without library activities explains where materials come from', async ({ page }) => {
  const { url } = await meetingWithWelcome(page);
  await page.goto(`${url}/materials`);
  await expect(page.getByText('Nothing to pack yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print checklist (PDF)' })).toBeDisabled();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the agenda' }).click();
  await expect(page.getByRole('button', { name: 'Add from library…' })).toBeVisible();
});
