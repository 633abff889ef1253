import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedHostURL } from '../embed-host/address.mjs';
import { watchPage } from './helpers';

/**
 * The story embedded in a news site's page on another origin (tests/embed-host/server.mjs serves
 * the page with the embed code pasted in, as the embed-codes page lists it). The responsive code
 * loads pym.js (the npm package's own file, copied into the build) and tracks the host's scroll.
 */
const config = JSON.parse(readFileSync(new URL('../../content/data/embeds.json', import.meta.url), 'utf8')) as {
  fallbackHeight: { story: number; scene: number };
  scenes: { slug: string; block: string }[];
};
const scenes = config.scenes;
const allEmbeds = ['story', ...scenes.map((scene) => scene.slug)];

/** Opens the host page with one embed code; returns the embed's frame once it has loaded. */
async function openHost(page: Page, slug: string, kind: 'pym' | 'iframe' | 'pym-no-tracking'): Promise<Frame> {
  await page.goto(`${embedHostURL}/${slug}/${kind}`);
  const iframe = page.locator('[data-testid="embed-slot"] iframe');
  await expect(iframe).toHaveCount(1);
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the embed code made no frame');
  await frame.waitForLoadState('load');
  return frame;
}

const scrollMode = (frame: Frame) => frame.locator('html');

/** How far the iframe's height is from its content's height, px. */
async function heightMismatch(page: Page, frame: Frame): Promise<number> {
  const frameHeight = await page.locator('[data-testid="embed-slot"] iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  const contentHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return Math.abs(frameHeight - contentHeight);
}

/** Scrolls the host page so that a point of the frame (px from its top) is at `at` of the host's viewport. */
async function scrollHostTo(page: Page, yInFrame: number, at: number): Promise<void> {
  await page.evaluate(
    ({ yInFrame, at }) => {
      const iframe = document.querySelector('[data-testid="embed-slot"] iframe');
      if (!iframe) throw new Error('no iframe');
      const top = iframe.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top + yInFrame - window.innerHeight * at, behavior: 'instant' });
    },
    { yInFrame, at },
  );
}

const stepIds = (frame: Frame) => frame.locator('story-scrolly .step').evaluateAll((steps) => steps.map((step) => step.id));

function watchBothOrigins(page: Page, siteOrigin: string) {
  const watched = watchPage(page, embedHostURL);
  return {
    consoleErrors: watched.consoleErrors,
    elsewhere: () => watched.foreignRequests.filter((url) => new URL(url).origin !== siteOrigin),
  };
}

for (const slug of allEmbeds) {
  test(`${slug}: pym sizes the iframe to the content, also after a width change; no console errors`, async ({ page, baseURL }) => {
    test.slow(); // two layouts of a whole map page each, on a shared machine
    const watched = watchBothOrigins(page, new URL(baseURL ?? '').origin);
    const frame = await openHost(page, slug, 'pym');
    await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
    await expect.poll(() => heightMismatch(page, frame), { timeout: 15_000 }).toBeLessThanOrEqual(3);
    const { width, height } = page.viewportSize() ?? { width: 390, height: 844 };
    await page.setViewportSize({ width: width > 1000 ? 1024 : 600, height });
    await expect.poll(() => heightMismatch(page, frame), { timeout: 15_000 }).toBeLessThanOrEqual(3);
    // Nothing in the frame may size itself by its own viewport: its height would chase itself.
    const before = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBe(before);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.elsewhere()).toEqual([]);
  });
}

for (const { slug } of scenes) {
  test(`${slug}: scrolling the host page moves through every step, the graphic kept in view`, async ({ page }) => {
    test.slow(); // a host scroll and a settled state per step
    const watched = watchPage(page, embedHostURL);
    const frame = await openHost(page, slug, 'pym');
    await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
    const ids = await stepIds(frame);
    expect(ids.length).toBeGreaterThan(1);
    const block = frame.locator('story-scrolly');
    const order = [...ids.keys(), ...[...ids.keys()].reverse().slice(1)];
    for (const index of order) {
      const stepTop = await frame.locator(`#${ids[index]}`).evaluate((step) => step.getBoundingClientRect().top);
      await scrollHostTo(page, stepTop, 0.5);
      await expect(block).toHaveAttribute('data-active-step', ids[index] ?? '', { timeout: 15_000 });
      // Like position: sticky in the host's viewport: the graphic's top at the viewport's top.
      await expect
        .poll(async () => {
          const iframeTop = await page.locator('[data-testid="embed-slot"] iframe').evaluate((iframe) => iframe.getBoundingClientRect().top);
          const graphicTop = await frame.locator('.scrolly-graphic').evaluate((graphic) => graphic.getBoundingClientRect().top);
          return Math.abs(iframeTop + graphicTop);
        }, { timeout: 15_000 })
        .toBeLessThanOrEqual(2);
    }
    expect(watched.consoleErrors).toEqual([]);
  });
}

test('the previous/next buttons in a pym host scroll the host page to the step', async ({ page }) => {
  const frame = await openHost(page, scenes[0]?.slug ?? '', 'pym');
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  const ids = await stepIds(frame);
  const block = frame.locator('story-scrolly');
  await scrollHostTo(page, await frame.locator(`#${ids[0]}`).evaluate((step) => step.getBoundingClientRect().top), 0.5);
  await expect(block).toHaveAttribute('data-active-step', ids[0] ?? '');
  const hostScroll = await page.evaluate(() => window.scrollY);
  await frame.locator('[data-step-next]').click();
  await expect(block).toHaveAttribute('data-active-step', ids[1] ?? '', { timeout: 15_000 });
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(hostScroll);
});

test('a citation link in a pym host scrolls the host page to the source it names', async ({ page }) => {
  const frame = await openHost(page, scenes[0]?.slug ?? '', 'pym');
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  const step = frame.locator('.step.is-active');
  const cite = step.locator('a[href^="#source-"]').first();
  await scrollHostTo(page, await step.evaluate((element) => element.getBoundingClientRect().top), 0.5);
  const sourceId = (await cite.getAttribute('href'))?.slice(1) ?? '';
  await cite.click();
  const viewportHeight = page.viewportSize()?.height ?? 0;
  await expect
    .poll(async () => {
      const iframeTop = await page.locator('[data-testid="embed-slot"] iframe').evaluate((iframe) => iframe.getBoundingClientRect().top);
      const sourceTop = await frame.locator(`#${sourceId}`).evaluate((element) => element.getBoundingClientRect().top);
      const top = iframeTop + sourceTop;
      return top >= 0 && top < viewportHeight / 2;
    }, { timeout: 15_000 })
    .toBe(true);
});

test('a pym host without scroll tracking still moves the steps (asked again as steps cross its viewport)', async ({ page }) => {
  const frame = await openHost(page, scenes[0]?.slug ?? '', 'pym-no-tracking');
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  const ids = await stepIds(frame);
  const last = ids.at(-1) ?? '';
  await scrollHostTo(page, await frame.locator(`#${last}`).evaluate((step) => step.getBoundingClientRect().top), 0.5);
  await expect(frame.locator('story-scrolly')).toHaveAttribute('data-active-step', last, { timeout: 15_000 });
});

for (const { slug } of scenes) {
  test(`${slug}: without pym (a plain iframe) the scene is a stepper in a fixed-height frame`, async ({ page }) => {
    const watched = watchPage(page, embedHostURL);
    const frame = await openHost(page, slug, 'iframe');
    await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'stepper');
    const iframe = page.locator('[data-testid="embed-slot"] iframe');
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(config.fallbackHeight.scene);
    const ids = await stepIds(frame);
    const block = frame.locator('story-scrolly');
    const step = (index: number) => frame.locator(`#${ids[index]}`);
    await expect(block).toHaveAttribute('data-active-step', ids[0] ?? '');
    await expect(step(0)).toBeVisible();
    await expect(step(1)).toBeHidden();
    await expect(frame.locator('[data-step-prev]')).toBeDisabled();
    await frame.locator('[data-step-next]').click();
    await expect(block).toHaveAttribute('data-active-step', ids[1] ?? '');
    await expect(step(1)).toBeVisible();
    await expect(step(0)).toBeHidden();
    await expect(step(1)).toBeFocused();
    // The keys work as on the story's page, and stop at the ends.
    for (let index = 2; index < ids.length + 1; index += 1) await page.keyboard.press('ArrowRight');
    await expect(block).toHaveAttribute('data-active-step', ids.at(-1) ?? '');
    await expect(frame.locator('[data-step-next]')).toBeDisabled();
    await frame.locator('[data-step-prev]').click();
    await expect(block).toHaveAttribute('data-active-step', ids.at(-2) ?? '');
    expect(watched.consoleErrors).toEqual([]);
  });
}

/** An attribute of the first element of the page's HTML that matches `tag` (a start tag without its attributes' values). */
function attributeOf(html: string, tag: RegExp, name: string): string {
  const element = html.match(tag)?.[0] ?? '';
  return element.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? '';
}

test('each embed page announces its oEmbed JSON, whose code loads pym.js from this site', async ({ page, request }) => {
  const pymFromNpm = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');
  expect(await (await request.get('/pym.v1.min.js')).text()).toBe(pymFromNpm);
  for (const slug of allEmbeds) {
    const path = slug === 'story' ? '/embed/' : `/embed/${slug}/`;
    const html = await (await request.get(path)).text();
    const href = attributeOf(html, /<link rel="alternate" type="application\/json\+oembed"[^>]*>/, 'href');
    const oembed = (await (await request.get(new URL(href).pathname)).json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', height: slug === 'story' ? config.fallbackHeight.story : config.fallbackHeight.scene });
    const site = new URL(String(oembed['provider_url']));
    expect(oembed['html']).toContain(`data-pym-src="${new URL(path, site).href}"`);
    expect(oembed['html']).toContain(`<script src="${new URL('/pym.v1.min.js', site).href}"></script>`);
    expect(new URL(href).origin).toBe(site.origin);
    expect(attributeOf(html, /<link rel="canonical"[^>]*>/, 'href')).toBe(site.href);
  }
  await page.goto('/embed/codes/');
  for (const slug of allEmbeds) {
    await expect(page.locator(`#pym-${slug}`)).toHaveValue(/data-pym-trackscroll="true"/);
    await expect(page.locator(`#iframe-${slug}`)).toHaveValue(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+"/);
  }
});

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe over the page or a part of it (frames included); the map's decorative geometry is left out, as in a11y.spec.ts. */
async function axeViolations(page: Page, within?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(wcag).exclude('.map-geometry').exclude('.map-geo');
  if (within) builder = builder.include(within);
  return (await builder.analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
}

for (const { slug } of scenes) {
  test(`${slug}: the embedded scene has no axe violations, as a stepper and driven by the host`, async ({ page }) => {
    test.slow(); // axe over a map page, twice
    for (const kind of ['iframe', 'pym'] as const) {
      const frame = await openHost(page, slug, kind);
      await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', kind === 'pym' ? 'host' : 'stepper', { timeout: 15_000 });
      expect(await axeViolations(page, '[data-testid="embed-slot"]'), kind).toEqual([]);
    }
  });
}

test('the embed-codes page has no axe violations', async ({ page }) => {
  await page.goto('/embed/codes/');
  expect(await axeViolations(page)).toEqual([]);
});
