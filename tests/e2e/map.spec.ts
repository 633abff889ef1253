import { expect, test, type Locator, type Page } from '@playwright/test';
import { allStories } from './helpers';
import { blocksOf, paintedFrame, scrollToStep } from './scrolly-helpers';

/**
 * The map renders in the built HTML (astro preview), with its labels, at phone and desktop sizes
 * (each project's own), with and without JavaScript, and <story-map> moves between views.
 */

const views = [
  'syria',
  'northwest',
  'coast',
  'khmeimim',
  'syria-moscow',
  'east-med-libya',
] as const;

async function visibleLabels(page: Page, mapId: string): Promise<string[]> {
  return page
    .locator(`#${mapId} .map-item:not(.is-off) text`)
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => (n as SVGGraphicsElement).getBBox().width > 0)
        .map((n) => n.textContent ?? ''),
    );
}

/**
 * Pairs of marks on a map that overlap on screen: two labels, or (unless `labelsOnly`) a label and
 * another place's symbol or highlight ring. Only what is displayed counts.
 */
async function overlappingMarks(map: Locator, { labelsOnly = false } = {}): Promise<string[]> {
  return map.evaluate((root, labelsOnly) => {
    const boxes: { id: string; kind: string; box: DOMRect }[] = [];
    for (const item of root.querySelectorAll<SVGGElement>('.map-item:not(.is-off)')) {
      const id = item.dataset['id'] ?? '?';
      for (const mark of item.querySelectorAll<SVGGraphicsElement>(
        labelsOnly ? 'text' : 'text, .symbol, .ring',
      )) {
        const box = mark.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(mark).display === 'none') continue;
        boxes.push({
          id,
          kind: mark.tagName === 'text' ? `"${mark.textContent}"` : (mark.classList[0] ?? ''),
          box,
        });
      }
    }
    const overlaps: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const label = a.kind.startsWith('"') || b.kind.startsWith('"');
        if (a.id !== b.id && label && overlap(a.box, b.box))
          overlaps.push(`${a.id} ${a.kind} × ${b.id} ${b.kind}`);
      }
    }
    return overlaps;
  }, labelsOnly);
}

test('each story emphasises its own focus country, drawn from content alone', async ({
  request,
}) => {
  const stories = allStories();
  expect(new Set(stories.map((story) => story.focusCountry)).size).toBeGreaterThanOrEqual(2);
  const focusPaths = new Map<string, string>();
  for (const story of stories) {
    const html = await (await request.get(story.path)).text();
    const d = html.match(/<path id="story-geo-regional-focus" d="([^"]+)"/)?.[1] ?? '';
    expect(d.length, `${story.id}: no focus country geometry`).toBeGreaterThan(100);
    focusPaths.set(story.focusCountry, d);
  }
  expect(new Set(focusPaths.values()).size).toBe(focusPaths.size);
});

test('the map SVG is in the HTML as sent, with its labels and an accessible name', async ({
  request,
}) => {
  const html = await (await request.get('/map-views/')).text();
  expect(html).toContain('<story-map');
  expect(html).toMatch(/<svg class="map-svg[^"]*" role="img" aria-labelledby="map-syria-title"/);
  expect(html).toContain('Map: Syria and its neighbours');
  for (const label of ['Damascus', 'Aleppo', 'Khmeimim air base', 'Al Khadim (approx.)', 'Moscow'])
    expect(html).toContain(`>${label}<`);
  expect(html).toContain('UN OCHA / UNCS via geoBoundaries');
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('every view shows its map with labels that do not overlap', async ({ page }) => {
      await page.goto('/map-views/');
      for (const view of views) {
        const map = page.locator(`#map-${view}`);
        await map.scrollIntoViewIfNeeded();
        await expect(map.locator('svg.map-svg')).toBeVisible();
        const labels = await visibleLabels(page, `map-${view}`);
        expect(labels.length, view).toBeGreaterThan(1);
        expect(await overlappingMarks(map), `${view}: marks that overlap`).toEqual([]);
      }
    });
  });
}

/**
 * The story's maps at every step: at the project's size nothing overlaps; on short phones, where
 * the view is narrower than the label layout's smallest stage (330 px) and <story-map> places the
 * labels again, no two labels overlap (a label may touch a neighbour's symbol or ring there: the
 * highlight's bold text and ring are wider than the layout's estimate).
 */
const storySizes = {
  phone: [
    { width: 390, height: 844, labelsOnly: false },
    { width: 375, height: 667, labelsOnly: true },
    { width: 360, height: 640, labelsOnly: true },
  ],
  desktop: [
    { width: 1440, height: 900, labelsOnly: false },
    { width: 1024, height: 768, labelsOnly: false },
  ],
};

test("in the story, at every step, no label overlaps another label or another place's symbol", async ({
  page,
}, testInfo) => {
  test.slow();
  // With the key stacked under the map, the phone's whole-country view had 214x165 px at 390x844,
  // and Damascus ran into al-Tanf.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const { width, height, labelsOnly } of storySizes[
    testInfo.project.name as keyof typeof storySizes
  ] ?? []) {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    for (const block of await blocksOf(page, 'map')) {
      const map = page.locator(`#${block.id} story-map`);
      if ((await map.count()) === 0) continue;
      for (const state of block.states) {
        await scrollToStep(page, state.id);
        await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', state.id, {
          timeout: 15_000,
        });
        await expect(map).toHaveAttribute('data-view', state.view ?? '');
        // Measured in a frame the reader sees: the map fits itself to its stage in the
        // ResizeObserver's report, which comes before the first paint of a graphic that has just
        // come into view. Measured earlier (that forces a layout, not the report), it is unfitted.
        await paintedFrame(page);
        expect(
          await overlappingMarks(map, { labelsOnly }),
          `${width}x${height} #${state.id} (view ${state.view})`,
        ).toEqual([]);
      }
    }
  }
});

test.describe('setView', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('moves one map between views and exposes the view as data-view', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/map-views/');
    const map = page.locator('#map-switcher');
    await expect(map).toHaveAttribute('data-view', 'syria');
    await page.getByRole('button', { name: 'syria-moscow' }).click();
    await expect(map).toHaveAttribute('data-view', 'syria-moscow');
    await expect(map.locator('.map-item[data-id="moscow"]')).not.toHaveClass(/is-off/);
    await expect(map.locator('svg.map-svg > title')).toHaveText(/Syria to Moscow/);
  });

  test('a new setView mid-flight starts from where the map is and ends on the last view', async ({
    page,
  }) => {
    await page.goto('/map-views/');
    const map = page.locator('#map-switcher');
    await map.evaluate((el) => {
      const storyMap = el as HTMLElement & { setView(id: string): void };
      storyMap.setView('syria-moscow');
      setTimeout(() => storyMap.setView('coast'), 150);
    });
    await page.waitForTimeout(1200);
    await expect(map).toHaveAttribute('data-view', 'coast');
    await expect(map.locator('.map-item[data-id="jableh"]')).not.toHaveClass(/is-off/);
  });
});
