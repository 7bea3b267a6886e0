// `convene serve --network` as a room uses it: the facilitator's browser on this
// machine runs the meeting, a second screen on the network address shows the
// projector and is refused a write, and a phone paired with the code on the
// facilitator's screen moves the meeting on.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, uniqueName, waitUntilLive } from './helpers';

const PORT = 5212;
const CONVENE_BIN = process.env.CONVENE_BIN ?? '../target/debug/convene';
const LOCAL = `http://127.0.0.1:${PORT}`;
const REFUSAL = "Only the facilitator's computer can do that; this screen can show the projector and the agenda.";

/** This machine's first non-loopback IPv4 address: what another screen in the room opens. */
function networkAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  if (!found) throw new Error('This test needs a network interface with an IPv4 address (only loopback was found).');
  return found.address;
}

let server: ChildProcess;
let dataDir: string;
let remote: string;

test.beforeAll(async () => {
  remote = `http://${networkAddress()}:${PORT}`;
  dataDir = mkdtempSync(join(tmpdir(), 'convene-network-'));
  server = spawn(CONVENE_BIN, ['serve', '--network', '--port', String(PORT), '--data-dir', dataDir], { stdio: 'ignore' });
  await expect
    .poll(async () => (await fetch(`${LOCAL}/api/health`).then((r) => r.status).catch(() => 0)), { timeout: 30_000 })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A new browser profile, as another machine would be: its own cookies. */
async function otherScreen(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${remote}${path}`);
  return page;
}

async function startMeeting(page: Page): Promise<string> {
  const rpc = async (command: string, args: unknown) => {
    const response = await page.request.post(`${LOCAL}/api/rpc`, { data: { command, args } });
    expect(response.ok()).toBe(true);
    return response.json();
  };
  const community = await rpc('community.create', { name: uniqueName('Room CoP') });
  const meeting = await rpc('meeting.create', {
    communityId: community.id,
    fields: { title: 'Networked meeting', date: '2027-01-20', startTime: '09:00', endTime: '13:30' },
  });
  await rpc('template.apply', { meetingId: meeting.id, source: { from: 'template', id: 'builtin:cop-4.5h' }, replace: true });
  await page.goto(`${LOCAL}/#/c/${community.id}/m/${meeting.id}/run`);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  return meeting.id;
}

test('network mode: a second page with another Host gets the projector and is refused a write', async ({ page, browser }) => {
  await startMeeting(page);

  const projector = await otherScreen(browser, '/projector');
  await waitUntilLive(projector);
  await expect(projector.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();

  // A clicker key on an unpaired screen moves nothing and says why.
  await projector.locator('body').press('ArrowRight');
  await expect(projector.getByRole('status').filter({ hasText: REFUSAL })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();

  // A write sent from that page's own scripts is refused with the same sentence.
  const answer = await projector.evaluate(async () => {
    const response = await fetch('/api/rpc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ command: 'community.create', args: { name: 'Taken over' } }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(answer).toEqual({ status: 403, body: { code: 'forbidden', message: REFUSAL } });

  // The participant agenda is the room's too.
  const agenda = await otherScreen(browser, '/agenda');
  await expect(agenda.getByRole('heading', { name: 'Networked meeting' })).toBeVisible();
  await expect(agenda.getByRole('listitem').filter({ hasText: 'Welcome and introductions' })).toHaveAttribute('aria-current', 'step');
  await expectNoAxeViolations(agenda);
});

test('a phone paired with the code on the facilitator’s screen moves the meeting on', async ({ page, browser }) => {
  await startMeeting(page);
  const phone = await otherScreen(browser, '/clicker');
  await expect(phone.getByLabel('Pairing code')).toBeVisible();

  await phone.getByLabel('Pairing code').fill('000000');
  await phone.getByLabel('Name of this phone').fill('Maya’s phone');
  await phone.getByRole('button', { name: 'Pair this phone' }).click();
  await expect(phone.getByText(/That code is wrong|No pairing code is on offer/)).toBeVisible();

  await page.getByRole('button', { name: 'Pair a phone as clicker' }).click();
  const code = (await page.locator('.devices code').textContent()) ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await expect(page.getByText(`${remote}/clicker`)).toBeVisible();

  await phone.getByLabel('Pairing code').fill(code);
  await phone.getByRole('button', { name: 'Pair this phone' }).click();
  await expect(phone.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  await expect(phone.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Maya’s phone' })).toBeVisible();
  await expectNoAxeViolations(phone);

  await phone.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { name: 'Icebreaker', exact: true })).toBeVisible();
  await expect(phone.getByRole('heading', { name: 'Icebreaker', exact: true })).toBeVisible();

  // Revoked on the facilitator's screen: the phone is asked for a new code.
  await page.getByRole('button', { name: 'Revoke Maya’s phone' }).click();
  await phone.getByRole('button', { name: 'Next →' }).click();
  await expect(phone.getByText('This phone is no longer paired. Ask the facilitator for a new code.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Icebreaker', exact: true })).toBeVisible();
});
