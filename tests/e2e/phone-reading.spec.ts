import { expect, test, type Page } from '@playwright/test';
import { readingView, type ReadingView } from '../../src/client/scroll/reading-view';
import { blocksOf, scrollToStep } from './scrolly-helpers';

/**
 * A reader on a phone or a small tablet reads each map step's card and sees, at the same moment,
 * every place the step names: for every map step there is a scroll position where the whole card
 * is on screen, the map shows that step, each highlighted place's mark is drawn, named and
 * uncovered, and the uncovered map is at least 40% of the screen (median over the steps).
 */
const sizes = [
  { name: 'phone 390x844', width: 390, height: 844 },
  { name: 'small phone 360x640', width: 360, height: 640 },
  { name: 'tablet 768x1024', width: 768, height: 1024 },
];

/** Where in a step the test looks: just past its start, then further through it. */
const positions = [0.04, 0.15, 0.3, 0.45];

async function atRest(page: Page, blockId: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const map = document.querySelector(`#${id} story-map`) as
          (HTMLElement & { inFlight?: boolean }) | null;
        const block = document.getElementById(id);
        // The block's own transitions (flights, fades), not endless ones elsewhere on the page.
        const moving =
          block
            ?.getAnimations({ subtree: true })
            .filter(
              (animation) =>
                animation.effect?.getTiming().iterations !== Infinity &&
                animation.playState === 'running',
            ) ?? [];
        return !map?.inFlight && moving.length === 0;
      }, blockId),
    )
    .toBe(true);
}

async function bestView(page: Page, blockId: string, stepId: string): Promise<ReadingView> {
  let last: ReadingView | null = null;
  for (const into of positions) {
    await scrollToStep(page, stepId, into);
    await expect
      .poll(() => page.locator(`#${blockId}`).getAttribute('data-active-step'))
      .toBe(stepId);
    await atRest(page, blockId);
    last = await page.evaluate(readingView, stepId);
    if (last && last.cardWhole && last.hidden.length === 0 && last.unnamed.length === 0)
      return last;
  }
  if (!last) throw new Error(`#${stepId}: no map step to read`);
  return last;
}

for (const size of sizes) {
  test.describe(`reading at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });

    test('every map step shows its card and the places it names together, over enough map', async ({
      page,
    }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'phone and tablet sizes, run once');
      test.setTimeout(180_000);
      await page.goto('/');
      const blocks = (await blocksOf(page, 'map')).filter((block) =>
        block.states.some((state) => state.view),
      );
      const views: ReadingView[] = [];
      for (const block of blocks) {
        for (const state of block.states) views.push(await bestView(page, block.id, state.id));
      }
      expect(views.length).toBeGreaterThan(10);
      const failing = views.filter(
        (view) =>
          !view.cardWhole ||
          view.hidden.length > 0 ||
          view.unnamed.length > 0 ||
          view.shown !== view.step,
      );
      expect(
        failing.map(
          (view) =>
            `${view.step}: ${view.cardWhole ? '' : 'card cut; '}${view.hidden.length ? `hidden ${view.hidden.join(', ')}; ` : ''}${view.unnamed.length ? `unnamed ${view.unnamed.join(', ')}` : ''}`,
        ),
      ).toEqual([]);
      const shares = views.map((view) => view.mapShare).sort((a, b) => a - b);
      const median = shares[Math.floor(shares.length / 2)] ?? 0;
      expect(
        median,
        `uncovered map per step: ${shares.map((share) => share.toFixed(2)).join(' ')}`,
      ).toBeGreaterThanOrEqual(0.4);
    });

    test('every card holds its words in its band; one that cannot scrolls', async ({
      page,
    }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'phone and tablet sizes, run once');
      test.skip(size.width >= 700, 'cards sit beside the graphic from 700 px');
      await page.goto('/');
      const cards = page.locator('story-scrolly .step-card');
      expect(await cards.count()).toBeGreaterThan(20);
      const overflowing = await cards.evaluateAll((all) =>
        all
          .filter((card) => card.scrollHeight > card.clientHeight + 1)
          .map(
            (card) => `${card.closest('.step')?.id}: ${card.scrollHeight - card.clientHeight} px`,
          ),
      );
      expect(overflowing, 'a step too long for its band: split it').toEqual([]);
      const fitting = cards.first();
      await expect(fitting).not.toHaveAttribute('data-overflows');
      expect(await fitting.evaluate((card) => getComputedStyle(card).overflowY)).toBe('clip');
      // A reader who enlarges the text: the card's words outgrow the band, and it scrolls.
      await fitting.evaluate((card) => (card.style.fontSize = '250%'));
      await expect(fitting).toHaveAttribute('data-overflows', '');
      const scrolled = await fitting.evaluate((card) => {
        card.scrollTop = 40;
        return { overflow: getComputedStyle(card).overflowY, top: card.scrollTop };
      });
      expect(scrolled).toEqual({ overflow: 'auto', top: 40 });
      await fitting.evaluate((card) => (card.style.fontSize = ''));
      await expect(fitting).not.toHaveAttribute('data-overflows');
    });
  });
}

// @scene:map (npm run test:scene map runs this file)
