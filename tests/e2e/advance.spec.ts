import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectState, ofKind, paintedFrame, scrollToStep, scrollyBlocks } from './scrolly-helpers';
import type { MapStepState } from '../../src/scenes/map/state';

/**
 * The advance: each step shows the areas of control, the arrows and the dated falls it declares,
 * with the map's date; scrolling back up restores the earlier state; without JavaScript every
 * step still says who held what, in words.
 */

async function advanceStates(page: Page): Promise<MapStepState[]> {
  await page.goto('/');
  const block = (await scrollyBlocks(page)).find((b) => b.id === 'scrolly-advance');
  if (!block || block.states.length < 5)
    throw new Error('the story needs the advance block with its steps');
  return ofKind(block.states, 'map');
}

/** How much of a thrust line is drawn, screen px (its path ends where it is drawn). */
function drawnLength(line: Locator): Promise<number> {
  return line.evaluate((node) => (node as SVGPathElement).getTotalLength());
}

/** The snapshot layer, arrows and falls on screen match the state (polled: a fade may be running). */
async function expectAreas(graphic: Locator, state: MapStepState, order: string[]): Promise<void> {
  await expect(graphic).toHaveAttribute('data-control', state.control ?? '');
  const arrows = [...(state.arrows ?? []), ...(state.drawArrow ? [state.drawArrow] : [])].sort();
  const index = order.indexOf(state.control ?? '');
  await expect
    .poll(() =>
      graphic.evaluate((element) => {
        const visible = (node: Element) =>
          node.getClientRects().length > 0 && getComputedStyle(node).display !== 'none';
        return {
          layers: [...element.querySelectorAll('.control-layer')]
            .filter(visible)
            .map((node) => node.getAttribute('data-snapshot')),
          arrows: [...element.querySelectorAll('.control-thrust')]
            .filter(visible)
            .map((node) => node.getAttribute('data-thrust'))
            .sort(),
          falls: [...element.querySelectorAll('.control-fall')]
            .filter(visible)
            .map((node) => Number(node.getAttribute('data-from'))),
        };
      }),
    )
    .toEqual({ layers: [state.control], arrows, falls: expect.any(Array) });
  const falls = await graphic.locator('.control-fall').evaluateAll((nodes) =>
    nodes.map((node) => ({
      from: Number(node.getAttribute('data-from')),
      shown: node.getClientRects().length > 0 && getComputedStyle(node).display !== 'none',
    })),
  );
  // Falls still to come never show; the latest always do (a crowded phone map drops the earlier dates).
  for (const fall of falls) {
    if (fall.from > index)
      expect(fall.shown, `a fall of snapshot ${order[fall.from]} at ${state.control}`).toBe(false);
    if (fall.from === index)
      expect(fall.shown, `a fall of snapshot ${order[fall.from]} at ${state.control}`).toBe(true);
  }
  // The areas' own date and basis: approximate, the snapshot's days.
  await expect(graphic.locator('[data-control-stamp]')).toBeVisible();
  await expect(graphic.locator('[data-control-stamp]')).toContainText('Areas approx.');
  await expect(graphic.locator(`.control-basis[data-snapshot="${state.control}"]`)).toContainText(
    'Approximate areas',
  );
  await expect(graphic.locator('.control-basis:not([hidden])')).toHaveCount(1);
}

test('each step shows its date, its areas, its arrows and the falls so far', async ({ page }) => {
  test.slow();
  const states = await advanceStates(page);
  const graphic = page.locator('#scrolly-advance [data-scene-graphic]');
  const order = JSON.parse((await graphic.getAttribute('data-control-order')) ?? '[]') as string[];
  const stageHeights = new Set<number>();
  for (const state of states) {
    await scrollToStep(page, state.id);
    await expectState(page, 'scrolly-advance', state);
    await expectAreas(graphic, state, order);
    stageHeights.add(
      await graphic
        .locator('.map-stage')
        .evaluate((stage) => Math.round(stage.getBoundingClientRect().height)),
    );
  }
  // The key (under the map, or over its foot on a phone) keeps its height whatever the
  // snapshot's basis says, so the map's view never changes size (a layout shift, and a refit)
  // from one step to the next.
  expect([...stageHeights], 'map heights over the steps').toHaveLength(1);
});

test('scrolling back up restores the earlier date and areas', async ({ page }) => {
  const states = await advanceStates(page);
  const graphic = page.locator('#scrolly-advance [data-scene-graphic]');
  const order = JSON.parse((await graphic.getAttribute('data-control-order')) ?? '[]') as string[];
  // The block opens on the whole advance (December 8), then goes back to the start: the earliest
  // state is the one before the offensive.
  const first = [...states].sort((a, b) =>
    (a.date?.from ?? '').localeCompare(b.date?.from ?? ''),
  )[0]!;
  const last = states.at(-1)!;
  await scrollToStep(page, last.id);
  await expectState(page, 'scrolly-advance', last);
  await expect(graphic).toHaveAttribute('data-control', last.control ?? '');
  await scrollToStep(page, first.id);
  await expectState(page, 'scrolly-advance', first);
  await expect(graphic).toHaveAttribute('data-date', first.date?.from ?? '');
  await expect(graphic.locator('[data-date-text]')).toHaveText('November 27, 2024');
  await expectAreas(graphic, first, order);
});

test('with motion, an arrow draws itself as the reader scrolls through its step', async ({
  page,
}) => {
  const states = await advanceStates(page);
  const drawing = states.find((state) => state.drawArrow);
  if (!drawing?.drawArrow) throw new Error('the advance needs a step with drawArrow');
  const line = page.locator(
    `#scrolly-advance .control-thrust[data-thrust="${drawing.drawArrow}"] .thrust-line`,
  );
  const drawn = () => drawnLength(line);
  await scrollToStep(page, drawing.id, 0.05);
  await expectState(page, 'scrolly-advance', drawing);
  await expect.poll(drawn).toBeLessThan(40);
  await scrollToStep(page, drawing.id, 0.9);
  await expect.poll(drawn).toBeGreaterThan(60);
});

test('the arrowhead sits at the drawn end of its line and points along it, at every share', async ({
  page,
}) => {
  const states = await advanceStates(page);
  const drawing = states.find((state) => state.drawArrow);
  if (!drawing?.drawArrow) throw new Error('the advance needs a step with drawArrow');
  const block = page.locator('#scrolly-advance');
  const thrust = drawing.drawArrow;
  for (const into of [0.3, 0.9]) {
    await scrollToStep(page, drawing.id, into);
    await expectState(page, 'scrolly-advance', drawing);
    await expect
      .poll(() =>
        block
          .locator('story-map')
          .evaluate((map) => (map as HTMLElement & { inFlight: boolean }).inFlight),
      )
      .toBe(false);
    await paintedFrame(page);
    const { tip, end, headAngle, lineAngle } = await block.evaluate((element, id) => {
      const line = element.querySelector<SVGPathElement>(
        `.control-thrust[data-thrust="${id}"] .thrust-line`,
      )!;
      const shape = element.querySelector<SVGPathElement>(`.control-head[data-head="${id}"] path`)!;
      // The path ends where the line is drawn.
      const along = line.getTotalLength();
      const onScreen = (matrix: DOMMatrix, x: number, y: number) =>
        new DOMPoint(x, y).matrixTransform(matrix);
      const lineMatrix = line.getScreenCTM()!;
      const a = line.getPointAtLength(along - 3);
      const b = line.getPointAtLength(along);
      const [from, to] = [onScreen(lineMatrix, a.x, a.y), onScreen(lineMatrix, b.x, b.y)];
      const head = shape.getScreenCTM()!;
      return {
        tip: [head.e, head.f],
        end: [to.x, to.y],
        // The head's shape points along its own +x.
        headAngle: (Math.atan2(head.b, head.a) * 180) / Math.PI,
        lineAngle: (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI,
      };
    }, thrust);
    expect(
      Math.hypot(tip[0]! - end[0]!, tip[1]! - end[1]!),
      `at ${into}: head from the line's end, px`,
    ).toBeLessThan(1.5);
    const turn = Math.abs(((headAngle - lineAngle + 540) % 360) - 180);
    expect(
      turn,
      `at ${into}: head ${headAngle.toFixed(1)}°, line ${lineAngle.toFixed(1)}°`,
    ).toBeLessThan(5);
  }
});

test("an arrow that comes back with its step is drawn at once to that step's length, not its last one, during the flight", async ({
  page,
}) => {
  const states = await advanceStates(page);
  const index = states.findIndex(
    (state, i) => i > 0 && state.drawArrow && state.view !== states[i - 1]?.view,
  );
  const drawing = states[index];
  const before = states[index - 1];
  if (!drawing?.drawArrow || !before)
    throw new Error('the advance needs a step that draws an arrow and changes the view');
  const block = page.locator('#scrolly-advance');
  const line = block.locator(`.control-thrust[data-thrust="${drawing.drawArrow}"] .thrust-line`);
  const drawn = () => drawnLength(line);
  await scrollToStep(page, drawing.id, 0.9);
  await expectState(page, 'scrolly-advance', drawing);
  await expect.poll(drawn).toBeGreaterThan(60);
  await scrollToStep(page, before.id, 0.5);
  await expect(block).toHaveAttribute('data-active-step', before.id, { timeout: 15_000 });
  // Read in the page at each frame, once the step is back and its view flies (650 ms): a read
  // from the test, a round trip after the step changed, could land after the flight.
  const inFlight = page.waitForFunction(
    ({ step, thrust }) => {
      const advance = document.getElementById('scrolly-advance');
      const map = advance?.querySelector('story-map') as (Element & { inFlight?: boolean }) | null;
      if (advance?.dataset['activeStep'] !== step || !map?.inFlight) return false;
      const path = advance.querySelector<SVGPathElement>(
        `.control-thrust[data-thrust="${thrust}"] .thrust-line`,
      );
      return path ? path.getTotalLength() : -1;
    },
    { step: drawing.id, thrust: drawing.drawArrow },
    { polling: 'raf', timeout: 15_000 },
  );
  await scrollToStep(page, drawing.id, 0.05);
  const drawnInFlight = (await (await inFlight).jsonValue()) as number;
  expect(drawnInFlight).toBeGreaterThanOrEqual(0);
  expect(drawnInFlight).toBeLessThan(40);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a step that draws an arrow and runs a date shows its end from its first line, and holds still while the reader scrolls through it', async ({
    page,
  }) => {
    const states = await advanceStates(page);
    const drawing = states.find(
      (state) => state.drawArrow && state.date && state.date.from !== state.date.to,
    );
    if (!drawing?.drawArrow || !drawing.date)
      throw new Error('the advance needs a step that draws an arrow through a range of dates');
    const graphic = page.locator('#scrolly-advance [data-scene-graphic]');
    const line = graphic.locator(
      `.control-thrust[data-thrust="${drawing.drawArrow}"] .thrust-line`,
    );
    const drawn = () => drawnLength(line);
    await scrollToStep(page, drawing.id, 0.05);
    await expectState(page, 'scrolly-advance', drawing);
    await expect(graphic).toHaveAttribute('data-date', drawing.date.to);
    await expect.poll(drawn).toBeGreaterThan(60);
    const whole = await drawn();
    for (const into of [0.5, 0.9]) {
      await scrollToStep(page, drawing.id, into);
      await paintedFrame(page);
      expect(await graphic.getAttribute('data-date'), `at ${into} of the step`).toBe(
        drawing.date.to,
      );
      expect(await drawn(), `at ${into} of the step`).toBeCloseTo(whole, 0);
    }
  });
});

/** Brings the advance to a step, just past its start, and waits for its map to rest. */
async function restOnStep(page: Page, graphic: Locator, stepId: string): Promise<void> {
  await scrollToStep(page, stepId, 0.04);
  await expect(page.locator('#scrolly-advance')).toHaveAttribute('data-active-step', stepId);
  await expect
    .poll(() => graphic.evaluate((node) => node.getAnimations({ subtree: true }).length))
    .toBe(0);
}

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });

  test('every fall date shown is uncovered: none runs under the key or the card', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'a phone size, run once');
    const states = await advanceStates(page);
    const graphic = page.locator('#scrolly-advance [data-scene-graphic]');
    let seen = 0;
    for (const state of states) {
      await restOnStep(page, graphic, state.id);
      const covered = await graphic.evaluate((node) =>
        [...node.querySelectorAll('.control-fall .fall-date')].flatMap((date) => {
          const box = date.getBoundingClientRect();
          if (box.width === 0 || getComputedStyle(date).display === 'none') return [];
          const uncovered = (x: number, y: number) => {
            const hit = document.elementFromPoint(x, y);
            return !!hit?.closest('.scrolly-graphic') && !hit.closest('.step-card, .map-caption');
          };
          // A fall whose ring the reader sees: its date's foot is in sight too, not under the key.
          const ring = date.closest('.control-fall')?.querySelector('.fall-ring');
          const at = ring?.getBoundingClientRect();
          if (!at || !uncovered(at.left + at.width / 2, at.top + at.height / 2)) return [];
          const foot = box.bottom - 2;
          return uncovered(box.left + 2, foot) && uncovered(box.right - 2, foot)
            ? []
            : [`${date.textContent} (${date.closest('.control-fall')?.getAttribute('data-fall')})`];
        }),
      );
      seen += await graphic.locator('.control-fall[data-on="true"][data-dated="true"]').count();
      expect(covered, `${state.id}: fall dates covered`).toEqual([]);
    }
    expect(seen, 'fall dates shown over the steps').toBeGreaterThan(0);
  });
});

test('a fall date shown overlaps no other date and no place name, at every step', async ({
  page,
}) => {
  test.slow();
  const states = await advanceStates(page);
  const graphic = page.locator('#scrolly-advance [data-scene-graphic]');
  let dated = 0;
  for (const state of states) {
    await restOnStep(page, graphic, state.id);
    const found = await graphic.evaluate((node) => {
      const shown = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && !!element.textContent?.trim() ? [{ element, box }] : [];
      };
      const dates = [
        ...node.querySelectorAll(
          '.control-fall[data-on="true"]:not([data-dated="false"]) .fall-date',
        ),
      ].flatMap(shown);
      const names = [...node.querySelectorAll('.map-item:not(.is-off) text')].flatMap(shown);
      // Glyph boxes are generous (line height): a pixel of touch is not an overlap.
      const meet = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 &&
        b.left < a.right - 1 &&
        a.top < b.bottom - 2 &&
        b.top < a.bottom - 2;
      const overlaps = dates.flatMap((date, i) =>
        [...dates.slice(i + 1), ...names]
          .filter((other) => meet(date.box, other.box))
          .map((other) => `${date.element.textContent} / ${other.element.textContent}`),
      );
      return { count: dates.length, overlaps };
    });
    dated += found.count;
    expect(found.overlaps, `${state.id}: overlapping dates`).toEqual([]);
  }
  expect(dated, 'fall dates shown over the steps').toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step says in words who held what, on which date, with its own image', async ({
    page,
  }) => {
    await page.goto('/');
    const steps = page.locator('#scrolly-advance .step');
    const count = await steps.count();
    expect(count).toBeGreaterThan(4);
    for (let i = 0; i < count; i += 1) {
      const details = steps.nth(i).locator('details.control-description');
      await expect(details.locator('summary')).toContainText(
        /Who held what, (November|December) \d/,
      );
      await expect(details).toContainText(
        /Approximate areas of control, .*Syrian government: about \d+% of the country/,
      );
    }
    // Without JavaScript the block's map, frozen in its first step, gives way to each step's own
    // image, which names the areas in its key (step-images.spec.ts checks every image).
    await expect(page.locator('#scrolly-advance > .scrolly-graphic')).toBeHidden();
    for (let i = 0; i < count; i += 1)
      await expect(steps.nth(i).locator('.step-image img')).toHaveAttribute('alt', /.+/);
  });
});

// @scene:map (npm run test:scene map runs this file)
