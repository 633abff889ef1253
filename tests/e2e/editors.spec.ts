import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { distDir } from './built-site';
import { watchPage } from './helpers';
import { expectState, scrollToStep, scrollyBlocks } from './scrolly-helpers';

/**
 * What editors get besides the story: the demo story (a draft, built for tests with
 * SHOW_DRAFTS=1) proves the components work for any story; the scene gallery shows every step's
 * state of every story without scrolling.
 */
const demo = '/stories/russia-libya-air-bridge/';

test.describe('the demo story', () => {
  test('has its own page, kept out of search engines, with its sources', async ({
    page,
    baseURL,
  }) => {
    const watched = watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto(demo);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'After Syria, Russian cargo planes turned toward Libya',
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('[id^="source-"]')).toHaveCount(4);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  test('every step, down then up, shows the state it declares', async ({ page }) => {
    test.slow();
    await page.goto(demo);
    const blocks = await scrollyBlocks(page);
    expect(blocks.map((block) => block.id)).toEqual(['scrolly-libya-flights']);
    const [block] = blocks;
    if (!block) return;
    for (const state of [...block.states, ...[...block.states].reverse()]) {
      await scrollToStep(page, state.id);
      await expectState(page, block.id, state);
    }
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto(demo);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .exclude('.map-geometry')
      .exclude('.map-geo')
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

test.describe('the scene gallery', () => {
  test('lists every step of every story, each in a phone and a desktop frame', async ({ page }) => {
    const stepsOf = async (path: string) => {
      await page.goto(path);
      return (await scrollyBlocks(page)).flatMap((block) => block.states.map((state) => state.id));
    };
    const expected = {
      'russia-syria-exit': await stepsOf('/'),
      'russia-libya-air-bridge': await stepsOf(demo),
    };
    await page.goto('/gallery/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    for (const [story, steps] of Object.entries(expected)) {
      const listed = await page.locator(`[id^="gallery-${story}-"]`).evaluateAll((items) =>
        items.map((item) => ({
          step: (item as HTMLElement).dataset['galleryStep'],
          frames: [...item.querySelectorAll('iframe')].map(
            (frame) => `${frame.getAttribute('src')} ${frame.width}x${frame.height}`,
          ),
        })),
      );
      expect(listed).toEqual(
        steps.map((step) => ({
          step,
          frames: [`/gallery/${story}/${step}/ 390x844`, `/gallery/${story}/${step}/ 1440x900`],
        })),
      );
    }
  });

  test("a frame shows its step in the declared state, with the step's words", async ({ page }) => {
    await page.goto('/');
    const blocks = await scrollyBlocks(page);
    const block = blocks.find((candidate) => candidate.states.length > 2);
    const state = block?.states.at(-1);
    if (!block || !state) throw new Error('the story needs a block with three steps');
    await page.goto(`/gallery/russia-syria-exit/${state.id}/`);
    await expectState(page, block.id, state);
    await expect(page.locator(`#${state.id} .step-card`)).toBeVisible();
  });

  test('a phone preview flags a step whose card hides a place it names', async ({
    page,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'desktop',
      "the gallery is an editor's desktop page; once is enough",
    );
    await page.goto('/gallery/');
    const step = page
      .locator('.gallery-step', { has: page.locator('iframe[data-card-check]') })
      .first();
    await step.scrollIntoViewIfNeeded();
    const frame = step.locator('iframe[data-card-check]');
    const flag = step.locator('[data-card-flag]');
    await expect
      .poll(() => frame.evaluate((node: HTMLIFrameElement) => node.contentDocument?.readyState))
      .toBe('complete');
    await page.waitForTimeout(1200);
    await expect(flag).not.toHaveText(/hides/);
    // A card grown over the whole screen hides the step's places: the preview says which.
    await frame.evaluate((node: HTMLIFrameElement) => {
      const card = node.contentDocument?.querySelector<HTMLElement>('.step-card');
      // Its step contains its paint (Step.astro): let the grown card out of it.
      const step = card?.closest<HTMLElement>('.step');
      if (step) step.style.contain = 'none';
      if (card)
        Object.assign(card.style, {
          position: 'fixed',
          inset: '0',
          minHeight: '0',
          maxHeight: 'none',
        });
      node.dispatchEvent(new Event('load'));
    });
    await expect(flag).toBeVisible();
    await expect(flag).toHaveText(/^On a phone, the card or the screen's edge hides \w+/);
    expect(
      await frame.evaluate((node: HTMLIFrameElement) =>
        node.closest('.gallery-step')?.hasAttribute('data-flagged'),
      ),
    ).toBe(true);
    // A highlighted place the view draws without its name: the preview names it too.
    const unnamed = await frame.evaluate((node: HTMLIFrameElement) => {
      const text = node.contentDocument?.querySelector('.map-item.is-highlight text');
      if (text) text.textContent = '';
      node.dispatchEvent(new Event('load'));
      return text?.closest('.map-item')?.getAttribute('data-id');
    });
    expect(unnamed).toBeTruthy();
    await expect(flag).toContainText(`the map leaves the name off ${unnamed}`);
  });

  test("a click on a preview opens the step at full size; the filter shows one story's block", async ({
    page,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'desktop',
      "the gallery is an editor's desktop page; once is enough",
    );
    await page.goto('/gallery/');
    const filter = page.locator('[data-gallery-filter]');
    await filter.getByLabel('Story').selectOption('russia-syria-exit');
    await filter.getByLabel('Block').selectOption('exit');
    await expect(page).toHaveURL(/\/gallery\/\?story=russia-syria-exit&block=exit$/);
    await expect(page.locator('.gallery-story[data-story="russia-libya-air-bridge"]')).toBeHidden();
    await expect(page.locator('.gallery-block[data-block="advance"]')).toBeHidden();
    const steps = page.locator('.gallery-step:visible');
    await expect(steps).toHaveCount(
      await page.locator('.gallery-block[data-block="exit"] .gallery-step').count(),
    );
    await steps
      .first()
      .getByRole('link', { name: /open the phone preview at full size/ })
      .click();
    await expect(page).toHaveURL(/\/gallery\/russia-syria-exit\/exit-[a-z-]+\/$/);
    await expect(page.locator('.step-card').first()).toBeVisible();
  });

  test('"only flagged steps" shows the steps the build flags, each saying what to fix, and hides the rest', async ({
    page,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'desktop',
      "the gallery is an editor's desktop page; once is enough",
    );
    // Which steps the checks across files flag depends on the content (tests/unit/cross-checks.test.ts
    // checks the checks); the filter must show those, with their words, and hide every unflagged step.
    await page.goto('/gallery/?flagged=1');
    await expect(page.locator('input[name="flagged"]')).toBeChecked();
    const steps = page.locator('.gallery-step');
    expect(await steps.count()).toBeGreaterThan(10);
    for (const step of await page.locator('.gallery-step:has([data-cross-flag])').all()) {
      await expect(step).toBeVisible();
      expect(
        ((await step.locator('[data-cross-flag]').first().textContent()) ?? '').trim().length,
      ).toBeGreaterThan(20);
    }
    for (const step of await page.locator('.gallery-step:not([data-flagged])').all())
      await expect(step).toBeHidden();
    for (const step of await page.locator('.gallery-step:visible').all())
      await expect(step).toHaveAttribute('data-flagged', '');
  });

  test('the story does not link to it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('a[href*="gallery"]')).toHaveCount(0);
  });
});

test.describe('the in-browser editor', () => {
  // It belongs to `astro dev` (tests/editor/); a reader's site must have no editing page or code.
  test('is not in the public build: no route, no file, no code', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one look at dist/ is enough');
    const files = readdirSync(distDir, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    const paths = files.map((entry) => join(entry.parentPath, entry.name));
    expect(paths.filter((path) => /keystatic|keystar/i.test(path))).toEqual([]);
    const textFiles = paths.filter(
      (path) => /\.(html|js|css|json|xml|txt)$/.test(path) || basename(path) === '_headers',
    );
    expect(textFiles.length).toBeGreaterThan(10);
    expect(
      textFiles.filter((path) =>
        /keystatic|@keystar\/ui|react-dom/i.test(readFileSync(path, 'utf8')),
      ),
    ).toEqual([]);
    for (const path of ['/keystatic/', '/api/keystatic/tree']) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
});
