// `npm run bench`: measures the production build served locally and prints one JSON object;
// writes it to bench-results/latest.json and a readable report to bench-results/report.md.
//  - cold build time
//  - bytes of the story page by type, raw and gzip (scripts/bench/bytes.mjs)
//  - Lighthouse mobile and desktop: scores, LCP, CLS, TBT (scripts/bench/lighthouse.mjs), and
//    mobile on the page's text alone, the floor of its load (scripts/bench/floors.mjs)
//  - the scroll benchmark (scripts/bench/scroll.mjs) at each size over the story and over its
//    floor (the same page without its scripts), alternating, so that both see the same machine.
// Medians of RUNS runs (default 3). BENCH_PORT sets the port (default 4399); the floors are
// served on the next one. BENCH_ONLY=scroll measures the scroll alone, on the build in dist/.
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const scrollOnly = process.env.BENCH_ONLY === 'scroll';
const port = Number(process.env.BENCH_PORT ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const log = (message) => process.stderr.write(`bench: ${message}\n`);

/** Medians of the numbers; the elements that shifted most, over all runs. */
function scrollMedians(samples) {
  const sources = {};
  for (const sample of samples)
    for (const [node, value] of Object.entries(sample.shiftSources))
      sources[node] = (sources[node] ?? 0) + value / samples.length;
  const top = Object.entries(sources)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  return {
    ...medianOfRuns(samples),
    shiftSources: Object.fromEntries(
      top.map(([node, value]) => [node, Math.round(value * 10000) / 10000]),
    ),
  };
}

/** One run's frames lost and longest frame, for the table of each run. */
const lostOnly = (sample) => ({
  framesLostPercent: Math.round(sample.framesLostPercent * 10) / 10,
  longestFrameMs: Math.round(sample.longestFrameMs),
});

/** Medians of the numbers; the audits any run did not pass, all of them. */
function lighthouseMedians(samples) {
  const groups = [...new Set(samples.flatMap((sample) => Object.keys(sample.mainThread)))];
  return {
    ...medianOfRuns(samples),
    mainThread: Object.fromEntries(
      groups.map((group) => [
        group,
        medianOfRuns(samples.map((sample) => ({ ms: sample.mainThread[group] ?? 0 }))).ms,
      ]),
    ),
    failing: [...new Set(samples.flatMap((sample) => sample.failing))],
  };
}

// The site URL is the origin it is served from, as in production: canonical and social URLs
// then point at the page Lighthouse audits.
if (scrollOnly && !existsSync('dist/index.html'))
  throw new Error('BENCH_ONLY=scroll measures the build in dist/: run `npm run build` first.');
if (!scrollOnly) log('cold build');
const buildSeconds = scrollOnly ? undefined : coldBuild({ SITE_URL: origin });
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
  for (let i = 0; i < (scrollOnly ? 0 : runs); i += 1) {
    for (const formFactor of ['mobile', 'desktop']) {
      log(`lighthouse ${formFactor} ${i + 1}/${runs}`);
      lighthouse[formFactor].push(await lighthouseRun(`${origin}/`, formFactor));
    }
    log(`lighthouse mobile, text only (floor) ${i + 1}/${runs}`);
    lighthouse.mobileTextOnly.push(await lighthouseRun(floors.urls.textOnly, 'mobile'));
  }
  const browser = await launch();
  const scroll = Object.fromEntries(
    Object.keys(scrollSizes).map((name) => [name, { story: [], floor: [] }]),
  );
  for (let i = 0; i < runs; i += 1) {
    for (const [name, size] of Object.entries(scrollSizes)) {
      // Story and floor back to back, first one then the other, so that drift cancels out.
      const pair = [
        ['story', `${origin}/`],
        ['floor', floors.urls.noScripts],
      ];
      for (const [kind, url] of i % 2 ? pair.reverse() : pair) {
        log(`scroll ${name} ${kind} ${i + 1}/${runs}`);
        scroll[name][kind].push(await scrollRun(browser, url, size));
      }
    }
  }
  await browser.close();
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, no GPU, ${found.kind} Chromium`,
    note: process.env.BENCH_NOTE ?? '',
    runs,
    lighthouseVersion: JSON.parse(
      readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8'),
    ).version,
    buildSeconds,
    bytes,
    lighthouse: scrollOnly
      ? undefined
      : {
          mobile: lighthouseMedians(lighthouse.mobile),
          desktop: lighthouseMedians(lighthouse.desktop),
          mobileTextOnly: {
            ...lighthouseMedians(lighthouse.mobileTextOnly),
            htmlBytes: floors.htmlBytes.textOnly,
          },
        },
    scroll: Object.fromEntries(
      Object.entries(scroll).map(([name, { story, floor }]) => [
        name,
        {
          story: scrollMedians(story),
          floor: scrollMedians(floor),
          runs: { story: story.map(lostOnly), floor: floor.map(lostOnly) },
        },
      ]),
    ),
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
