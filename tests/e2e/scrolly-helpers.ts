import { expect, type Locator, type Page } from '@playwright/test';

export interface DeclaredState {
  id: string;
  view: string;
  highlight: string[];
  layers: string[];
  date?: { from: string; to: string };
  status?: string;
}

/** The trigger line as a fraction of the viewport height; must match src/lib/scroll/settings.ts. */
export const triggerOffset = 0.6;

/** Every scrolly block on the page with the states its steps declare (as built into the HTML). */
export async function scrollyBlocks(page: Page): Promise<{ id: string; states: DeclaredState[] }[]> {
  return page.locator('story-scrolly').evaluateAll((blocks) =>
    blocks.map((block) => ({ id: block.id, states: JSON.parse((block as HTMLElement).dataset['states'] ?? '[]') })),
  );
}

/** Scrolls (instantly) so that the step's top sits just past the trigger line. */
export async function scrollToStep(page: Page, stepId: string, into = 0.2): Promise<void> {
  await page.evaluate(
    ({ stepId, into, triggerOffset }) => {
      const step = document.getElementById(stepId);
      if (!step) throw new Error(`no step #${stepId}`);
      const box = step.getBoundingClientRect();
      const y = window.scrollY + box.top - window.innerHeight * triggerOffset + box.height * into;
      window.scrollTo({ top: y, behavior: 'instant' });
    },
    { stepId, into, triggerOffset },
  );
}

/** Asserts that a block shows exactly the state its step declares: attributes and what is visible. */
export async function expectState(page: Page, blockId: string, state: DeclaredState): Promise<void> {
  const block = page.locator(`#${blockId}`);
  await expect(block).toHaveAttribute('data-active-step', state.id);
  const graphic = block.locator('[data-scene-graphic]');
  await expect(graphic).toHaveAttribute('data-view', state.view);
  await expect(graphic).toHaveAttribute('data-highlight', state.highlight.join(' '));
  await expectVisibleMatches(graphic, state);
}

async function expectVisibleMatches(graphic: Locator, state: DeclaredState): Promise<void> {
  const highlighted = await graphic.locator('.is-highlighted[data-place]').evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-place')),
  );
  expect(highlighted.sort()).toEqual([...state.highlight].sort());
  for (const layer of await graphic.locator('[data-layer]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-layer') ?? ''))) {
    const shown = state.layers.includes(layer);
    await expect(graphic.locator(`[data-layer="${layer}"]`).first()).toHaveAttribute('data-shown', String(shown));
  }
}
