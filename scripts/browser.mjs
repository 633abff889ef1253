// Which Chromium the tests drive. Playwright's own build where it is installed (a journalist's
// laptop after `npx playwright install chromium`), else Debian's /usr/bin/chromium (this
// project's CI machines, where Playwright cannot download browsers).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const systemChromium = '/usr/bin/chromium';

/** The executable to launch, or undefined when neither is present. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, kind: 'CHROMIUM_PATH' };
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { path: bundled, kind: 'playwright' };
  if (existsSync(systemChromium)) return { path: systemChromium, kind: 'debian' };
  return undefined;
}

/** Flags for a sandboxed, offline machine: no background calls to Google's services. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
