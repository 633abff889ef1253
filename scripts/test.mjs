// `npm test`: type check, lint, format check, unit tests, then end-to-end tests in Chromium
// against the built site, then the editor's test against `astro dev`.
// Finds a Chromium first; on a machine with none, installs Debian's where it can (root with apt)
// or stops and says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, systemChromium } from './browser.mjs';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get ...");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get', ['update', '-qq'], { env }) === 0 &&
      run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) === 0
    ) {
      if (existsSync(systemChromium)) return findChromium();
    }
  }
  console.error(
    [
      'No Chromium to run the end-to-end tests with. Install one of:',
      "  - Playwright's own:   npx playwright install chromium",
      "  - Debian/Ubuntu's:    sudo apt-get install chromium   (provides /usr/bin/chromium)",
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(2);
}

const extra = process.argv.slice(2);
const browser = ensureChromium();
console.log(`End-to-end tests will use ${browser.kind} Chromium at ${browser.path}`);

const types = run('npx', ['astro', 'check', '--minimumSeverity', 'warning']);
if (types !== 0) process.exit(types);
const lint = run('npx', ['eslint', '.']);
if (lint !== 0) process.exit(lint);
const format = run('npx', ['prettier', '--check', '.']);
if (format !== 0) process.exit(format);
const unit = run('npx', ['vitest', 'run']);
if (unit !== 0) process.exit(unit);
const e2e = run('npx', ['playwright', 'test', ...extra]);
if (e2e !== 0 || extra.length > 0) process.exit(e2e);
// The in-browser editor runs in `astro dev` only: its test has a dev server of its own (about a minute).
process.exit(run('npx', ['playwright', 'test', '-c', 'playwright.editor.config.ts']));
