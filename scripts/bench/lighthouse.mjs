// Lighthouse 12 (pinned) against the served build, mobile (its default: a mid-range phone on
// slow 4G, simulated) and desktop, with Debian's Chromium or Playwright's, offline.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, findChromium } from '../browser.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseRun(url, formFactor) {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found; see README.');
  const chrome = await chromeLauncher.launch({
    chromePath: found.path,
    chromeFlags: [...chromiumArgs, '--headless=new'],
  });
  try {
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: categories },
      config,
    );
    const { lhr } = result;
    const audit = (id) => lhr.audits[id];
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .filter((a) =>
        categories.some((c) =>
          lhr.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0),
        ),
      )
      .map((a) => a.id);
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
      fcpMs: Math.round(audit('first-contentful-paint').numericValue),
      cls: audit('cumulative-layout-shift').numericValue,
      tbtMs: Math.round(audit('total-blocking-time').numericValue),
      // Where the main thread's time goes at load (what TBT is made of), in ms.
      mainThread: Object.fromEntries(
        (audit('mainthread-work-breakdown').details?.items ?? []).map((item) => [
          item.group,
          Math.round(item.duration),
        ]),
      ),
      failing,
    };
  } finally {
    await chrome.kill();
  }
}
