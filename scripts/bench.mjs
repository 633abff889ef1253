// `npm run bench`: measures the production build served locally, and prints one JSON object.
//  - bytes: what the story page ships (HTML, CSS, JS; raw and gzip)
//  - scroll: a smooth scroll through the whole story, top to bottom over ~12 s, the way
//    Chrome's smoothness tests drive it (CDP Input.synthesizeScrollGesture), at 390x844 with
//    the CPU throttled 4x and at 1440x900: requestAnimationFrame deltas, long tasks and layout
//    shift recorded in the page. Medians of RUNS runs (default 3).
// Lighthouse never scrolls, so it cannot see any of the scroll figures.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.mjs';

const runs = Number(process.env.RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const dist = new URL('../dist/', import.meta.url).pathname;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function build() {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error('astro build failed');
  return round((performance.now() - started) / 1000, 2);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Bytes of the story page: its HTML (with inline CSS, SVG and scripts) and the files it links. */
function pageBytes() {
  const html = readFileSync(join(dist, 'index.html'));
  const linked = [...html.toString().matchAll(/(?:src|href)="\/?(_astro\/[^"]+)"/g)].map((match) => match[1]);
  const byType = { html: { raw: html.length, gzip: gzipSync(html).length }, js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const file of new Set(linked)) {
    const content = readFileSync(join(dist, file));
    const type = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : undefined;
    if (!type) continue;
    byType[type].raw += content.length;
    byType[type].gzip += gzipSync(content).length;
  }
  const inlineScripts = [...html.toString().matchAll(/<script(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const inlineStyles = [...html.toString().matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const svg = [...html.toString().matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
  byType.inline = {
    jsGzip: gzipSync(inlineScripts).length,
    cssGzip: gzipSync(inlineStyles).length,
    svgGzip: gzipSync(svg).length,
  };
  byType.allFiles = files(dist).length;
  return byType;
}

async function scrollRun(browser, { width, height, throttle, mobile }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: mobile ? 3 : 1, isMobile: mobile, hasTouch: mobile, reducedMotion: process.env.BENCH_REDUCED_MOTION ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(origin, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window;
    w.__frames = [];
    w.__longTasks = [];
    w.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.__longTasks.push(entry.duration))).observe({ type: 'longtask' });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => { if (!entry.hadRecentInput) w.__shift += entry.value; })).observe({ type: 'layout-shift' });
    let last = performance.now();
    const tick = (now) => { w.__frames.push(now - last); last = now; if (!w.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const distance = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  const seconds = 12;
  await cdp.send('Input.synthesizeScrollGesture', {
    x: Math.round(width / 2), y: Math.round(height / 2), yDistance: -distance, speed: Math.round(distance / seconds),
    gestureSourceType: 'mouse', repeatCount: 0,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const result = await page.evaluate(() => { window.__stop = true; return { frames: window.__frames.slice(1), longTasks: window.__longTasks, shift: window.__shift, y: window.scrollY, max: document.documentElement.scrollHeight - window.innerHeight }; });
  await context.close();
  const frames = result.frames;
  return {
    frames: frames.length,
    p50: percentile(frames, 50), p95: percentile(frames, 95), p99: percentile(frames, 99),
    over16_7: frames.filter((f) => f > 16.7 * 1.5).length / Math.max(1, frames.length) * 100,
    over33: frames.filter((f) => f > 33.4).length,
    longTasks: result.longTasks.length, longestTask: Math.max(0, ...result.longTasks),
    cls: result.shift, reachedBottom: result.y >= result.max - 2, scrolledShare: result.y / Math.max(1, result.max),
  };
}

function summarise(samples) {
  const keys = Object.keys(samples[0]).filter((key) => typeof samples[0][key] === 'number');
  const out = Object.fromEntries(keys.map((key) => [key, round(median(samples.map((s) => s[key])), 3)]));
  out.reachedBottom = samples.every((s) => s.reachedBottom);
  return out;
}

const buildSeconds = build();
const bytes = pageBytes();
const preview = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 100; i += 1) {
    try { if ((await fetch(origin)).ok) break; } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const found = findChromium();
  if (!found) throw new Error('No Chromium found; see README.');
  const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs });
  const phone = [];
  const desktop = [];
  for (let i = 0; i < runs; i += 1) {
    phone.push(await scrollRun(browser, { width: 390, height: 844, throttle: 4, mobile: true }));
    desktop.push(await scrollRun(browser, { width: 1440, height: 900, throttle: 1, mobile: false }));
  }
  await browser.close();
  const report = {
    date: new Date().toISOString(), runs, buildSeconds, bytes,
    scroll: { phone390x844cpu4x: summarise(phone), desktop1440x900: summarise(desktop) },
    notes: 'frame figures in ms; over16_7 = % of frames longer than 1.5 frames (dropped); medians of runs',
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report));
} finally {
  // npx runs astro as a child: kill the process group, or astro keeps the port after we exit.
  try { process.kill(-preview.pid); } catch { preview.kill(); }
}
