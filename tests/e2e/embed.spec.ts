import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedHostURL } from '../embed-host/address.mjs';
import { wordpressOembedFilter } from '../embed-host/oembed-filter.mjs';
import { graphicInViewPercent } from './graphic-in-view';
import { watchPage } from './helpers';

/**
 * The story embedded in a news site's page on another origin (tests/embed-host/server.mjs serves
 * the page with the embed code pasted in, as the embed-codes page lists it). The responsive code
 * is the plain iframe followed by /embed/frames.js, which bundles the real pym.js 1.3.2 Parent
 * (npm `pym.js`) and swaps the iframe for a pym frame that tracks the host's scroll.
 */
const config = JSON.parse(
  readFileSync(new URL('../../content/data/embeds.json', import.meta.url), 'utf8'),
) as {
  fallbackHeight: { story: number; scene: number };
  scenes: { slug: string; block: string; title?: string }[];
};
const scenes = config.scenes;
const allEmbeds = ['story', ...scenes.map((scene) => scene.slug)];

type HostKind = 'responsive' | 'csp' | 'iframe' | 'oembed' | 'pym-no-tracking';

/** Opens the host page with one embed code; returns the embed's frame once it has loaded. */
async function openHost(page: Page, slug: string, kind: HostKind, query = ''): Promise<Frame> {
  await page.goto(`${embedHostURL}/${slug}/${kind}${query}`);
  return openHostFrame(page);
}

/** The embed's frame in the host page already open, once it has loaded. */
async function openHostFrame(page: Page): Promise<Frame> {
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
  const frameHeight = await page
    .locator('[data-testid="embed-slot"] iframe')
    .evaluate((iframe) => iframe.getBoundingClientRect().height);
  const contentHeight = await frame.evaluate(
    () => document.documentElement.getBoundingClientRect().height,
  );
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

const stepIds = (frame: Frame) =>
  frame.locator('story-scrolly .step').evaluateAll((steps) => steps.map((step) => step.id));

function watchBothOrigins(page: Page, siteOrigin: string) {
  const watched = watchPage(page, embedHostURL);
  return {
    consoleErrors: watched.consoleErrors,
    elsewhere: () => watched.foreignRequests.filter((url) => new URL(url).origin !== siteOrigin),
  };
}

/** Records, in the host page, every pym height message with the iframe's place at that moment. */
async function recordHeights(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const sent: { height: number; frameTop: number; viewportHeight: number }[] = [];
    (window as unknown as { embedHeights: typeof sent }).embedHeights = sent;
    window.addEventListener('message', (event) => {
      const parts = typeof event.data === 'string' ? event.data.split('xPYMx') : [];
      if (parts[0] !== 'pym' || parts[2] !== 'height') return;
      const iframe = document.querySelector('[data-testid="embed-slot"] iframe');
      sent.push({
        height: Number(parts[3]),
        frameTop: iframe?.getBoundingClientRect().top ?? NaN,
        viewportHeight: window.innerHeight,
      });
    });
  });
}

const heightsSent = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          embedHeights: { height: number; frameTop: number; viewportHeight: number }[];
        }
      ).embedHeights,
  );
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

for (const slug of allEmbeds) {
  test(`${slug}: the first height, sent before the reader reaches the frame, is the final one; it holds`, async ({
    page,
    baseURL,
  }) => {
    test.slow(); // two layouts of a whole map page each, on a shared machine
    const watched = watchBothOrigins(page, new URL(baseURL ?? '').origin);
    await recordHeights(page);
    const frame = await openHost(page, slug, 'responsive', '?below=1');
    await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', {
      timeout: 15_000,
    });
    await expect
      .poll(async () => (await heightsSent(page)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => heightMismatch(page, frame), { timeout: 15_000 })
      .toBeLessThanOrEqual(1);
    const [first] = await heightsSent(page);
    // Sent while the frame was still below the host's first screen.
    expect(first?.frameTop).toBeGreaterThan(first?.viewportHeight ?? Infinity);
    expect(first?.height).toBe(await contentHeight(frame));
    // The host's viewport changes height (a phone's address bar): the frame's height holds, and
    // nothing in the frame chases its own height.
    const { width, height } = page.viewportSize() ?? { width: 390, height: 844 };
    const settledHeight = await contentHeight(frame);
    await page.setViewportSize({ width, height: height - 100 });
    await page.evaluate(() => window.scrollBy(0, 400));
    await page.waitForTimeout(500);
    expect(await contentHeight(frame)).toBe(settledHeight);
    expect((await heightsSent(page)).every((sent) => sent.height === settledHeight)).toBe(true);
    // A new width lays the embed out again, and the host gets its height.
    await page.setViewportSize({ width: width > 1000 ? 1024 : 600, height });
    await expect
      .poll(() => heightMismatch(page, frame), { timeout: 15_000 })
      .toBeLessThanOrEqual(1);
    // Screen readers name the frame pym made by the title of the code's iframe.
    const oembed = (await (
      await page.request.get(`${baseURL}/embed/oembed/${slug}.json`)
    ).json()) as { title: string };
    expect(await page.locator('[data-testid="embed-slot"] iframe').getAttribute('title')).toBe(
      oembed.title,
    );
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.elsewhere()).toEqual([]);
  });
}

test('the story embedded with pym keeps a graphic in view about as often as the embed page alone, down and up', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000); // the whole story, twice each way, half a screen at a time
  // Geometry only: drawn at one device pixel per CSS pixel, at rest (reduced motion).
  const viewport = testInfo.project.use.viewport ?? { width: 390, height: 844 };
  const page = await browser.newPage({
    viewport,
    deviceScaleFactor: 1,
    isMobile: testInfo.project.use.isMobile ?? false,
    reducedMotion: 'reduce',
  });
  await page.goto(`${baseURL}/embed/`);
  const alone = await graphicInViewPercent(page, page.mainFrame(), {
    frameTopOnPage: 0,
    length: await page.evaluate(() => document.documentElement.scrollHeight),
  });
  const frame = await openHost(page, 'story', 'responsive');
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  await expect.poll(() => heightMismatch(page, frame), { timeout: 15_000 }).toBeLessThanOrEqual(1);
  const box = await page.locator('[data-testid="embed-slot"] iframe').evaluate((iframe) => ({
    top: iframe.getBoundingClientRect().top + window.scrollY,
    height: iframe.getBoundingClientRect().height,
  }));
  const hosted = await graphicInViewPercent(page, frame, {
    frameTopOnPage: box.top,
    length: box.height,
  });
  const figures = `alone ${alone.down.toFixed(1)}% down, ${alone.up.toFixed(1)}% up (${alone.positions} positions); pym ${hosted.down.toFixed(1)}% down, ${hosted.up.toFixed(1)}% up (${hosted.positions} positions)`;
  testInfo.annotations.push({ type: 'graphic in view', description: figures });
  console.log(`${testInfo.project.name}: graphic fills >40% of the screen at ${figures}`);
  expect(alone.down, figures).toBeGreaterThan(20);
  expect(hosted.down, figures).toBeGreaterThanOrEqual(alone.down - 10);
  expect(hosted.up, figures).toBeGreaterThanOrEqual(alone.up - 10);
  await page.close();
});

test("a host page whose policy allows no inline script embeds the story with the codes page's code", async ({
  page,
  baseURL,
}) => {
  const watched = watchBothOrigins(page, new URL(baseURL ?? '').origin);
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto(`${embedHostURL}/story/csp`);
  expect(response?.headers()['content-security-policy']).toMatch(
    /script-src 'self' http:\/\/127\.0\.0\.1:\d+;/,
  );
  const frame = await openHostFrame(page);
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  await expect.poll(() => heightMismatch(page, frame), { timeout: 15_000 }).toBeLessThanOrEqual(1);
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

for (const { slug } of scenes) {
  test(`${slug}: scrolling the host page moves through every step, the graphic kept in view`, async ({
    page,
  }) => {
    test.slow(); // a host scroll and a settled state per step
    const watched = watchPage(page, embedHostURL);
    const frame = await openHost(page, slug, 'responsive');
    await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', {
      timeout: 15_000,
    });
    const ids = await stepIds(frame);
    expect(ids.length).toBeGreaterThan(1);
    const block = frame.locator('story-scrolly');
    const order = [...ids.keys(), ...[...ids.keys()].reverse().slice(1)];
    for (const index of order) {
      const stepTop = await frame
        .locator(`#${ids[index]}`)
        .evaluate((step) => step.getBoundingClientRect().top);
      await scrollHostTo(page, stepTop, 0.5);
      await expect(block).toHaveAttribute('data-active-step', ids[index] ?? '', {
        timeout: 15_000,
      });
      // Like position: sticky in the host's viewport: the graphic's top at the viewport's top.
      await expect
        .poll(
          async () => {
            const iframeTop = await page
              .locator('[data-testid="embed-slot"] iframe')
              .evaluate((iframe) => iframe.getBoundingClientRect().top);
            const graphicTop = await frame
              .locator('.scrolly-graphic')
              .evaluate((graphic) => graphic.getBoundingClientRect().top);
            return Math.abs(iframeTop + graphicTop);
          },
          { timeout: 15_000 },
        )
        .toBeLessThanOrEqual(2);
    }
    expect(watched.consoleErrors).toEqual([]);
  });
}

test('the previous/next buttons in a pym host scroll the host page to the step', async ({
  page,
}) => {
  const frame = await openHost(page, scenes[0]?.slug ?? '', 'responsive');
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  const ids = await stepIds(frame);
  const block = frame.locator('story-scrolly');
  await scrollHostTo(
    page,
    await frame.locator(`#${ids[0]}`).evaluate((step) => step.getBoundingClientRect().top),
    0.5,
  );
  await expect(block).toHaveAttribute('data-active-step', ids[0] ?? '');
  const hostScroll = await page.evaluate(() => window.scrollY);
  await frame.locator('[data-step-next]').click();
  await expect(block).toHaveAttribute('data-active-step', ids[1] ?? '', { timeout: 15_000 });
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(hostScroll);
});

test('a citation link in a pym host scrolls the host page to the source it names', async ({
  page,
}) => {
  const frame = await openHost(page, scenes[0]?.slug ?? '', 'responsive');
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  const step = frame.locator('.step.is-active');
  const cite = step.locator('a[href^="#source-"]').first();
  await scrollHostTo(
    page,
    await step.evaluate((element) => element.getBoundingClientRect().top),
    0.5,
  );
  const sourceId = (await cite.getAttribute('href'))?.slice(1) ?? '';
  await cite.click();
  const viewportHeight = page.viewportSize()?.height ?? 0;
  await expect
    .poll(
      async () => {
        const iframeTop = await page
          .locator('[data-testid="embed-slot"] iframe')
          .evaluate((iframe) => iframe.getBoundingClientRect().top);
        const sourceTop = await frame
          .locator(`#${sourceId}`)
          .evaluate((element) => element.getBoundingClientRect().top);
        const top = iframeTop + sourceTop;
        return top >= 0 && top < viewportHeight / 2;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
});

test('a pym host without scroll tracking still moves the steps (asked again as steps cross its viewport)', async ({
  page,
}) => {
  const frame = await openHost(page, scenes[0]?.slug ?? '', 'pym-no-tracking');
  await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'host', { timeout: 15_000 });
  const ids = await stepIds(frame);
  const last = ids.at(-1) ?? '';
  await scrollHostTo(
    page,
    await frame.locator(`#${last}`).evaluate((step) => step.getBoundingClientRect().top),
    0.5,
  );
  await expect(frame.locator('story-scrolly')).toHaveAttribute('data-active-step', last, {
    timeout: 15_000,
  });
});

for (const { slug } of scenes) {
  test(`${slug}: without pym (a plain iframe) the scene is a stepper in a fixed-height frame`, async ({
    page,
  }) => {
    const watched = watchPage(page, embedHostURL);
    const frame = await openHost(page, slug, 'iframe');
    await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'stepper');
    const iframe = page.locator('[data-testid="embed-slot"] iframe');
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(
      config.fallbackHeight.scene,
    );
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

test('each embed page announces its oEmbed JSON: an iframe first, then the upgrade script from this site', async ({
  page,
  request,
}) => {
  const pymFromNpm = readFileSync(
    new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url),
    'utf8',
  );
  // Embed codes already published load pym.js from here.
  expect(await (await request.get('/pym.v1.min.js')).text()).toBe(pymFromNpm);
  await page.goto('/embed/codes/');
  for (const slug of allEmbeds) {
    const path = slug === 'story' ? '/embed/' : `/embed/${slug}/`;
    const html = await (await request.get(path)).text();
    const href = attributeOf(
      html,
      /<link rel="alternate" type="application\/json\+oembed"[^>]*>/,
      'href',
    );
    const oembed = (await (await request.get(new URL(href).pathname)).json()) as Record<
      string,
      unknown
    >;
    const height = slug === 'story' ? config.fallbackHeight.story : config.fallbackHeight.scene;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', height });
    const site = new URL(String(oembed['provider_url']));
    const code = String(oembed['html']);
    expect(code).toMatch(
      new RegExp(
        `^<iframe src="${new URL(path, site).href}" width="100%" height="${height}" title="[^"]+"[^>]*></iframe>\n<script src="${new URL('/embed/frames.js', site).href}"></script>$`,
      ),
    );
    // What WordPress keeps of it is the iframe alone, whole.
    expect(wordpressOembedFilter(code)).toBe(
      `<iframe src="${new URL(path, site).href}" width="100%" height="${height}" title="${String(oembed['title']).replace(/"/g, '&quot;')}"></iframe>`,
    );
    expect(new URL(href).origin).toBe(site.origin);
    expect(attributeOf(html, /<link rel="canonical"[^>]*>/, 'href')).toBe(site.href);
    // The codes page gives the same code, and the iframe alone for pages without scripts.
    await expect(page.locator(`#responsive-${slug}`)).toHaveValue(code);
    await expect(page.locator(`#iframe-${slug}`)).toHaveValue(code.split('\n')[0] ?? '');
  }
});

/**
 * A plain iframe's embed at work: for each block in it, its graphic brought into the frame's view
 * shows a third of the frame or more, drawn, and the next button moves its step.
 */
async function checkStepperBlocks(frame: Frame, frameHeight: number): Promise<void> {
  const blocks = await frame
    .locator('story-scrolly')
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(blocks.length).toBeGreaterThan(0);
  for (const id of blocks) {
    const block = frame.locator(`#${id}`);
    const graphic = block.locator('.scrolly-graphic');
    await graphic.evaluate((element) =>
      element.scrollIntoView({ block: 'nearest', behavior: 'instant' }),
    );
    const shown = await graphic.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const drawing = element
        .querySelector('.map-frame, .timeline-scene, .apron-scene')
        ?.getBoundingClientRect();
      return {
        visible: Math.min(window.innerHeight, box.bottom) - Math.max(0, box.top),
        drawing: drawing ? drawing.width * drawing.height : 0,
      };
    });
    expect(
      shown.visible,
      `${id}: graphic on screen, px of a ${frameHeight} px frame`,
    ).toBeGreaterThanOrEqual(frameHeight / 3);
    expect(shown.drawing, `${id}: drawing area`).toBeGreaterThan(0);
    const first = await block.getAttribute('data-active-step');
    await block.locator('[data-step-next]').click();
    await expect(block).not.toHaveAttribute('data-active-step', first ?? '');
    await expect(block.locator('.step.is-active')).toBeVisible();
  }
}

for (const size of [
  { width: 360, height: 640 },
  { width: 300, height: 500 },
]) {
  test(`every embed in a plain ${size.width}x${size.height} iframe shows its graphics over a third of it, moved with the buttons`, async ({
    page,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'phone',
      "the frame's size is set by the host page: run once",
    );
    test.slow(); // every embed, every block of the story
    const watched = watchPage(page, embedHostURL);
    for (const slug of allEmbeds) {
      const frame = await openHost(
        page,
        slug,
        'iframe',
        `?width=${size.width}&height=${size.height}`,
      );
      await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'stepper');
      const box = await page
        .locator('[data-testid="embed-slot"] iframe')
        .evaluate((iframe) => iframe.getBoundingClientRect());
      expect([box.width, box.height]).toEqual([size.width, size.height]);
      await checkStepperBlocks(frame, size.height);
    }
    expect(watched.consoleErrors).toEqual([]);
  });
}

test('what WordPress keeps of each oEmbed answer embeds and works at its height', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', "a plain iframe of the answer's height: run once");
  test.slow();
  for (const slug of allEmbeds) {
    const frame = await openHost(page, slug, 'oembed');
    await expect(page.locator('[data-testid="embed-slot"] script')).toHaveCount(0);
    await expect(scrollMode(frame)).toHaveAttribute('data-scroll-mode', 'stepper');
    // Its inner height: without the code's style the host's default iframe border is drawn around it.
    const height = await page
      .locator('[data-testid="embed-slot"] iframe')
      .evaluate((iframe) => iframe.clientHeight);
    expect(height).toBe(
      slug === 'story' ? config.fallbackHeight.story : config.fallbackHeight.scene,
    );
    await checkStepperBlocks(frame, height);
  }
});

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe over the page or a part of it (frames included); the map's decorative geometry is left out, as in a11y.spec.ts. */
async function axeViolations(page: Page, within?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page })
    .withTags(wcag)
    .exclude('.map-geometry')
    .exclude('.map-geo');
  if (within) builder = builder.include(within);
  return (await builder.analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`,
  );
}

for (const { slug } of scenes) {
  test(`${slug}: the embedded scene has no axe violations, as a stepper and driven by the host`, async ({
    page,
  }) => {
    test.slow(); // axe over a map page, twice
    for (const kind of ['iframe', 'responsive'] as const) {
      const frame = await openHost(page, slug, kind);
      await expect(scrollMode(frame)).toHaveAttribute(
        'data-scroll-mode',
        kind === 'responsive' ? 'host' : 'stepper',
        { timeout: 15_000 },
      );
      expect(await axeViolations(page, '[data-testid="embed-slot"]'), kind).toEqual([]);
    }
  });
}

test('the embed-codes page has no axe violations', async ({ page }) => {
  await page.goto('/embed/codes/');
  expect(await axeViolations(page)).toEqual([]);
});
