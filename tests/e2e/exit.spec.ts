import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import {
  blocksOf,
  expectState,
  ofKind,
  paintedFrame,
  scrollToStep,
  scrollyBlocks,
} from './scrolly-helpers';
import type { MapStepState } from '../../src/scenes/map/state';

/** Assad's exit and Russia's footprint: the route comes from data and draws with scroll progress. */

const routes = JSON.parse(readFileSync('content/data/routes.json', 'utf8')) as {
  id: string;
  waypoints: { place: string }[];
}[];

async function exitBlock(
  page: Page,
): Promise<{ id: string; states: MapStepState[]; graphic: Locator }> {
  await page.goto('/');
  const block = (await scrollyBlocks(page)).find((b) =>
    ofKind(b.states, 'map').some((s) => s.route),
  );
  if (!block) throw new Error('no scrolly block draws a route');
  return {
    id: block.id,
    states: ofKind(block.states, 'map'),
    graphic: page.locator(`#${block.id} [data-scene-graphic]`),
  };
}

/** The exit's first step that draws the route with scroll progress, and the share it draws to. */
async function routeDrawingStep(
  page: Page,
): Promise<{ id: string; graphic: Locator; drawing: MapStepState; end: string }> {
  const { id, states, graphic } = await exitBlock(page);
  const drawing = states.find((s) => s.route && s.route.progress.from !== s.route.progress.to);
  if (!drawing?.route)
    throw new Error('the exit needs a step that draws the route with scroll progress');
  return { id, graphic, drawing, end: String(drawing.route.progress.to) };
}

/** Screen points along the shown route and the screen centres of places, in the same frame. */
async function routeGeometry(graphic: Locator, routeId: string, placeIds: string[]) {
  return graphic.evaluate(
    (element, { routeId, placeIds }) => {
      const path = element.querySelector<SVGPathElement>(
        `.map-route[data-route="${routeId}"] .route-line`,
      );
      // The routes' <svg> is the stage box, and the line's coordinates are its pixels.
      const box = element.querySelector('.map-routes')?.getBoundingClientRect();
      if (!path || !box) throw new Error('no route line');
      const length = path.getTotalLength();
      const points = Array.from({ length: 201 }, (_, i) => {
        const p = path.getPointAtLength((length * i) / 200);
        return [p.x + box.left, p.y + box.top] as [number, number];
      });
      const places = placeIds.map((id) => {
        const r = element
          .querySelector(`.map-item[data-id="${id}"] .symbol`)
          ?.getBoundingClientRect();
        if (!r) throw new Error(`no symbol for ${id}`);
        return [r.left + r.width / 2, r.top + r.height / 2] as [number, number];
      });
      return { points, places };
    },
    { routeId, placeIds },
  );
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

test('the route runs through the places routes.json names, in that order', async ({ page }) => {
  const { id, states, graphic } = await exitBlock(page);
  const last = states.findLast(
    (s) => s.route && s.route.progress.to === 1 && s.route.progress.from === 1,
  );
  if (!last?.route) throw new Error('no step draws the whole route');
  const route = routes.find((r) => r.id === last.route?.id);
  if (!route) throw new Error(`route ${last.route.id} not in routes.json`);
  await scrollToStep(page, last.id, 0.5);
  await expectState(page, id, last);
  await page.waitForTimeout(900); // the flight between views ends and the camera rests
  const placeIds = route.waypoints.map((w) => w.place);
  const { points, places } = await routeGeometry(graphic, route.id, placeIds);
  // The whole line is drawn: each stop lies on it (within a few pixels), they come in the data's
  // order, and it ends at the last.
  const along = places.map((place) => {
    let best = 0;
    points.forEach((point, i) => {
      if (distance(point, place) < distance(points[best]!, place)) best = i;
    });
    expect(distance(points[best]!, place)).toBeLessThan(4);
    return best;
  });
  expect(along[0]).toBe(0);
  expect(along.at(-1)).toBe(points.length - 1);
  expect([...along].sort((a, b) => a - b)).toEqual(along);
  // It ends at the city: no airfield the sources do not name is marked.
  for (const airfield of ['vnukovo', 'chkalovsky']) {
    await expect(graphic.locator(`.map-item[data-id="${airfield}"].is-highlight`)).toHaveCount(0);
  }
});

test("a map the reader has not reached yet draws its first step's route in place, where the stops are", async ({
  page,
}) => {
  const { id, states, graphic } = await exitBlock(page);
  const first = states[0];
  if (!first?.route) throw new Error("the block's first step draws no route");
  const route = routes.find((r) => r.id === first.route?.id);
  if (!route) throw new Error(`route ${first.route.id} not in routes.json`);
  // No scrolling: the graphic is drawn ahead of the reader (render-ahead.ts) and its camera rests
  // before any step has been applied to it.
  await expect(page.locator(`#${id} .scrolly-graphic`)).toHaveAttribute('data-rendered', '', {
    timeout: 15_000,
  });
  await paintedFrame(page);
  const stops = route.waypoints.map((w) => w.place);
  const { points, places } = await routeGeometry(graphic, route.id, stops);
  // The build draws the first step at its end: "0/0.5" on a route of two legs ends at the second stop.
  const end = Math.round(first.route.progress.to * (stops.length - 1));
  expect(distance(points[0]!, places[0]!)).toBeLessThan(4);
  expect(distance(points.at(-1)!, places[end]!)).toBeLessThan(4);
});

test('the route draws with scroll progress, widens to the region, and scrolling back restores it', async ({
  page,
  baseURL,
}) => {
  test.slow(); // seven scroll positions, each waiting for the graphic to settle
  const watch = watchPage(page, new URL(baseURL ?? '').origin);
  const { id, states, graphic } = await exitBlock(page);
  const drawing = states.filter((s) => s.route && s.route.progress.from !== s.route.progress.to);
  expect(drawing.length).toBeGreaterThanOrEqual(2);
  const [first, second] = drawing;
  if (!first?.route || !second?.route) throw new Error('need two drawing steps');
  expect(first.view).toBe('syria');
  expect(second.view).toBe('syria-moscow');
  // Within one step the graphic follows the scroll on the next frame: wait for the value to move
  // from the one read before, rather than read it before that frame.
  const progressAt = async (stepId: string, into: number, before = 0) => {
    await scrollToStep(page, stepId, into);
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-active-step', stepId);
    await expect
      .poll(async () => Number(await graphic.getAttribute('data-route-progress')))
      .not.toBe(before);
    return Number(await graphic.getAttribute('data-route-progress'));
  };
  const early = await progressAt(second.id, 0.15);
  const late = await progressAt(second.id, 0.85, early);
  expect(late).toBeGreaterThan(early);
  expect(early).toBeGreaterThanOrEqual(second.route.progress.from);
  expect(late).toBeLessThanOrEqual(second.route.progress.to);
  await expectState(page, id, second);
  // Back up into the first leg: the map returns to Syria and the line shrinks back.
  const back = await progressAt(first.id, 0.6);
  expect(back).toBeLessThanOrEqual(first.route.progress.to);
  await expectState(page, id, first);
  // Past the block, in the bases block, no route shows.
  const bases = (await blocksOf(page, 'map')).find((b) => b.states.some((s) => s.notes.length > 0));
  const footprint = bases?.states.find((s) => s.notes.length > 0);
  if (!bases || !footprint) throw new Error('no step shows site notes');
  await scrollToStep(page, footprint.id);
  await expectState(page, bases.id, footprint);
  await expect(page.locator(`#${bases.id} .map-route:not([hidden])`)).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

test("site notes are in the map's key for the steps that name them, with their sources", async ({
  page,
}) => {
  await page.goto('/');
  const bases = (await blocksOf(page, 'map')).find((b) => b.states.some((s) => s.notes.length > 0));
  const step = bases?.states.find((s) => s.notes.length > 0);
  if (!bases || !step) throw new Error('no step shows site notes');
  await scrollToStep(page, step.id);
  await expectState(page, bases.id, step);
  const graphic = page.locator(`#${bases.id} [data-scene-graphic]`);
  const first = graphic.locator(`.scene-note[data-note="${step.notes[0]}"]`);
  // The key starts as its one line; the notes show once the reader opens it.
  await expect(first).toBeHidden();
  await graphic.locator('.map-legend-summary').click();
  for (const note of step.notes) {
    const box = graphic.locator(`.scene-note[data-note="${note}"]`);
    await box.scrollIntoViewIfNeeded();
    await expect(box).toBeVisible();
    await expect(box.locator('a[href^="#source-"]').first()).toBeVisible();
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the route and the view change at once, with nothing animating', async ({ page }) => {
    const { id, states, graphic } = await exitBlock(page);
    const full = states.findLast((s) => s.route?.progress.from === 1);
    if (!full) throw new Error('no step with the whole route');
    await scrollToStep(page, full.id, 0.5);
    await expectState(page, id, full);
    expect(
      await graphic.evaluate(
        (element) =>
          element.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length,
      ),
    ).toBe(0);
    await expect(graphic.locator('.map-route:not([hidden]) .route-line')).toBeVisible();
  });

  test("a step that draws the route shows it to the step's end from its first line, and holds still while the reader scrolls through it", async ({
    page,
  }) => {
    const { id, graphic, drawing, end } = await routeDrawingStep(page);
    await scrollToStep(page, drawing.id, 0.05);
    await expectState(page, id, drawing);
    await expect(graphic).toHaveAttribute('data-route-progress', end);
    for (const into of [0.5, 0.9]) {
      await scrollToStep(page, drawing.id, into);
      await paintedFrame(page);
      expect(await graphic.getAttribute('data-route-progress'), `at ${into} of the step`).toBe(end);
    }
  });
});

test("turning reduced motion on mid-step shows the route to the step's end, and turning it off draws it with the scroll again", async ({
  page,
}) => {
  const { id, graphic, drawing, end } = await routeDrawingStep(page);
  await scrollToStep(page, drawing.id, 0.3);
  await expectState(page, id, drawing);
  await expect.poll(() => graphic.getAttribute('data-route-progress')).not.toBe(end);
  const midway = await graphic.getAttribute('data-route-progress');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(graphic).toHaveAttribute('data-route-progress', end);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(graphic).toHaveAttribute('data-route-progress', midway ?? '');
});

// @scene:map (npm run test:scene map runs this file)
