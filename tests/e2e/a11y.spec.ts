import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { graphics } from '../../src/scenes/registry';
import { isSharePage, pageUrl, sitePages } from './built-site';
import { scrollToStep, scrollyBlocks } from './scrolly-helpers';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe over the page, or over one part of it; the map's geometry is decorative (aria-hidden) and
 *  only slows axe down, so it is left out. */
async function violations(page: Page, within?: string, without?: string) {
  let builder = new AxeBuilder({ page })
    .withTags(wcag)
    .exclude('.map-geometry')
    .exclude('.map-geo');
  if (within) builder = builder.include(within);
  if (without) builder = builder.exclude(without);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
}

/** axe over a scrolly block resting on one step (scrolled to it, its cards' fades finished). */
async function stepViolations(page: Page, blockId: string, stepId: string) {
  await scrollToStep(page, stepId, 0.3);
  await expect(page.locator(`#${blockId}`)).toHaveAttribute('data-active-step', stepId);
  // The state the reader rests on: a card the reader has read is mid-fade.
  await expect
    .poll(() =>
      page
        .locator(`#${blockId}`)
        .evaluate(
          (node) =>
            node
              .getAnimations({ subtree: true })
              .filter(
                (a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity,
              ).length,
        ),
    )
    .toBe(0);
  return violations(page, `#${blockId}`);
}

// The exhaustive crawl (@crawl) runs in CI; a developer's run has the quick subset (@quick) below.
// Every page of the build (the story, its embeds, the scene gallery, proof pages), found in dist/
// when the test runs, so pages added later are checked without being listed here. Two kinds of
// page repeat markup checked elsewhere and are left out to keep the run within CI's time: the
// gallery's one-step frame pages (each shows a block of the story in one state, which the step
// walk below checks on the story itself) and, for the step walk, the whole-story embed (the same
// blocks as the scene embeds, which are walked).
const isGalleryFrame = (path: string) => /^\/gallery\/.+\/.+/.test(path);
// Share pages redirect at once to the story, which is checked itself (step-images.spec.ts checks them).
const checkedPages = () =>
  sitePages().filter((built) => !isGalleryFrame(built.path) && !isSharePage(built.path));
// In the dark scheme the scene embeds' step walk is left out too: the embeds change layout, not
// colours (embed.css), so the story's dark walk and the embeds' light walk cover what it would.
const walkedPages = (colorScheme: 'light' | 'dark') =>
  checkedPages().filter(
    (built) =>
      built.path !== '/embed/' && (colorScheme === 'light' || !built.path.startsWith('/embed/')),
  );
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('every page has no axe violations', { tag: '@crawl' }, async ({ page }) => {
      const pages = checkedPages();
      test.setTimeout(90_000 * pages.length);
      for (const built of pages) {
        await test.step(built.path, async () => {
          await page.goto(pageUrl(built));
          expect(await violations(page), built.path).toEqual([]);
        });
      }
    });

    test(
      'each scrolly block on every page has no axe violations in the state of every step',
      { tag: '@crawl' },
      async ({ page }) => {
        const pages = walkedPages(colorScheme);
        test.setTimeout(300_000 * pages.length);
        for (const built of pages) {
          await page.goto(pageUrl(built));
          for (const block of await scrollyBlocks(page)) {
            await test.step(`${built.path} #${block.id}`, async () => {
              for (const state of block.states) {
                expect(
                  await stepViolations(page, block.id, state.id),
                  `${built.path} step ${state.id}`,
                ).toEqual([]);
              }
            });
          }
        }
      },
    );
  });
}

// The crawl's quick stand-in for a developer's run, in both schemes: the story around its blocks,
// and the first and last step of the first block of each scene kind, one test each.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme}), quick`, { tag: '@quick' }, () => {
    test.use({ colorScheme });

    test("the story's text around its blocks", async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      expect(await violations(page, undefined, 'story-scrolly')).toEqual([]);
    });

    for (const kind of graphics) {
      test(`the first and last step of the first ${kind} block`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.goto('/');
        const id = await page
          .locator(`story-scrolly[data-graphic="${kind}"]`)
          .first()
          .getAttribute('id', { timeout: 5_000 })
          .catch(() => null);
        test.skip(id === null, `the story has no ${kind} block`);
        const steps = (await scrollyBlocks(page)).find((block) => block.id === id)?.states ?? [];
        expect(steps.length).toBeGreaterThan(0);
        for (const step of new Set([steps[0]!, steps.at(-1)!])) {
          expect(await stepViolations(page, id!, step.id), `#${id} step ${step.id}`).toEqual([]);
        }
      });
    }
  });
}

/** How Chromium's accessibility tree (what a screen reader reads) shows the element at `selector`:
 *  "role: name", or "ignored" when it is left out. */
async function accessibleNode(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (nodeId === 0) throw new Error(`no element matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    });
    const node = nodes[0];
    return !node || node.ignored
      ? 'ignored'
      : `${String(node.role?.value)}: ${String(node.name?.value ?? '')}`;
  } finally {
    await cdp.detach();
  }
}

test('every scrolly graphic is in the accessibility tree before the reader scrolls to it', async ({
  page,
}) => {
  // Graphics far down the page skip rendering at load (content-visibility), and Chromium leaves
  // never-rendered content out of the accessibility tree; render-ahead.ts draws them a few seconds
  // after load. The reader stays at the top of the page throughout.
  await page.goto('/');
  const blocks = await page.locator('story-scrolly').evaluateAll((elements) =>
    elements.map((element) => ({
      id: element.id,
      map: element.querySelector('svg.map-svg') !== null,
    })),
  );
  expect(blocks.length).toBeGreaterThan(3);
  for (const block of blocks) {
    await expect
      .poll(() => accessibleNode(page, `#${block.id} .scrolly-controls`), {
        timeout: 15_000,
        message: `#${block.id}: step buttons`,
      })
      .toMatch(/^group: \w+ sequence$/);
    if (!block.map) continue;
    const image = await accessibleNode(page, `#${block.id} svg.map-svg`);
    expect(image, `#${block.id}: the map`).toMatch(/^image: Map: \S/);
    // The figure is named after its map, not after the legend in its caption.
    expect(
      await accessibleNode(page, `#${block.id} figure.map`),
      `#${block.id}: the map's figure`,
    ).toBe(image.replace(/^image/, 'figure'));
  }
  expect(await page.evaluate(() => window.scrollY), 'the reader never scrolled').toBe(0);
});
