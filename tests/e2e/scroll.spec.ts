import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';
import {
  blocksOf,
  expectState,
  firstTwoSteps,
  pressToScroll,
  scrollToStep,
  scrollyBlocks,
} from './scrolly-helpers';

test.describe('scrolling drives the graphic', () => {
  test('each step shows its declared state going down, and again going up', async ({
    page,
    baseURL,
  }) => {
    // Walks every step of every block twice, checking each state in full: long by design.
    test.setTimeout(150_000);
    const watch = watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    const blocks = await scrollyBlocks(page);
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const block of blocks) {
      for (const state of block.states) {
        await scrollToStep(page, state.id);
        await expectState(page, block.id, state);
      }
      for (const state of [...block.states].reverse()) {
        await scrollToStep(page, state.id);
        await expectState(page, block.id, state);
      }
    }
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a fast flick to the end and the End key land in the last step', async ({ page }) => {
    await page.goto('/');
    const blocks = await scrollyBlocks(page);
    const last = blocks.at(-1);
    const lastState = last?.states.at(-1);
    if (!last || !lastState) throw new Error('no scrolly block');
    for (let i = 0; i < 12; i += 1) await page.mouse.wheel(0, 3000);
    await pressToScroll(page, 'End');
    await expectState(page, last.id, lastState);
    const first = blocks[0];
    const firstState = first?.states[0];
    if (!first || !firstState) throw new Error('no first step');
    await pressToScroll(page, 'Home');
    await expectState(page, first.id, firstState);
  });

  test('the blocks show their states whatever order the page runs its scripts in', async ({
    page,
  }) => {
    // The bundler may put the scroll engine's script before a scene's: move it first on purpose.
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const scripts = html.match(/<script type="module" src="[^"]*"><\/script>/g) ?? [];
      const engine = scripts.filter((tag) => tag.includes('Scrolly'));
      expect(engine.length).toBeGreaterThan(0);
      let moved = html;
      for (const tag of engine) moved = moved.replace(tag, '');
      moved = moved.replace(/<script type="module"/, `${engine.join('')}<script type="module"`);
      expect(moved.indexOf(engine[0] ?? '')).toBeLessThan(moved.indexOf('MapScene'));
      await route.fulfill({ response, body: moved });
    });
    // And the scenes' own scripts arrive late: the engine has placed the reader before they run.
    await page.route('**/_astro/*Scene*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto('/');
    const blocks = await scrollyBlocks(page);
    const first = blocks[0];
    const middle = first?.states[Math.floor(first.states.length / 2)];
    const last = blocks.at(-1);
    const lastState = last?.states.at(-1);
    if (!first || !middle || !last || !lastState) throw new Error('no scrolly block');
    await page.goto(`/#${middle.id}`);
    await expectState(page, first.id, middle);
    await pressToScroll(page, 'End');
    await expectState(page, last.id, lastState);
  });

  test('a link to a step opens the story at that step, and reloading keeps it', async ({
    page,
  }) => {
    await page.goto('/');
    const blocks = await scrollyBlocks(page);
    const block = blocks.at(-1);
    const state = block?.states.at(-1);
    if (!block || !state) throw new Error('no scrolly block');
    await page.goto(`/#${state.id}`);
    await expectState(page, block.id, state);
    await page.reload();
    await expectState(page, block.id, state);
  });

  test('the back button returns to the earlier step and its state', async ({ page }) => {
    const { block, a, b } = await firstTwoSteps(page);
    await page.goto(`/#${a.id}`);
    await expectState(page, block.id, a);
    await page.evaluate((id) => (location.hash = id), b.id);
    await expectState(page, block.id, b);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#${a.id}$`));
    await expectState(page, block.id, a);
  });

  test('the address follows the step without adding history entries', async ({ page }) => {
    await page.goto('/');
    const blocks = await scrollyBlocks(page);
    const block = blocks[0];
    const states = block?.states ?? [];
    if (!block || states.length < 2) throw new Error('need a block with two steps');
    const historyLength = await page.evaluate(() => history.length);
    for (const state of states) {
      await scrollToStep(page, state.id);
      await expect(page).toHaveURL(new RegExp(`#${state.id}$`));
    }
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });
});

test.describe('moving between steps without scrolling', () => {
  test('next and previous buttons move one step each way', async ({ page }) => {
    const { block, a, b } = await firstTwoSteps(page);
    await scrollToStep(page, a.id);
    await expectState(page, block.id, a);
    await page.locator(`#${block.id} [data-step-next]`).click();
    await expectState(page, block.id, b);
    await expect(page.locator(`#${b.id}`)).toBeFocused();
    await page.locator(`#${block.id} [data-step-prev]`).click();
    await expectState(page, block.id, a);
  });

  test('arrow keys move between steps when the story has focus', async ({ page }) => {
    const { block, a, b } = await firstTwoSteps(page);
    await scrollToStep(page, a.id);
    await page.locator(`#${a.id}`).focus();
    await page.keyboard.press('ArrowRight');
    await expectState(page, block.id, b);
    await page.keyboard.press('ArrowLeft');
    await expectState(page, block.id, a);
  });

  test('every step has a text alternative after its text, in reading order', async ({ page }) => {
    await page.goto('/');
    const steps = page.locator('story-scrolly .step');
    const count = await steps.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const lastChild = steps.nth(i).locator('.step-card > :last-child');
      await expect(lastChild).toHaveClass(/step-alt/);
      expect(((await lastChild.textContent()) ?? '').length).toBeGreaterThan(15);
    }
  });

  test('a skip link jumps past a scrolly block', async ({ page }) => {
    await page.goto('/');
    const block = (await scrollyBlocks(page))[0];
    if (!block) throw new Error('no block');
    const skip = page.locator(`#${block.id} .scrolly-skip`);
    await skip.focus();
    await expect(skip).toBeVisible();
    await skip.press('Enter');
    await expect(page.locator(`#after-${block.id.replace(/^scrolly-/, '')}`)).toBeFocused();
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('states change without animation', async ({ page }) => {
    const { block, a, b } = await firstTwoSteps(page);
    await scrollToStep(page, a.id);
    await expectState(page, block.id, a);
    await scrollToStep(page, b.id);
    await expectState(page, block.id, b);
    const running = await page
      .locator(`#${block.id} [data-scene-graphic]`)
      .evaluate(
        (graphic) =>
          graphic
            .getAnimations({ subtree: true })
            .filter((animation) => animation.playState === 'running').length,
      );
    expect(running).toBe(0);
  });
});

test.describe('progress within a step', () => {
  test('a step with a date range moves the date as the reader scrolls through it, both ways', async ({
    page,
  }) => {
    await page.goto('/');
    const blocks = await scrollyBlocks(page);
    const found = blocks
      .flatMap((block) => block.states.map((state) => ({ block, state })))
      .find(({ state }) => state.date && state.date.from !== state.date.to);
    if (!found?.state.date) throw new Error('the story has no step with a date range');
    const { block, state } = found;
    const graphic = page.locator(`#${block.id} [data-scene-graphic]`);
    await scrollToStep(page, state.id, 0.02);
    await expect(graphic).toHaveAttribute('data-date', state.date!.from);
    await scrollToStep(page, state.id, 0.98);
    await expect(graphic).toHaveAttribute('data-date', state.date!.to);
    await scrollToStep(page, state.id, 0.02);
    await expect(graphic).toHaveAttribute('data-date', state.date!.from);
    await expect(graphic.locator('[data-date-text]')).toHaveText(/\d{4}$/);
  });
});

test.describe('resizing', () => {
  test('a resize or rotation keeps the step and its view', async ({ page }) => {
    await page.goto('/');
    const block = (await scrollyBlocks(page))[1] ?? (await scrollyBlocks(page))[0];
    const state = block?.states.at(-1);
    if (!block || !state) throw new Error('no scrolly block');
    await scrollToStep(page, state.id, 0.3);
    await expectState(page, block.id, state);
    const size = page.viewportSize() ?? { width: 390, height: 844 };
    await page.setViewportSize({ width: size.height, height: size.width });
    await expectState(page, block.id, state);
    await page.setViewportSize(size);
    await expectState(page, block.id, state);
  });
});

test('a reading progress bar follows the scroll', async ({ page }) => {
  await page.goto('/');
  const bar = page.locator('.reading-progress');
  const scale = () =>
    bar.evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).a);
  expect(await scale()).toBeLessThan(0.05);
  await page.evaluate(() =>
    window.scrollTo({
      top: (document.documentElement.scrollHeight - innerHeight) / 2,
      behavior: 'instant',
    }),
  );
  await expect.poll(scale).toBeGreaterThan(0.4);
  await expect.poll(scale).toBeLessThan(0.6);
});

test.describe('the boxes over the map', () => {
  test.use({ reducedMotion: 'reduce' });

  test("no step's highlighted place sits under the date and status boxes", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const blocks = (await blocksOf(page, 'map')).filter((block) =>
      block.states.some((state) => state.view),
    );
    let checked = 0;
    for (const block of blocks) {
      for (const state of block.states) {
        await scrollToStep(page, state.id, 0.5);
        await expectState(page, block.id, state);
        // Polled: a graphic first drawn by this scroll is fitted by its resize observer, which
        // reports at the next rendering update, after the step's attributes are already set.
        const covered = () =>
          page.locator(`#${block.id} .scrolly-graphic`).evaluate((graphic) => {
            const boxes = [...graphic.querySelectorAll('.scene-overlay > *, .scrolly-controls')]
              .map((element) => element.getBoundingClientRect())
              .filter((r) => r.width > 0 && r.height > 0);
            const hits: string[] = [];
            for (const item of graphic.querySelectorAll('.map-item.is-highlight:not(.is-off)')) {
              for (const part of item.querySelectorAll('text, .symbol')) {
                const r = part.getBoundingClientRect();
                if (r.width === 0) continue;
                const under = boxes.some(
                  (b) =>
                    Math.min(r.right, b.right) - Math.max(r.left, b.left) > 1 &&
                    Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top) > 1,
                );
                if (under)
                  hits.push(
                    `${item.getAttribute('data-id')}: ${part.textContent || part.getAttribute('class')}`,
                  );
              }
            }
            return hits;
          });
        await expect.poll(covered, { message: `${block.id} / ${state.id}` }).toEqual([]);
        checked += state.highlight.length;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
