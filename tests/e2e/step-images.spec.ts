import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { distDir } from './built-site';
import { watchPage } from './helpers';

/** Issue 22: every step as an image, shown without JavaScript and in print, shared per step, downloadable. */

const stories = ['/', '/stories/russia-libya-air-bridge/'];
const sizes = { share: [1200, 630], phone: [1080, 1350], print: [2000, 1500] } as const;

/** Width and height of a PNG, from its IHDR. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(png[1]!, png[2]!, png[3]!)).toBe('PNG');
  return [view.getUint32(16), view.getUint32(20)];
}

/** The steps whose image shows in the step without JavaScript: map and timeline blocks (an apron
 * block's own graphic shows every step's drawing then, with its caption; its steps are drawn as
 * images for sharing and the pack only). */
async function pageSteps(page: Page) {
  return page.locator('story-scrolly:not([data-graphic="apron"]) .step').evaluateAll((steps) =>
    steps.map((step) => ({
      id: step.id,
      graphic: step.closest('story-scrolly')?.getAttribute('data-graphic') ?? 'map',
      alt: (step.querySelector('.step-alt')?.textContent ?? '')
        .replace(/^(Map|Timeline): /, '')
        .trim(),
    })),
  );
}

/** Brings each step's image into view and waits until it has loaded; returns what each shows. */
async function loadedImages(page: Page) {
  const images = page.locator('.step .step-image img');
  const count = await images.count();
  const shown = [];
  for (let i = 0; i < count; i += 1) {
    const image = images.nth(i);
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
        timeout: 15_000,
      })
      .toBe(true);
    shown.push(
      await image.evaluate((img: HTMLImageElement) => ({
        step: img.closest('.step')?.id ?? '',
        src: img.currentSrc,
        alt: img.alt,
        width: img.getBoundingClientRect().width,
        naturalWidth: img.naturalWidth,
      })),
    );
  }
  return shown;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of stories) {
    test(`every step of ${path} shows its own image, with its text alternative, in place of the first step's map`, async ({
      page,
      isMobile,
    }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      const steps = await pageSteps(page);
      expect(steps.length).toBeGreaterThan(0);
      const shown = await loadedImages(page);
      expect(shown.map((image) => image.step)).toEqual(steps.map((step) => step.id));
      for (const [i, image] of shown.entries()) {
        const step = steps[i]!;
        expect(image.alt, step.id).toBe(step.alt);
        // Phones get the portrait card, wider screens the print image: each the step's own.
        expect(image.src, step.id).toContain(`/${step.id}-${isMobile ? 'phone' : 'print'}.png`);
        expect(image.width, `${step.id} fills its card`).toBeGreaterThan(isMobile ? 250 : 300);
      }
      // The map blocks' own graphic (frozen in the first step's state) is gone; the timeline's list stays.
      for (const graphic of await page
        .locator('story-scrolly.scrolly-map > .scrolly-graphic')
        .all())
        await expect(graphic).toBeHidden();
      for (const graphic of await page
        .locator('story-scrolly.scrolly-timeline > .scrolly-graphic')
        .all())
        await expect(graphic).toBeVisible();
    });
  }

  test('a share page sends the reader on to the story at the step', async ({ page }) => {
    await page.goto('/s/russia-syria-exit/hama-falls/');
    await page.waitForURL(/\/#hama-falls$/);
    await expect(page.locator('#hama-falls')).toBeAttached();
  });
});

test.describe('with JavaScript', () => {
  test('on screen, the step images cost the reader nothing: not one is fetched, top to bottom', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page, new URL(baseURL ?? '').origin);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/step-images/')) fetched.push(request.url());
    });
    await page.goto('/');
    await page.evaluate(async () => {
      const rest = () => new Promise((resolve) => setTimeout(resolve, 80));
      while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2) {
        const before = window.scrollY;
        window.scrollBy(0, window.innerHeight * 0.8);
        await rest();
        if (window.scrollY === before) break;
      }
    });
    await watch.networkSettled();
    expect(fetched).toEqual([]);
    await expect(page.locator('.step-image').first()).toBeHidden();
    expect(watch.foreignRequests).toEqual([]);
  });

  test("in print, every step shows its own image in place of the first step's map", async ({
    page,
    isMobile,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    const steps = await pageSteps(page);
    const shown = await loadedImages(page);
    expect(shown.map((image) => image.step)).toEqual(steps.map((step) => step.id));
    for (const [i, image] of shown.entries()) {
      expect(image.alt).toBe(steps[i]!.alt);
      expect(image.src).toContain(`/${steps[i]!.id}-${isMobile ? 'phone' : 'print'}.png`);
    }
    for (const graphic of await page.locator('story-scrolly.scrolly-map > .scrolly-graphic').all())
      await expect(graphic).toBeHidden();
    await expect(page.locator('.step-share').first()).toBeHidden();
  });

  test('printing fetches the step images the screen never did', async ({ page, isMobile }) => {
    test.skip(isMobile, 'page.pdf prints at a paper size, whatever the viewport');
    const fetched = new Set<string>();
    page.on('requestfinished', (request) => {
      if (request.url().includes('/step-images/')) fetched.add(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(fetched.size).toBe(0);
    const steps = await pageSteps(page);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(100_000);
    expect([...fetched].sort()).toEqual(
      steps.map((step) => `/step-images/russia-syria-exit/${step.id}-print.png`).sort(),
    );
  });

  test("each step's share link points at its share page, which leads to the step", async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'same links at every size');
    await page.goto('/');
    const links = await page.locator('a[data-share-step]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        step: a.getAttribute('data-share-step'),
        href: a.getAttribute('href'),
      })),
    );
    // Every step, the apron's drawings included, has its share link.
    const steps = await page
      .locator('story-scrolly .step')
      .evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(steps.length).toBeGreaterThan(0);
    expect(links.map((link) => link.step)).toEqual(steps);
    for (const link of links) expect(link.href).toBe(`/s/russia-syria-exit/${link.step}/`);
    await page.goto('/s/russia-syria-exit/aleppo-falls/');
    await page.waitForURL(/\/#aleppo-falls$/);
  });
});

test.describe('share pages and the image pack', () => {
  test.skip(({ isMobile }) => isMobile, 'files of the build; checked once');

  test('every step has a share page with its own 1200x630 PNG card, its words, and a link to the story at the step', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const cards = new Set<string>();
    let count = 0;
    for (const path of stories) {
      const html = await (await request.get(path)).text();
      const ids = [...html.matchAll(/data-share-step="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(ids.length).toBeGreaterThan(0);
      const story = path === '/' ? 'russia-syria-exit' : 'russia-libya-air-bridge';
      for (const id of ids) {
        const share = await request.get(`/s/${story}/${id}/`);
        expect(share.status(), id).toBe(200);
        const page = await share.text();
        const meta = (attribute: string, name: string) =>
          page.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];
        const og = meta('property', 'og:image') ?? '';
        expect(new URL(og).pathname, id).toBe(`/step-images/${story}/${id}-share.png`);
        expect(meta('name', 'twitter:image'), id).toBe(og);
        expect(meta('name', 'twitter:card'), id).toBe('summary_large_image');
        expect(meta('property', 'og:title')?.length ?? 0, id).toBeGreaterThan(10);
        expect(meta('property', 'og:description')?.length ?? 0, id).toBeGreaterThan(15);
        expect(page, id).toContain(`href="${path}#${id}"`);
        expect(page, id).toMatch(
          new RegExp(
            `<noscript><meta http-equiv="refresh" content="0; url=${path.replace(/\//g, '\\/')}#${id}"`,
          ),
        );
        const png = await (await request.get(new URL(og).pathname)).body();
        expect(pngSize(png), id).toEqual([1200, 630]);
        expect(png.length, `${id}: drawn, not blank`).toBeGreaterThan(10_000);
        count += 1;
        cards.add(createHash('sha256').update(png).digest('hex'));
      }
    }
    expect(cards.size, "each card is the step's own").toBe(count);
  });

  test('the image pack holds one image per step per size, and the alt texts and credits; linked from the embed codes and the gallery', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    for (const path of ['/embed/codes/', '/gallery/']) {
      await page.goto(path);
      await expect(page.locator('a[data-image-pack]').first()).toHaveAttribute(
        'href',
        '/step-images/russia-syria-exit.zip',
      );
    }
    const html = await (await request.get('/')).text();
    const ids = [...html.matchAll(/data-share-step="([^"]+)"/g)].map((match) => match[1] ?? '');
    const zip = unzipSync(
      new Uint8Array(await (await request.get('/step-images/russia-syria-exit.zip')).body()),
    );
    const names = Object.keys(zip).sort();
    const expected = ids.flatMap((id) =>
      Object.keys(sizes).map((size) => `russia-syria-exit-images/${id}-${size}.png`),
    );
    expect(names).toEqual(
      [...expected, 'russia-syria-exit-images/CREDITS-AND-ALT-TEXT.txt'].sort(),
    );
    for (const id of ids) {
      for (const [size, dimensions] of Object.entries(sizes)) {
        const png = zip[`russia-syria-exit-images/${id}-${size}.png`]!;
        expect(pngSize(png), `${id}-${size}`).toEqual([...dimensions]);
        // The same bytes as the image the site serves.
        expect(
          Buffer.from(png).equals(
            readFileSync(join(distDir, 'step-images', 'russia-syria-exit', `${id}-${size}.png`)),
          ),
          `${id}-${size}`,
        ).toBe(true);
      }
    }
    const credits = new TextDecoder().decode(
      zip['russia-syria-exit-images/CREDITS-AND-ALT-TEXT.txt'],
    );
    // The text alternatives of the steps the pack draws (each step's own, found after its id).
    const alts = ids.map(
      (id) =>
        new RegExp(
          `id="${id}"[\\s\\S]*?<p class="step-alt"[^>]*><span[^>]*>[^<]*<\\/span>([^<]+)<\\/p>`,
        ).exec(html)?.[1] ?? '',
    );
    expect(alts.every(Boolean)).toBe(true);
    for (const alt of alts) {
      expect(credits).toContain(
        alt
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
    }
    expect(credits).toContain('Natural Earth');
  });
});
