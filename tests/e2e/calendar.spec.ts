// Calendar files for participants: a community's meetings, or one meeting, saved as
// .ics from the screens where the facilitator sees them.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { rpc, uniqueName, waitUntilLive } from './helpers';

test('a community’s meetings and a single meeting save as calendar files', async ({ page }) => {
  const name = uniqueName('Calendar CoP');
  const community = await rpc(page, 'community.create', { name });
  const kickoff = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: 'Kick-off', date: '2027-01-20', startTime: '09:00', endTime: '12:00', location: 'Room 12' },
  });
  await rpc(page, 'meeting.create', { communityId: community.id, fields: { title: 'Spring', date: '2027-03-17', startTime: '13:00', endTime: '16:00' } });

  await page.goto(`/#/c/${community.id}`);
  await waitUntilLive(page);
  const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Calendar of all meetings (.ics)' }).click()]);
  expect(all.suggestedFilename()).toBe(`Meetings - ${name}.ics`);
  const text = await readFile(await all.path(), 'utf8');
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(text).toContain(`UID:${kickoff.id}@convene`);
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file saved with 2 meetings' })).toBeVisible();

  await page.goto(`/#/c/${community.id}/m/${kickoff.id}/agenda`);
  await waitUntilLive(page);
  const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
  expect(one.suggestedFilename()).toBe('Kick-off - 2027-01-20.ics');
  expect(await readFile(await one.path(), 'utf8')).toContain('DTSTART:20270120T090000');
});
