// Browser end-to-end tests: Debian's Chromium (no browser download is possible here)
// against the real `convene serve` on a fresh data folder.
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs share a machine.
const PORT = Number(process.env.E2E_PORT ?? 5199);
const DATA_DIR = `.tmp/e2e-data-${process.pid}`;
// CONVENE_BIN runs another build of the binary (e.g. a release build).
const CONVENE = process.env.CONVENE_BIN ?? '../target/debug/convene';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '.tmp/test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    viewport: { width: 1366, height: 850 },
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  },
  webServer: {
    // LANGUAGE=en: the words these tests read are English whatever the machine's language.
    command: `rm -rf ${DATA_DIR} && LANGUAGE=en ${CONVENE} serve --port ${PORT} --data-dir ${DATA_DIR}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
