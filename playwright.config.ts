import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
// The embed tests' host page, a news site's page on another origin (tests/embed-host, tests/e2e/embed.spec.ts).
import { embedHostPort, embedHostURL, previewPort } from './tests/embed-host/address.mjs';

// Its own port, and never an already-running server: the tests always check a fresh build.
const port = previewPort;
const baseURL = `http://127.0.0.1:${port}`;
const browser = findChromium();
// The exhaustive accessibility crawl (@crawl) runs in CI or with E2E_CRAWL=1; otherwise its quick subset (@quick).
const crawl = process.env.E2E_CRAWL ? process.env.E2E_CRAWL === '1' : !!process.env.CI;
const launchOptions = { args: chromiumArgs, ...(browser ? { executablePath: browser.path } : {}) };

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  grepInvert: crawl ? /@quick/ : /@crawl/,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 45_000,
  // A trace (screencast and snapshots) slows every test several times on a 2-core machine, and CI
  // keeps only the printed output: traces are recorded on a developer's machine, not in CI.
  use: { baseURL, launchOptions, trace: process.env.CI ? 'off' : 'retain-on-failure' },
  projects: [
    {
      name: 'phone',
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        browserName: 'chromium',
      },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: [
    {
      // Drafts too (SHOW_DRAFTS=1): the demo story is tested like the main one.
      command: `SHOW_DRAFTS=1 npm run build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: baseURL,
      reuseExistingServer: false,
      // A cold build on a busy 2-core machine can take longer than three minutes.
      timeout: 360_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node tests/embed-host/server.mjs ${embedHostPort} ${baseURL}`,
      url: `${embedHostURL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
