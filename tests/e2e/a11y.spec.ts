import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pageUrl, sitePages } from './built-site';
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

// Every page of the build (the story, its embeds, the scene gallery, proof pages), found in dist/
// when the test runs, so pages added later are checked without being listed here. Two kinds of
// page repeat markup checked elsewhere and are left out to keep the run within CI's time: the
// gallery's one-step frame pages (each shows a block of the story in one state, which the step
// walk below checks on the story itself) and, for the step walk, the whole-story embed (the same
// blocks as the scene embeds, which are walked).
const isGalleryFrame = (path: string) => /^\/gallery\/.+\/.+/.test(path);
const checkedPages = () => sitePages().filter((built) => !isGalleryFrame(built.path));
const walkedPages = () => checkedPages().filter((built) => built.path !== '/embed/');
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('every page has no axe violations', async ({ page }) => {
      const pages = checkedPages();
      test.setTimeout(90_000 * pages.length);
      for (const built of pages) {
        await test.step(built.path, async () => {
          await page.goto(pageUrl(built));
          expect(await violations(page), built.path).toEqual([]);
        });
      }
    });

    test('each scrolly block on every page has no axe violations in the state of every step', async ({ page }) => {
      const pages = walkedPages();
      test.setTimeout(300_000 * pages.length);
      for (const built of pages) {
        await page.goto(pageUrl(built));
        for (const block of await scrollyBlocks(page)) {
          await test.step(`${built.path} #${block.id}`, async () => {
            for (const state of block.states) {
              await scrollToStep(page, state.id, 0.3);
              await expect(page.locator(`#${block.id}`)).toHaveAttribute('data-active-step', state.id);
              expect(await violations(page, `#${block.id}`), `${built.path} step ${state.id}`).toEqual([]);
            }
          });
        }
      }
    });
  });
}
