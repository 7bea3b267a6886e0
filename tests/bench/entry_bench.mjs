// How keyed entry feels: starts `convene serve` on an empty folder, prints 40 sheets of
// the example meeting's evaluation, keys them all in through Chromium with one key per
// answer, and reports, measured inside the page, the time from each key press to the
// next field having the focus (p50 / p95 / max) and from the last key of a sheet to the
// next serial being offered (the sheet's save). Run with `make bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const binary = process.argv[2] ?? 'target/release/convene';
const SHEETS = 40;
const port = 5400 + Math.floor(Math.random() * 500);
const dataDir = mkdtempSync(join(tmpdir(), 'convene-entry-bench-'));
const server = spawn(binary, ['--data-dir', dataDir, 'serve', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, LANGUAGE: 'en' } });
const base = `http://127.0.0.1:${port}`;

async function until(check) {
  for (let i = 0; i < 200; i += 1) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('convene serve did not start');
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  await until(async () => (await fetch(`${base}/api/health`)).ok);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage();
  const rpc = async (command, args = {}) => (await page.request.post(`${base}/api/rpc`, { data: { command, args } })).json();
  const [community] = await rpc('community.list');
  const [meeting] = await rpc('meeting.list', { communityId: community.id });
  const [form] = await rpc('form.list', { meetingId: meeting.id });
  await rpc('print.form', { formId: form.id, copies: SHEETS, paper: 'letter' });
  await page.goto(`${base}/#/c/${community.id}/m/${meeting.id}/entry`);
  await page.getByLabel('Sheet serial').waitFor();
  await page.evaluate(() => {
    window.__keys = [];
    window.__focus = [];
    window.addEventListener('keydown', (event) => window.__keys.push({ at: performance.now(), key: event.key }), true);
    window.addEventListener('focusin', () => window.__focus.push(performance.now()), true);
  });
  const sheetKeys = ['1', '3', '2', '2', '2'];
  const saves = [];
  for (let n = 0; n < SHEETS; n += 1) {
    await page.keyboard.press('Enter');
    await page.getByLabel(/Before today$/).and(page.locator(':focus')).waitFor();
    for (const key of sheetKeys) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    await page.getByLabel('Sheet serial').and(page.locator(':focus')).waitFor();
    saves.push((await page.evaluate(() => window.__focus.at(-1))) - started);
  }
  // Each answer key (a digit), matched with the first focus change after it.
  const { keys, focus } = await page.evaluate(() => ({ keys: window.__keys, focus: window.__focus }));
  const answers = keys.filter((k) => /^[0-9]$/.test(k.key)).map((k) => k.at);
  const latencies = answers.map((at) => (focus.find((f) => f >= at) ?? NaN) - at).filter((x) => x >= 0 && x < 1000);
  latencies.sort((a, b) => a - b);
  saves.sort((a, b) => a - b);
  const entered = await rpc('entry.progress', { meetingId: meeting.id, pass: 1 });
  console.log(
    `${entered.entered} sheets keyed in, 1 key per marked answer: answer key to next field focused p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1).toFixed(1)} ms (${latencies.length} keys); ` +
      `sheet save to next serial p50 ${percentile(saves, 50).toFixed(1)} ms, p95 ${percentile(saves, 95).toFixed(1)} ms`,
  );
  await browser.close();
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
