import { expect, test, type Page } from '@playwright/test';

/**
 * The map renders in the built HTML (astro preview), with its labels, at phone and desktop sizes,
 * with and without JavaScript, and <story-map> moves between views.
 */

const sizes = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;

const views = ['syria', 'northwest', 'coast', 'khmeimim', 'syria-moscow', 'east-med-libya'] as const;

async function visibleLabels(page: Page, mapId: string): Promise<string[]> {
  return page.locator(`#${mapId} .map-item:not(.is-off) text`).evaluateAll((nodes) =>
    nodes.filter((n) => (n as SVGGraphicsElement).getBBox().width > 0).map((n) => n.textContent ?? ''),
  );
}

test('the map SVG is in the HTML as sent, with its labels and an accessible name', async ({ request }) => {
  const html = await (await request.get('/map-views/')).text();
  expect(html).toContain('<story-map');
  expect(html).toMatch(/<svg class="map-svg[^"]*" role="img" aria-labelledby="map-syria-title"/);
  expect(html).toContain('Map: Syria and its neighbours');
  for (const label of ['Damascus', 'Aleppo', 'Khmeimim air base', 'Al Khadim (approx.)', 'Moscow']) expect(html).toContain(`>${label}<`);
  expect(html).toContain('UN OCHA / UNCS via geoBoundaries');
});

for (const javaScriptEnabled of [true, false]) {
  for (const size of sizes) {
    test.describe(`${size.width}x${size.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport: size, javaScriptEnabled });

      test('every view shows its map with labels that do not overlap', async ({ page }) => {
        await page.goto('/map-views/');
        for (const view of views) {
          const map = page.locator(`#map-${view}`);
          await map.scrollIntoViewIfNeeded();
          await expect(map.locator('svg.map-svg')).toBeVisible();
          const labels = await visibleLabels(page, `map-${view}`);
          expect(labels.length, view).toBeGreaterThan(1);
          const boxes = await map.locator('.map-item:not(.is-off) text').evaluateAll((nodes) =>
            nodes
              .map((n) => n.getBoundingClientRect())
              .filter((r) => r.width > 0)
              .map((r) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom })),
          );
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;
              expect(overlap, `${view}: labels overlap`).toBe(false);
            }
          }
        }
      });
    });
  }
}

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

  test('a new setView mid-flight starts from where the map is and ends on the last view', async ({ page }) => {
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
