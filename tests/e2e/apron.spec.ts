import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  expectApronState,
  ofKind,
  paintedFrame,
  scrollToStep,
  scrollyBlocks,
} from './scrolly-helpers';
import type { ApronStepState } from '../../src/scenes/apron/state';

/**
 * The apron block: the aircraft that satellite imagery counted, drawn to scale on a schematic
 * apron beside the runway at its published width. Expectations come from content/data.
 */
interface Figure {
  value: number;
}
const read = <T>(name: string) => JSON.parse(readFileSync(`content/data/${name}`, 'utf8')) as T;
const aircraft = read<{ id: string; wingspan: Figure; length: Figure }[]>('aircraft.json');
const imagery =
  read<
    { id: string; place: string; aircraft: { type: string; count: number; disputed?: boolean }[] }[]
  >('imagery.json');
const airfields =
  read<{ place: string; runway: { width: Figure; length: Figure } }[]>('airfields.json');

async function apronBlock(page: Page): Promise<{ id: string; states: ApronStepState[] }> {
  await page.goto('/');
  const block = (await scrollyBlocks(page)).find((candidate) =>
    ofKind(candidate.states, 'apron').some((state) => state.imagery),
  );
  if (!block) throw new Error('the story has no apron block');
  return { id: block.id, states: ofKind(block.states, 'apron') };
}

/** The drawing shown now (one of compact or roomy, by the space it has). */
const shownDrawing = (graphic: Locator) =>
  graphic.locator('.apron-frame:not([hidden]) svg.apron-svg:visible');

test("each step draws its imagery's aircraft, going down and coming back up", async ({ page }) => {
  test.slow(); // four scroll positions, each with a dozen checks
  const { id, states } = await apronBlock(page);
  const graphic = page.locator(`#${id} [data-scene-graphic]`);
  for (const state of [...states, ...[...states].reverse()]) {
    await scrollToStep(page, state.id, 0.4);
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-active-step', state.id, {
      timeout: 15_000,
    });
    await expectApronState(graphic, state);
    const entry = imagery.find((candidate) => candidate.id === state.imagery)!;
    const drawing = shownDrawing(graphic);
    await expect(drawing).toHaveCount(1);
    // One mark per aircraft counted; a disputed count in outline; an unreported type as a circle.
    const total = entry.aircraft.reduce((sum, group) => sum + group.count, 0);
    await expect(drawing.locator('.aircraft-mark')).toHaveCount(total);
    for (const group of entry.aircraft) {
      const marks = drawing.locator(`.aircraft-mark[data-type="${group.type}"]`);
      await expect(marks).toHaveCount(group.count);
      if (group.disputed)
        await expect(
          drawing.locator(`.aircraft-mark.is-disputed[data-type="${group.type}"]`),
        ).toHaveCount(group.count);
      if (group.type === 'unknown') await expect(marks.locator('circle')).toHaveCount(group.count);
    }
    // It says on it that it is schematic and not where the aircraft stood.
    await expect(drawing.locator('.apron-stamp')).toHaveText(/schematic/i);
    await expect(graphic.locator('.apron-frame:not([hidden]) figcaption')).toContainText(
      'not where they were parked',
    );
  }
});

test('aircraft and runway are drawn at one scale, from the data', async ({ page }) => {
  const { id, states } = await apronBlock(page);
  const state = states.find((candidate) => {
    const types =
      imagery
        .find((entry) => entry.id === candidate.imagery)
        ?.aircraft.map((group) => group.type) ?? [];
    return types.includes('il-76') && types.includes('an-124');
  });
  if (!state) throw new Error('no apron step draws both an Il-76 and an An-124');
  await scrollToStep(page, state.id, 0.4);
  const graphic = page.locator(`#${id} [data-scene-graphic]`);
  await expect(graphic).toHaveAttribute('data-imagery', state.imagery ?? '');
  await paintedFrame(page);
  const drawing = shownDrawing(graphic);
  const width = (type: string) =>
    drawing
      .locator(`.aircraft-mark[data-type="${type}"] path`)
      .first()
      .evaluate((node) => node.getBoundingClientRect().width);
  const [il76, an124] = [await width('il-76'), await width('an-124')];
  const span = (type: string) => aircraft.find((a) => a.id === type)!.wingspan.value;
  expect(an124 / il76).toBeCloseTo(span('an-124') / span('il-76'), 1);
  const place = imagery.find((entry) => entry.id === state.imagery)!.place;
  const runway = airfields.find((airfield) => airfield.place === place)!.runway;
  const runwayHeight = await drawing
    .locator('.apron-runway rect')
    .evaluate((node) => node.getBoundingClientRect().height);
  expect(runwayHeight / an124).toBeCloseTo(runway.width.value / span('an-124'), 1);
  await expect(drawing.locator('.apron-runway')).toContainText(`${runway.width.value} m wide`);
});

test('the drawing is readable above the card band on a phone, and fills its pane beside the text', async ({
  page,
  isMobile,
}) => {
  const { id, states } = await apronBlock(page);
  const graphic = page.locator(`#${id} [data-scene-graphic]`);
  // Phones: the project's 390x844, and a small phone.
  for (const size of isMobile
    ? [page.viewportSize()!, { width: 360, height: 640 }]
    : [page.viewportSize()!]) {
    await page.setViewportSize(size);
    for (const state of states) {
      await scrollToStep(page, state.id, 0.4);
      await expect(graphic).toHaveAttribute('data-imagery', state.imagery ?? '');
      await paintedFrame(page);
      const drawing = await shownDrawing(graphic).evaluate(
        (node) => node.getBoundingClientRect().toJSON() as DOMRect,
      );
      const largest = await shownDrawing(graphic)
        .locator('.aircraft-mark path, .aircraft-mark circle')
        .evaluateAll((nodes) =>
          Math.max(...nodes.map((node) => node.getBoundingClientRect().width)),
        );
      if (isMobile) {
        // The step's card has the band at the foot of the screen (the scene's bottom padding,
        // --card-band, 38-44%): the drawing and its caption are above it, and the aircraft legible.
        const band = await graphic.evaluate((node) =>
          parseFloat(getComputedStyle(node).paddingBottom),
        );
        expect(band).toBeGreaterThan(size.height * 0.3);
        const caption = await graphic
          .locator('.apron-frame:not([hidden]) figcaption')
          .evaluate((node) => node.getBoundingClientRect().bottom);
        expect(drawing.top).toBeGreaterThanOrEqual(0);
        expect(caption).toBeLessThanOrEqual(size.height - band + 1);
        expect(drawing.bottom).toBeLessThanOrEqual(size.height * 0.62 + 1);
        expect(largest).toBeGreaterThan(size.width < 380 ? 60 : 80);
      } else {
        const pane = await graphic.evaluate(
          (node) => node.getBoundingClientRect().toJSON() as DOMRect,
        );
        expect(drawing.width * drawing.height).toBeGreaterThan(0.25 * pane.width * pane.height);
        expect(largest).toBeGreaterThan(120);
      }
    }
  }
});

test("under reduced motion a step's drawing shows at once", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { id, states } = await apronBlock(page);
  const [first, second] = states;
  if (!first || !second) throw new Error('the apron block needs two steps');
  const graphic = page.locator(`#${id} [data-scene-graphic]`);
  await scrollToStep(page, first.id, 0.4);
  await expect(graphic).toHaveAttribute('data-imagery', first.imagery ?? '');
  await scrollToStep(page, second.id, 0.4);
  await expect(graphic).toHaveAttribute('data-imagery', second.imagery ?? '');
  const animations = await graphic.evaluate((node) => node.getAnimations({ subtree: true }).length);
  expect(animations).toBe(0);
});
