// Pairing a community for a period: the suggestion says its rules, a member can be
// moved to another group before saving, the room's pair list prints, and a check-in
// clears the flag on a group that has not met since the last meeting. Axe clean.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

test('pair the community, change a pair and record a check-in', async ({ page, context }) => {
  const community = await rpc(page, 'community.create', { name: uniqueName('Pairs CoP') });
  const people = [
    ['Ana Ruiz', 'Lakeside USD', 12],
    ['Ben Okafor', 'Lakeside USD', 1],
    ['Chloé Martín', 'Riverbend', 9],
    ['Dev Patel', 'Riverbend', 0],
  ] as const;
  const ids: string[] = [];
  for (const [name, organization, experienceYears] of people) {
    ids.push((await rpc(page, 'member.create', { communityId: community.id, fields: { name, organization, experienceYears } })).id);
  }
  const meeting = await rpc(page, 'meeting.create', { communityId: community.id, fields: { title: 'Kick-off', date: '2026-10-07', startTime: '09:00', endTime: '12:00' } });
  await rpc(page, 'attendance.set', { meetingId: meeting.id, memberId: ids[0], status: 'present' });

  await page.goto(`/#/c/${community.id}/pairs`);
  await waitUntilLive(page);
  await page.getByRole('button', { name: 'Pair the community' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pair the community' });
  await dialog.getByRole('textbox', { name: 'Period' }).fill('Fall 2026');
  await dialog.getByLabel('Kind').selectOption({ label: 'Mentors and mentees' });
  await dialog.getByRole('button', { name: 'Suggest pairs' }).click();
  await expect(dialog.getByRole('status')).toContainText('the most experienced with the newest');
  await expect(dialog.getByLabel('Group of Ana Ruiz')).toHaveValue('1');
  await expect(dialog.getByLabel('Group of Dev Patel')).toHaveValue('1');
  // The facilitator knows better: Ana mentors Ben, Chloé mentors Dev.
  await dialog.getByLabel('Group of Ben Okafor').selectOption({ label: 'Group 1' });
  await dialog.getByLabel('Group of Dev Patel').selectOption({ label: 'Group 2' });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Save the pairs' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pairs saved.' })).toBeVisible();

  const period = page.getByRole('article', { name: 'Fall 2026' });
  const groups = period.getByRole('listitem');
  await expect(groups.nth(0)).toContainText('Ana Ruiz');
  await expect(groups.nth(0)).toContainText('Ben Okafor');
  await expect(groups.nth(0)).toContainText('No check-in since the last meeting');
  await groups.nth(0).getByLabel('What group 1 did').fill('Visited each other’s sites.');
  await groups.nth(0).getByRole('button', { name: 'Record check-in' }).click();
  await expect(groups.nth(0)).toContainText('Visited each other’s sites.');
  await expect(groups.nth(0)).not.toContainText('No check-in since the last meeting');
  await expect(groups.nth(1)).toContainText('No check-in since the last meeting');

  const [tab] = await Promise.all([context.waitForEvent('page'), period.getByRole('button', { name: 'Pair list of Fall 2026 (PDF)' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  await expectNoAxeViolations(page);
});
