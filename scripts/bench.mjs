// `npm run bench`: measures the production build served locally and prints one JSON object;
// writes it to bench-results/latest.json and a readable report to bench-results/report.md.
//  - cold build time
//  - bytes of the story page by type, raw and gzip (scripts/bench/bytes.mjs)
//  - Lighthouse mobile and desktop: scores, LCP, CLS, TBT (scripts/bench/lighthouse.mjs), and
//    mobile on the page's text alone, the floor of its load (scripts/bench/floors.mjs)
//  - the scroll benchmark at 390x844 with the CPU throttled 4x and at 1440x900
//    (scripts/bench/scroll.mjs), and at 390x844 over the two floors; Lighthouse never scrolls,
//    so scroll figures come from here.
// Medians of RUNS runs (default 3). BENCH_PORT sets the port (default 4399); the floors are
// served on the next one.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.mjs';
import { coldBuild } from './bench/build.mjs';
import { serveFloors } from './bench/floors.mjs';
import { storyBytes } from './bench/bytes.mjs';
import { lighthouseRun } from './bench/lighthouse.mjs';
import { reportMarkdown } from './bench/report.mjs';
import { scrollRun, scrollSizes } from './bench/scroll.mjs';
import { startPreview } from './bench/server.mjs';
import { medianOfRuns } from './bench/stats.mjs';

const runs = Number(process.env.RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const log = (message) => process.stderr.write(`bench: ${message}\n`);

/** Medians of the numbers; the elements that shifted most, over all runs. */
function scrollMedians(samples) {
  const sources = {};
  for (const sample of samples) for (const [node, value] of Object.entries(sample.shiftSources)) sources[node] = (sources[node] ?? 0) + value / samples.length;
  const top = Object.entries(sources).sort((a, b) => b[1] - a[1]).slice(0, 5);
  return { ...medianOfRuns(samples), shiftSources: Object.fromEntries(top.map(([node, value]) => [node, Math.round(value * 10000) / 10000])) };
}

/** Medians of the numbers; the audits any run did not pass, all of them. */
function lighthouseMedians(samples) {
  const groups = [...new Set(samples.flatMap((sample) => Object.keys(sample.mainThread)))];
  return {
    ...medianOfRuns(samples),
    mainThread: Object.fromEntries(groups.map((group) => [group, medianOfRuns(samples.map((sample) => ({ ms: sample.mainThread[group] ?? 0 }))).ms])),
    failing: [...new Set(samples.flatMap((sample) => sample.failing))],
  };
}

// The site URL is the origin it is served from, as in production: canonical and social URLs
// then point at the page Lighthouse audits.
log('cold build');
const buildSeconds = coldBuild({ SITE_URL: origin });
const bytes = storyBytes();
const found = findChromium();
if (!found) throw new Error('No Chromium found; see README.');
const launch = () => chromium.launch({ executablePath: found.path, args: chromiumArgs });
const server = await startPreview(port);
let floors;
try {
  // Closed before Lighthouse launches its own, so no idle browser shares the CPU with the audits.
  const floorBrowser = await launch();
  floors = await serveFloors(floorBrowser, origin, port + 1).finally(() => floorBrowser.close());
  const lighthouse = { mobile: [], desktop: [], mobileTextOnly: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const formFactor of ['mobile', 'desktop']) {
      log(`lighthouse ${formFactor} ${i + 1}/${runs}`);
      lighthouse[formFactor].push(await lighthouseRun(`${origin}/`, formFactor));
    }
    log(`lighthouse mobile, text only (floor) ${i + 1}/${runs}`);
    lighthouse.mobileTextOnly.push(await lighthouseRun(floors.urls.textOnly, 'mobile'));
  }
  const browser = await launch();
  const phone = scrollSizes.phone390x844cpu4x;
  const scrolls = {
    ...Object.fromEntries(Object.entries(scrollSizes).map(([name, size]) => [name, { url: `${origin}/`, size }])),
    phone390x844cpu4xNoScripts: { url: floors.urls.noScripts, size: phone },
    phone390x844cpu4xTextOnly: { url: floors.urls.textOnly, size: phone },
  };
  const scroll = Object.fromEntries(Object.keys(scrolls).map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const [name, { url, size }] of Object.entries(scrolls)) {
      log(`scroll ${name} ${i + 1}/${runs}`);
      scroll[name].push(await scrollRun(browser, url, size));
    }
  }
  await browser.close();
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, no GPU, ${found.kind} Chromium`,
    note: process.env.BENCH_NOTE ?? '',
    runs,
    lighthouseVersion: JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version,
    buildSeconds,
    bytes,
    lighthouse: {
      mobile: lighthouseMedians(lighthouse.mobile),
      desktop: lighthouseMedians(lighthouse.desktop),
      mobileTextOnly: { ...lighthouseMedians(lighthouse.mobileTextOnly), htmlBytes: floors.htmlBytes.textOnly },
    },
    scroll: Object.fromEntries(Object.entries(scroll).map(([name, samples]) => [name, scrollMedians(samples)])),
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('bench-results/report.md', reportMarkdown(result));
  log('wrote bench-results/latest.json and bench-results/report.md');
  console.log(JSON.stringify(result));
} finally {
  floors?.stop();
  server.stop();
}
