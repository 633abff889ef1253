// The scroll benchmark. Lighthouse never scrolls, so it cannot see scroll jank: this drives a
// smooth scroll through the whole page, top to bottom over ~12 s, the way Chrome's smoothness
// tests do (CDP Input.synthesizeScrollGesture), and records in the page every
// requestAnimationFrame interval, long tasks (> 50 ms) and layout shifts (during load, and
// during the scroll).
//
// Frames lost are counted as Chrome's smoothness metrics count them, time-weighted: the frames a
// 60 Hz display expected over the scroll minus the frames the page produced, so a 283 ms freeze
// counts as the 16 frames the reader lost, not as one late frame.
import { percentile } from './stats.mjs';

const frameMs = 1000 / 60;
const scrollSeconds = 12;

/** The sizes scrolled; each is run over the story and over its floor, alternating. */
export const scrollSizes = {
  phone390x844cpu1x: { width: 390, height: 844, throttle: 1, mobile: true },
  desktop1440x900cpu1x: { width: 1440, height: 900, throttle: 1, mobile: false },
  phone390x844cpu4x: { width: 390, height: 844, throttle: 4, mobile: true },
  // Context, no budget: the throttle slows only the page's main thread; rasterising and
  // compositing share the machine's cores unthrottled.
  phone390x844cpu2x: { width: 390, height: 844, throttle: 2, mobile: true },
};

/** Frames lost, time-weighted, as a share of the frames expected over the intervals' span. */
export function framesLost(intervals) {
  const span = intervals.reduce((sum, interval) => sum + interval, 0);
  const expected = span / frameMs;
  const lost = Math.max(0, expected - intervals.length);
  return { expected, lost, percent: expected > 0 ? (lost / expected) * 100 : 0 };
}

/** Scrolls the page at `url` top to bottom at one size and returns what the page recorded. */
export async function scrollRun(
  browser,
  url,
  { width, height, throttle, mobile, reducedMotion = false },
) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: mobile ? 3 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    const w = window;
    w.__bench = {
      loadShift: 0,
      scrollShift: 0,
      longTasks: [],
      frames: [],
      scrolling: false,
      shiftSources: {},
    };
    const describe = (node) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList]
            .slice(0, 2)
            .map((c) => `.${c}`)
            .join('')}`
        : String(node?.nodeName ?? 'unknown');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (w.__bench.scrolling) w.__bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        if (w.__bench.scrolling) w.__bench.scrollShift += entry.value;
        else w.__bench.loadShift += entry.value;
        // Which elements moved: to find the cause of a shift, not only its size.
        for (const source of entry.sources ?? []) {
          const name = describe(source.node);
          w.__bench.shiftSources[name] =
            (w.__bench.shiftSources[name] ?? 0) + entry.value / entry.sources.length;
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const distance = await page.evaluate(() => {
    const w = window;
    w.__bench.scrolling = true;
    let last = performance.now();
    const tick = (now) => {
      w.__bench.frames.push(now - last);
      last = now;
      if (w.__bench.scrolling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return document.documentElement.scrollHeight - window.innerHeight;
  });
  await cdp.send('Input.synthesizeScrollGesture', {
    x: Math.round(width / 2),
    y: Math.round(height / 2),
    yDistance: -distance,
    speed: Math.round(distance / scrollSeconds),
    gestureSourceType: 'mouse',
    repeatCount: 0,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const result = await page.evaluate(() => {
    const w = window;
    w.__bench.scrolling = false;
    return {
      ...w.__bench,
      y: window.scrollY,
      max: document.documentElement.scrollHeight - window.innerHeight,
    };
  });
  await context.close();
  const frames = result.frames.slice(1);
  return {
    frames: frames.length,
    framesLostPercent: framesLost(frames).percent,
    p50Ms: percentile(frames, 50),
    p99Ms: percentile(frames, 99),
    longestFrameMs: Math.max(0, ...frames),
    longTasks: result.longTasks.length,
    longestTaskMs: Math.max(0, ...result.longTasks),
    clsLoad: result.loadShift,
    clsScroll: result.scrollShift,
    reachedBottom: result.y >= result.max - 2,
    shiftSources: result.shiftSources,
  };
}
