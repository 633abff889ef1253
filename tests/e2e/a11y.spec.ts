import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scrollToStep, scrollyBlocks } from './scrolly-helpers';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe over the page, or over one part of it; the map's geometry is decorative (aria-hidden) and
 *  only slows axe down, so it is left out. */
async function violations(page: Page, within?: string) {
  let builder = new AxeBuilder({ page }).withTags(wcag).exclude('.map-geometry').exclude('.map-geo');
  if (within) builder = builder.include(within);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('the whole story page has no axe violations', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/');
      expect(await violations(page)).toEqual([]);
    });

    test('each scrolly block has no axe violations in the state of every step', async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/');
      for (const block of await scrollyBlocks(page)) {
        for (const state of block.states) {
          await scrollToStep(page, state.id, 0.3);
          await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', state.id);
          expect(await violations(page, `#${block.id}`), `step ${state.id}`).toEqual([]);
        }
      }
    });
  });
}
