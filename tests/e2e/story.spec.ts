import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { allStories, storySectionHeadings, watchPage } from './helpers';

interface QuoteFixture {
  quote: string;
  by: string;
}

const quotes = JSON.parse(
  readFileSync(new URL('../fixtures/quotes.json', import.meta.url), 'utf8'),
) as QuoteFixture[];

test.describe('the story page', () => {
  test('shows the headline, dek, byline, dateline and every section', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.dek')).toBeVisible();
    await expect(page.locator('.byline')).toHaveText(/^By \S/);
    await expect(page.locator('.dateline time').first()).toHaveAttribute(
      'datetime',
      /^\d{4}-\d\d-\d\dT/,
    );
    const headings = storySectionHeadings();
    expect(headings.length).toBeGreaterThanOrEqual(5);
    for (const heading of headings) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toHaveCount(
        1,
      );
    }
  });

  test('prints every quote word for word next to its attribution', async ({ page }) => {
    await page.goto('/');
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const { quote, by } of quotes) {
      const holder = page.locator('.story-body p, .story-body figure').filter({ hasText: quote });
      await expect(holder, `quote not found: ${quote}`).not.toHaveCount(0);
      await expect(holder.first(), `"${quote}" is not attributed to ${by}`).toContainText(by);
    }
  });

  test('links every source, and every citation points at a listed source', async ({ page }) => {
    await page.goto('/');
    const items = page.locator('.sources li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(5);
    // Each source links its title; one read in a copy also links that copy, in its "Read via" note.
    // (Read in one pass: fifty sources, locator by locator, outlast the test on a busy machine.)
    const shapes = await items.evaluateAll((nodes) =>
      nodes.map((node) => ({
        links: node.querySelectorAll('a[href^="https://"], a[href^="http://"]').length,
        readVia: node.querySelectorAll('.read-via').length,
        readViaLinks: node.querySelectorAll(
          '.read-via a[href^="https://"], .read-via a[href^="http://"]',
        ).length,
      })),
    );
    for (const shape of shapes) {
      expect(shape.readViaLinks).toBe(shape.readVia);
      expect(shape.links).toBe(1 + shape.readViaLinks);
    }
    const citationTargets = await page
      .locator('.story-body a[href^="#source-"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(citationTargets.length).toBeGreaterThanOrEqual(count);
    for (const target of new Set(citationTargets)) {
      await expect(page.locator(target), `citation ${target} has no source`).toHaveCount(1);
    }
  });

  test('a citation takes the reader to its source', async ({ page }) => {
    await page.goto('/');
    const citation = page.locator('.story-body .cite a').first();
    const target = (await citation.getAttribute('href')) ?? '';
    await citation.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
  });

  test('has no console errors and asks no other origin for anything', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await watch.networkSettled();
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('text fits the screen: no horizontal scrolling, readable line length', async ({ page }) => {
    await page.goto('/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const paragraph = page.locator('.story-body > p').first();
    const box = await paragraph.boundingBox();
    const viewport = page.viewportSize();
    expect(box).not.toBeNull();
    if (box && viewport) {
      expect(box.x).toBeGreaterThanOrEqual(12);
      expect(box.width).toBeLessThanOrEqual(720);
    }
    const fontSize = await paragraph.evaluate((element) =>
      parseFloat(getComputedStyle(element).fontSize),
    );
    expect(fontSize).toBeGreaterThanOrEqual(16);
  });
});

// Each story, the demo too, is built from content alone: the same page, its own words and sources.
for (const story of allStories()) {
  test.describe(`every story: ${story.id}`, () => {
    test('shows its own kicker and headline, and links every source it cites', async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page, new URL(baseURL ?? '').origin);
      await page.goto(story.path);
      expect((await page.locator('h1').textContent())?.trim().replace(/\u2019/g, "'")).toBe(
        story.headline,
      );
      if (story.kicker) await expect(page.locator('.kicker')).toHaveText(story.kicker);
      // Read in one pass: a story's fifty sources, locator by locator, outlast the test on a busy machine.
      const found = await page.evaluate(() => {
        const targets = [...document.querySelectorAll('.story-body a[href^="#source-"]')].map(
          (link) => link.getAttribute('href') ?? '',
        );
        const items = [...document.querySelectorAll('.sources li')];
        return {
          sources: items.length,
          unlinked: items.filter(
            (item) => !item.querySelector('a[href^="https://"], a[href^="http://"]'),
          ).length,
          citations: targets.length,
          unresolved: [...new Set(targets)].filter(
            (target) => !document.getElementById(target.slice(1)),
          ),
        };
      });
      expect(found.sources).toBeGreaterThanOrEqual(1);
      expect(found.unlinked).toBe(0);
      expect(found.citations).toBeGreaterThanOrEqual(1);
      expect(found.unresolved).toEqual([]);
      await watch.networkSettled();
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  });
}
