// Screenshots for looking at the page as a reader: `node scripts/screenshots.mjs [url]` writes
// PNGs to screenshots/ at 390x844 and 1440x900 (SIZES=phone,small,tablet,laptop,desktop for others): the top, every scrolly step going down, the
// same steps coming back up, and the end. Needs a running server (npm start). ONLY_STEPS=a,b
// shoots those steps only, NO_UP=1 skips the way back up, DARK=1 and REDUCED_MOTION=1 ask for
// the dark scheme and reduced motion; WAIT=ms sets the pause at each step (default 900: a long
// flight between views may still be moving; 2000 shows every view at rest).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4321/';
const only = process.env.ONLY_STEPS?.split(',');
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const found = findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: chromiumArgs });
const allSizes = [
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  },
  {
    name: 'small',
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  },
  {
    name: 'tablet',
    viewport: { width: 768, height: 1024 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  },
  { name: 'laptop', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: 'desktop', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
];
// SIZES=phone,small picks sizes; the default is a phone and a desktop.
const picked = (process.env.SIZES ?? 'phone,desktop').split(',');
const sizes = allSizes.filter((size) => picked.includes(size.name));
for (const { name, ...options } of sizes) {
  const page = await browser.newPage({
    ...options,
    colorScheme: process.env.DARK ? 'dark' : 'light',
    reducedMotion: process.env.REDUCED_MOTION ? 'reduce' : 'no-preference',
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `${out}/${name}-00-top.png` });
  const steps = await page
    .locator('story-scrolly .step')
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  const shoot = async (id, suffix) => {
    // Where a link to the step lands (its scroll margin puts it at the trigger line), a little further in.
    await page.evaluate((id) => {
      document.getElementById(id).scrollIntoView({ block: 'start', behavior: 'instant' });
      window.scrollBy({ top: 40, behavior: 'instant' });
    }, id);
    await page.waitForTimeout(Number(process.env.WAIT ?? 900));
    await page.screenshot({ path: `${out}/${name}-${suffix}-${id}.png` });
  };
  for (const id of steps.filter((id) => !only || only.includes(id))) await shoot(id, 'down');
  if (!process.env.NO_UP)
    for (const id of [...steps].reverse().filter((id) => !only || only.includes(id)))
      await shoot(id, 'up');
  await page.keyboard.press('End');
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${name}-99-end.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
