import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
import { previewPort } from './tests/embed-host/address.mjs';

// The editor lives in `astro dev` only, so its test runs against a dev server of its own
// (port: the preview port + 20), never the built site the other end-to-end tests check.
const port = previewPort + 20;
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/editor',
  forbidOnly: !!process.env.CI,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { args: chromiumArgs, ...(browser ? { executablePath: browser.path } : {}) },
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 860 },
    trace: 'off',
  },
  webServer: {
    // --ignore-lock: an editor's own `npm run dev` may be running in the same folder.
    command: `npx astro dev --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
