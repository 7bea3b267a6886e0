// Desktop smoke test: the real debug binary in a real window (under Xvfb), driven
// through WebKitWebDriver. The window opens titled "Convene", shows the example
// community, and a meeting can be scheduled from it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Builder, By, until } from 'selenium-webdriver';

const ROOT = new URL('../../', import.meta.url).pathname;
const APP = join(ROOT, 'target/debug/convene');
const PORT = 4446 + (process.pid % 500);
const OUT = join(ROOT, 'tests/.tmp');

let webDriver;
let driver;

async function waitForReady(url, deadline = Date.now() + 30_000) {
  while (Date.now() < deadline) {
    try {
      const status = await (await fetch(url)).json();
      if (status.value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not become ready at ${url}`);
}

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'convene-desktop-'));
  webDriver = spawn('WebKitWebDriver', [`--port=${PORT}`], {
    // LANGUAGE: the words this test reads are English whatever the machine's language.
    env: { ...process.env, TAURI_WEBVIEW_AUTOMATION: 'true', CONVENE_DATA_DIR: dataDir, LANGUAGE: 'en' },
    stdio: 'ignore',
  });
  await waitForReady(`http://127.0.0.1:${PORT}/status`);
  driver = await new Builder()
    .usingServer(`http://127.0.0.1:${PORT}`)
    .withCapabilities({ browserName: 'wry', 'webkitgtk:browserOptions': { binary: APP, args: [] } })
    .build();
});

after(async () => {
  if (driver) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'desktop.png'), await driver.takeScreenshot(), 'base64');
    await driver.quit();
  }
  webDriver?.kill();
});

async function typeInto(label, value) {
  const input = await driver.findElement(By.xpath(`//dialog//label[starts-with(normalize-space(.), '${label}')]`));
  const field = await driver.findElement(By.id(await input.getAttribute('for')));
  // Date and time inputs take their value directly; typing into them differs by engine.
  await driver.executeScript(
    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
    field,
    value,
  );
}

test('the window opens titled Convene and shows the example community', async () => {
  assert.equal(await driver.getTitle(), 'Convene');
  const example = await driver.wait(
    until.elementLocated(By.xpath("//nav[@aria-label='Communities and library']//a[contains(., 'Example Region')]")),
    20_000,
  );
  await example.click();
  const heading = await driver.wait(until.elementLocated(By.css('main h1')), 10_000);
  await driver.wait(until.elementTextContains(heading, 'Site Coordinator CoP'), 10_000);
});

async function clickButton(name) {
  const button = await driver.wait(until.elementLocated(By.xpath(`//button[normalize-space(.)='${name}']`)), 10_000);
  await button.click();
}

async function headingText(xpath) {
  const heading = await driver.wait(until.elementLocated(By.xpath(xpath)), 10_000);
  return heading.getText();
}

test('a meeting can be scheduled from the desktop window', async () => {
  const schedule = await driver.wait(until.elementLocated(By.xpath("//button[normalize-space(.)='Schedule meeting']")), 10_000);
  await schedule.click();
  await driver.wait(until.elementLocated(By.css('dialog[open]')), 10_000);
  await typeInto('Title', 'Desktop smoke meeting');
  await typeInto('Date', '2027-05-01');
  await driver.findElement(By.xpath("//dialog//button[@type='submit']")).click();
  const heading = await driver.wait(until.elementLocated(By.xpath("//main//h1[normalize-space(.)='Desktop smoke meeting']")), 10_000);
  assert.ok(await heading.isDisplayed());
});

test('the projector window opens and follows the control window', async () => {
  const main = await driver.getWindowHandle();
  // The scheduled meeting has no agenda yet: fill it from the built-in template.
  const source = await driver.findElement(By.id('template-source'));
  await driver.executeScript(
    "arguments[0].value = 'template|builtin:cop-4.5h'; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
    source,
  );
  await clickButton('Use it');
  await driver.wait(until.elementLocated(By.xpath("//ol[contains(@aria-label, 'Agenda items')]/li")), 10_000);
  await (await driver.findElement(By.xpath("//a[normalize-space(.)='Run meeting']"))).click();
  await clickButton('Start meeting');
  await clickButton('Open projector');
  await driver.wait(async () => (await driver.getAllWindowHandles()).length === 2, 10_000);
  const projector = (await driver.getAllWindowHandles()).find((handle) => handle !== main);
  await driver.switchTo().window(projector);
  const first = await headingText("//h1[contains(@class, 'projector-title')]");
  assert.equal(first, 'Welcome and introductions');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'desktop-projector.png'), await driver.takeScreenshot(), 'base64');

  await driver.switchTo().window(main);
  await clickButton('Next →');
  await driver.switchTo().window(projector);
  await driver.wait(
    until.elementTextIs(await driver.findElement(By.xpath("//h1[contains(@class, 'projector-title')]")), 'Icebreaker'),
    5_000,
  );
  await driver.switchTo().window(main);
});

/** Sends one command over the window's single IPC command, as the UI's transport does. */
async function ipc(command, args) {
  return driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke('rpc', { command: arguments[0], args: arguments[1] })
       .then((value) => done({ value }), (error) => done({ error }));`,
    command,
    args,
  );
}

test('files reach the disk only through the shell: a PDF comes back as bytes, and the shell answers host commands itself', async () => {
  const [community] = (await ipc('community.list', {})).value;
  const [meeting] = (await ipc('meeting.list', { communityId: community.id })).value;
  const printed = await ipc('print.agenda', { meetingId: meeting.id, facilitator: false, paper: 'letter' });
  assert.ok(printed.value.pdfBase64.startsWith('JVBER'), 'the agenda arrives as PDF bytes');
  const withPath = await ipc('print.agenda', { meetingId: meeting.id, facilitator: false, paper: 'letter', saveTo: '/tmp/x.pdf' });
  assert.equal(withPath.error.code, 'bad_request');
  // A damaged file is refused before any dialog opens; an unknown host command is named.
  const damaged = await ipc('host.saveFile', { fileName: 'Agenda.pdf', base64: '%%%', open: false });
  assert.equal(damaged.error.code, 'bad_request');
  assert.match(damaged.error.message, /damaged; nothing was written\.$/);
  const unknown = await ipc('host.deleteEverything', {});
  assert.equal(unknown.error.code, 'unknown_command');
});
