import { expect, type Locator, type Page } from '@playwright/test';
import type { ApronStepState } from '../../src/scenes/apron/state';
import type { MapStepState } from '../../src/scenes/map/state';
import type { Graphic, StepState } from '../../src/scenes/registry';
import type { TimelineStepState } from '../../src/scenes/timeline/state';

import { triggerOffset } from '../../src/client/scroll/settings';

export { triggerOffset };

/** The states of one scene kind, narrowed by their `kind`. */
export function ofKind<K extends Graphic>(
  states: readonly StepState[],
  kind: K,
): Extract<StepState, { kind: K }>[] {
  return states.filter((state): state is Extract<StepState, { kind: K }> => state.kind === kind);
}

/** Every scrolly block on the page with the states its steps declare (as built into the HTML). */
export async function scrollyBlocks(page: Page): Promise<{ id: string; states: StepState[] }[]> {
  return page.locator('story-scrolly').evaluateAll((blocks) =>
    blocks.map((block) => ({
      id: block.id,
      states: JSON.parse((block as HTMLElement).dataset['states'] ?? '[]'),
    })),
  );
}

/** The scrolly blocks of one scene kind, their states narrowed to that kind. */
export async function blocksOf<K extends Graphic>(
  page: Page,
  kind: K,
): Promise<{ id: string; states: Extract<StepState, { kind: K }>[] }[]> {
  return (await scrollyBlocks(page)).flatMap((block) => {
    const states = ofKind(block.states, kind);
    return states.length > 0 && states.length === block.states.length
      ? [{ id: block.id, states }]
      : [];
  });
}

/** Opens the story and returns its first scrolly block with that block's first two steps. */
export async function firstTwoSteps(
  page: Page,
): Promise<{ block: { id: string }; a: StepState; b: StepState }> {
  await page.goto('/');
  const block = (await scrollyBlocks(page))[0];
  const [a, b] = block?.states ?? [];
  if (!block || !a || !b) throw new Error('the story needs a scrolly block with two steps');
  return { block, a, b };
}

/**
 * Scrolls (instantly) so that the step's top sits `into` of its height past the trigger line: on a
 * phone the top of the band where cards stick (the sticky card's `top`), elsewhere a share of the
 * viewport's height, as in src/client/scroll/story-scrolly.ts.
 */
export async function scrollToStep(page: Page, stepId: string, into = 0.2): Promise<void> {
  await page.evaluate(
    ({ stepId, into, triggerOffset }) => {
      const step = document.getElementById(stepId);
      if (!step) throw new Error(`no step #${stepId}`);
      const card = step.querySelector('.step-card');
      const sticky = card && getComputedStyle(card).position === 'sticky';
      const line = sticky
        ? parseFloat(getComputedStyle(card).top)
        : window.innerHeight * triggerOffset;
      const box = step.getBoundingClientRect();
      const y = window.scrollY + box.top - line + box.height * into;
      window.scrollTo({ top: y, behavior: 'instant' });
    },
    { stepId, into, triggerOffset },
  );
}

/**
 * Presses a key that scrolls the whole page (End, Home) and waits until the page rests at its
 * bottom or top: its scroll has ended there (`scrollend`), or it is there and has not moved for
 * `quietMs` (the key had nothing to scroll). Chromium drops a scrolling key pressed while the
 * previous keyboard scroll is still finishing, even with the page already at its end.
 */
export async function pressToScroll(page: Page, key: 'End' | 'Home', quietMs = 400): Promise<void> {
  await page.evaluate(
    ({ toBottom, quietMs }) => {
      const at = () =>
        toBottom
          ? window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1
          : window.scrollY <= 0;
      (window as unknown as { pageAtRest?: Promise<void> }).pageAtRest = new Promise<void>(
        (rest) => {
          let quiet = 0;
          const finish = () => {
            if (!at()) return;
            clearTimeout(quiet);
            window.removeEventListener('scroll', onScroll);
            window.removeEventListener('scrollend', finish);
            rest();
          };
          const onScroll = () => {
            clearTimeout(quiet);
            quiet = window.setTimeout(finish, quietMs);
          };
          window.addEventListener('scroll', onScroll, { passive: true });
          window.addEventListener('scrollend', finish);
          onScroll();
        },
      );
    },
    { toBottom: key === 'End', quietMs },
  );
  await page.keyboard.press(key);
  await page.evaluate(() => (window as unknown as { pageAtRest?: Promise<void> }).pageAtRest);
}

/**
 * Waits for a frame the reader sees: the scroll engine updates in an animation frame, and a graphic
 * that has just come into view fits itself in the ResizeObserver's report before its first paint.
 */
export async function paintedFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
  );
}

/** Asserts that a block shows exactly the state its step declares: attributes and what is visible. */
export async function expectState(page: Page, blockId: string, state: StepState): Promise<void> {
  const block = page.locator(`#${blockId}`);
  // Generous: on a loaded 2-core machine the observers that trigger the update can lag seconds.
  await expect(block).toHaveAttribute('data-active-step', state.id, { timeout: 15_000 });
  const graphic = block.locator('[data-scene-graphic]');
  await expect(block).toHaveAttribute('data-graphic', state.kind);
  if (state.kind === 'timeline') {
    await expectTimelineState(graphic, state);
    return;
  }
  if (state.kind === 'apron') {
    await expectApronState(graphic, state);
    return;
  }
  await expect(graphic).toHaveAttribute('data-view', state.view ?? '');
  await expect(graphic).toHaveAttribute('data-highlight', (state.highlight ?? []).join(' '));
  await expectVisibleMatches(graphic, state);
}

async function expectVisibleMatches(graphic: Locator, state: MapStepState): Promise<void> {
  await expect(graphic).toHaveAttribute('data-layers', (state.layers ?? []).join(' '));
  await expect(graphic).toHaveAttribute(
    'data-date',
    state.date?.from === state.date?.to ? (state.date?.from ?? '') : /\d{4}-\d\d-\d\d/,
  );
  await expect(graphic).toHaveAttribute('data-status', state.status ?? '');
  const highlighted = await graphic
    .locator('.map-item.is-highlight')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id') ?? ''));
  expect(highlighted.sort()).toEqual([...(state.highlight ?? [])].sort());
  for (const id of state.highlight ?? []) {
    const ring = graphic.locator(`.map-item[data-id="${id}"] .ring`);
    if (await graphic.locator(`.map-item[data-id="${id}"]:not(.is-off)`).count())
      await expect(ring).toBeVisible();
  }
  const hiddenLayers = await graphic.evaluate((element, shown) => {
    const visible = (node: Element) =>
      (node as HTMLElement).getClientRects().length > 0 &&
      getComputedStyle(node).display !== 'none';
    return [...element.querySelectorAll('[data-layer]')]
      .filter((node) => !shown.includes(node.getAttribute('data-layer') ?? '') && visible(node))
      .map((node) => node.getAttribute('data-layer'));
  }, state.layers);
  expect(hiddenLayers, 'elements of layers the step does not show are visible').toEqual([]);
  // The step's date heads its card; wide screens also stamp it on the map (phones keep the map clear).
  if (state.date) {
    await expect(graphic.page().locator(`#${state.id} .step-when time`)).toHaveAttribute(
      'datetime',
      state.date.from,
    );
    const stamped = await graphic.locator('.scene-overlay').isVisible();
    if (stamped && state.date.from === state.date.to)
      await expect(graphic.locator('.scene-date')).toBeVisible();
  }
  await expectRouteMatches(graphic, state);
}

/**
 * The route the step names is the only one shown, drawn within the step's progress range, and
 * the step's site notes are the ones listed. One read of the page, polled until it matches.
 */
async function expectRouteMatches(graphic: Locator, state: MapStepState): Promise<void> {
  const route = state.route;
  const expected = {
    route: route?.id ?? '',
    shown: route ? [route.id] : [],
    notes: (state.notes ?? []).join(' '),
    inRange: true,
  };
  await expect
    .poll(() =>
      graphic.evaluate(
        (element, range) => {
          const progress = element.getAttribute('data-route-progress') ?? '';
          const value = Number(progress);
          const inRange = range
            ? progress !== '' && value >= range.min - 1e-6 && value <= range.max + 1e-6
            : progress === '';
          return {
            route: element.getAttribute('data-route') ?? '',
            shown: [...element.querySelectorAll('.map-route:not([hidden])')].map(
              (node) => node.getAttribute('data-route') ?? '',
            ),
            notes: element.getAttribute('data-notes') ?? '',
            inRange,
          };
        },
        route
          ? {
              min: Math.min(route.progress.from, route.progress.to),
              max: Math.max(route.progress.from, route.progress.to),
            }
          : null,
      ),
    )
    .toEqual(expected);
}

/**
 * A timeline shows the step's date: in its attributes, its date label, and with the cursor drawn
 * over the day (where the step names an event on that day, exactly over the event's mark).
 */
export async function expectTimelineState(
  graphic: Locator,
  state: TimelineStepState,
): Promise<void> {
  const date = state.date;
  if (!date) throw new Error(`timeline step ${state.id} declares no date`);
  if (date.from === date.to) await expect(graphic).toHaveAttribute('data-date', date.from);
  if (state.event) await expect(graphic).toHaveAttribute('data-event', state.event);
  const shown = (await graphic.getAttribute('data-date')) ?? '';
  const label = new Date(`${shown}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  await expect(graphic.locator('[data-date-label]')).toHaveText(label);
  const eventId = (await graphic.getAttribute('data-event')) ?? '';
  await expect(graphic.locator(`li.is-current`)).toHaveAttribute('data-event', eventId);
  await expect(graphic.locator(`li[data-event="${eventId}"]`)).toBeVisible();
  const eventDate = await graphic.locator(`li[data-event="${eventId}"]`).getAttribute('data-date');
  if (eventDate !== shown) return;
  // The cursor settles (it may be moving) over the current event's mark in the visible drawing.
  await expect
    .poll(
      async () =>
        graphic.evaluate((element, id) => {
          const plot = [...element.querySelectorAll('.timeline-plot')].find(
            (node) => node.getClientRects().length > 0,
          );
          const cursor = plot?.querySelector('.timeline-cursor line')?.getBoundingClientRect();
          const mark = plot
            ?.querySelector(`.mark[data-event="${id}"] circle`)
            ?.getBoundingClientRect();
          if (!cursor || !mark) return Infinity;
          return Math.abs(cursor.left + cursor.width / 2 - (mark.left + mark.width / 2));
        }, eventId),
      { intervals: [50, 100, 200] },
    )
    .toBeLessThan(1.5);
}

/** An apron shows the drawing of the imagery its step names, and only that one. */
export async function expectApronState(graphic: Locator, state: ApronStepState): Promise<void> {
  await expect(graphic).toHaveAttribute('data-imagery', state.imagery ?? '');
  await expect(graphic).toHaveAttribute('data-status', state.status ?? '');
  await expect(graphic.locator('.apron-frame:visible')).toHaveCount(1);
  await expect(graphic.locator(`.apron-frame[data-imagery="${state.imagery}"]`)).toBeVisible();
}
