// Screenshots of every embed as a news site shows it: `node scripts/embed-screenshots.mjs <host url>`
// with the embed test host running (node tests/embed-host/server.mjs <port> <site>, over a built
// site's preview). Writes PNGs to screenshots/embeds/: the responsive code at 390x844 and 1440x900,
// the host page scrolled to each block's second step, and the plain iframe at 360x640 and 300x500
// after one press of its next button. ONLY=story,advance picks embeds.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.mjs';

const host = process.argv[2] ?? 'http://127.0.0.1:4339';
const out = 'screenshots/embeds';
mkdirSync(out, { recursive: true });
const config = JSON.parse(
  readFileSync(new URL('../content/data/embeds.json', import.meta.url), 'utf8'),
);
const only = process.env.ONLY?.split(',');
const slugs = ['story', ...config.scenes.map((scene) => scene.slug)].filter(
  (slug) => !only || only.includes(slug),
);
const browser = await chromium.launch({ executablePath: findChromium()?.path, args: chromiumArgs });

const hostSizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
];
const frameSizes = [
  { width: 360, height: 640 },
  { width: 300, height: 500 },
];

async function embedFrame(page) {
  const frame = await (
    await page.locator('[data-testid="embed-slot"] iframe').elementHandle()
  )?.contentFrame();
  if (!frame) throw new Error('no embed frame');
  await frame.waitForLoadState('load');
  return frame;
}

for (const { name, ...options } of hostSizes) {
  const page = await browser.newPage({ ...options, deviceScaleFactor: 1 });
  for (const slug of slugs) {
    await page.goto(`${host}/${slug}/responsive`);
    const frame = await embedFrame(page);
    await frame.locator('html[data-scroll-mode="host"]').waitFor({ state: 'attached' });
    const blocks = await frame
      .locator('story-scrolly')
      .evaluateAll((nodes) => nodes.map((node) => node.id));
    for (const block of slug === 'story' ? blocks : blocks.slice(0, 1)) {
      const stepTop = await frame
        .locator(`#${block} .step`)
        .nth(1)
        .evaluate((step) => step.getBoundingClientRect().top);
      await page.evaluate((y) => {
        const top =
          document.querySelector('[data-testid="embed-slot"] iframe').getBoundingClientRect().top +
          window.scrollY;
        window.scrollTo({ top: top + y - window.innerHeight * 0.4, behavior: 'instant' });
      }, stepTop);
      await page.waitForTimeout(1200);
      await page.screenshot({
        path: `${out}/${name}-${slug}-${block.replace(/^scrolly-/, '')}.png`,
      });
    }
  }
  await page.close();
}

for (const size of frameSizes) {
  const page = await browser.newPage({
    viewport: { width: Math.max(390, size.width + 40), height: size.height + 300 },
    deviceScaleFactor: 1,
  });
  for (const slug of slugs) {
    await page.goto(`${host}/${slug}/iframe?width=${size.width}&height=${size.height}`);
    const frame = await embedFrame(page);
    const block = frame.locator('story-scrolly').first();
    await block
      .locator('.scrolly-graphic')
      .evaluate((graphic) => graphic.scrollIntoView({ block: 'nearest', behavior: 'instant' }));
    await block.locator('[data-step-next]').click();
    await page.waitForTimeout(1000);
    await page
      .locator('[data-testid="embed-slot"] iframe')
      .screenshot({ path: `${out}/iframe-${size.width}x${size.height}-${slug}.png` });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
