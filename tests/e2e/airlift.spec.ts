import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  estimate,
  formatCount,
  type Carrier,
  type Entries,
  type Limits,
} from '../../src/components/airlift/estimate';
import { drawnShare } from '../../src/shared/geo/route-draw';
import type { Aircraft } from '../../src/server/schemas/aircraft';
import { watchPage } from './helpers';
import { expectState, ofKind, scrollToStep, scrollyBlocks, triggerOffset } from './scrolly-helpers';
import type { MapStepState } from '../../src/scenes/map/state';

/** The airlift: the imagery steps, the routes with their aircraft symbol, the to-scale figure and the estimate. */

const aircraft = JSON.parse(readFileSync('content/data/aircraft.json', 'utf8')) as (Aircraft & {
  id: string;
})[];
const inputs = JSON.parse(readFileSync('content/data/airlift-estimate.json', 'utf8')) as {
  id: keyof Entries;
  max: number;
  example?: number;
}[];
const carriers: Carrier[] = [...aircraft]
  .sort((a, b) => a.payload.value - b.payload.value)
  .map((a) => ({ id: a.id, payloadTonnes: a.payload.value, peoplePerFlight: a.people.value }));
const limits = Object.fromEntries(inputs.map((i) => [i.id, i.max])) as Limits;
const byId = (id: string) => aircraft.find((a) => a.id === id)!;
const metres = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

async function airliftBlock(page: Page): Promise<{ id: string; states: MapStepState[] }> {
  await page.goto('/');
  const block = (await scrollyBlocks(page)).find((b) =>
    ofKind(b.states, 'map').some((s) => s.route?.id === 'airlift-corridor'),
  );
  if (!block) throw new Error('no scrolly block draws the airlift corridor');
  return { id: block.id, states: ofKind(block.states, 'map') };
}

const sceneOf = (page: Page, id: string) => page.locator(`#${id} [data-scene-graphic]`);

/** Focuses an element the way this project's reader would: a tap on the phone, Tab-like focus on desktop. */
async function reach(target: Locator, isMobile: boolean): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  if (isMobile) await target.tap();
  else await target.focus();
}

test.describe('the imagery and route steps', () => {
  test('each step shows its state going down and again coming back up, with no NaN on the map', async ({
    page,
    baseURL,
  }) => {
    test.slow(); // six scroll positions, each waiting for the graphic to settle
    const watch = watchPage(page, new URL(baseURL ?? '').origin);
    const { id, states } = await airliftBlock(page);
    expect(states.map((s) => s.id)).toEqual([
      'airlift-corridor',
      'airlift-corridor-schematic',
      'airlift-libya',
    ]);
    for (const state of [...states, ...[...states].reverse()]) {
      await scrollToStep(page, state.id, 0.5);
      await expectState(page, id, state);
      const graphic = page.locator(`#${id} [data-scene-graphic]`);
      await expect(graphic).toHaveAttribute('data-route', state.route?.id ?? '');
      // The key's route line carries the length as drawn, for the route drawn now only.
      const routeNotes = graphic.locator('.scene-route:not([hidden])');
      await expect(routeNotes).toHaveCount(state.route ? 1 : 0);
      if (state.route) {
        const text = (await routeNotes.textContent()) ?? '';
        expect(text).toMatch(/Line as drawn: about [\d,]+0 km; straight line: [\d,]+0 km\.$/);
        const [drawn = 0, direct = 0] = text
          .match(/[\d,]+(?= km)/g)!
          .map((n) => Number(n.replaceAll(',', '')));
        expect(drawn).toBeGreaterThan(direct);
      }
      expect(
        await graphic.evaluate(
          (el) => el.outerHTML.includes('NaN') || el.outerHTML.includes('Infinity'),
        ),
      ).toBe(false);
    }
    // Nothing floats over the map: the length is read in the key, opened with its summary.
    await scrollToStep(page, 'airlift-corridor', 0.5);
    const key = sceneOf(page, id).locator('details.map-legend');
    if (!(await key.evaluate((details: HTMLDetailsElement) => details.open)))
      await key.locator('summary').click();
    await expect(key.locator('.scene-route:not([hidden])')).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the aircraft symbol rides the drawn end of the route as the reader scrolls, and back', async ({
    page,
  }) => {
    const { id } = await airliftBlock(page);
    const graphic = page.locator(`#${id} [data-scene-graphic]`);
    const plane = graphic.locator('.map-route[data-route="airlift-corridor"] .route-aircraft');
    const at = async (into: number) => {
      await scrollToStep(page, 'airlift-corridor', into);
      await expect(page.locator(`#${id}`)).toHaveAttribute('data-active-step', 'airlift-corridor', {
        timeout: 15_000,
      });
      await expect(graphic).toHaveAttribute('data-view', 'syria-moscow');
      await page.waitForTimeout(900); // the flight between views ends and the camera rests
      return plane.evaluate((node) => {
        const route = node.closest('.map-route')!;
        const line = route.querySelector<SVGPathElement>('.route-line')!;
        const share = Number((node as SVGGElement).dataset['share']);
        const length = line.getTotalLength();
        const end = line.getPointAtLength(length);
        const box = node.getBoundingClientRect();
        // The routes' <svg> is the stage box, and the line's coordinates are its pixels.
        const frame = node.closest('.map-routes')!.getBoundingClientRect();
        const progress = Number(
          node.closest('[data-scene-graphic]')!.getAttribute('data-route-progress'),
        );
        const legs = (
          JSON.parse(route.getAttribute('data-payload') ?? '{}') as { legEnds: number[] }
        ).legEnds;
        return {
          share,
          progress,
          legs,
          length,
          centre: [box.left + box.width / 2 - frame.left, box.top + box.height / 2 - frame.top],
          end: [end.x, end.y],
          transform: (node as SVGGElement).style.transform,
        };
      });
    };
    const early = await at(0.2);
    const late = await at(0.8);
    expect(late.share).toBeGreaterThan(early.share + 0.3);
    // The line grows with the share: its drawn length is in proportion (the same camera at both).
    expect(late.length / early.length).toBeCloseTo(late.share / early.share, 1);
    for (const sample of [early, late]) {
      // Line and symbol are drawn to the step's progress, counted in legs.
      expect(sample.share).toBeCloseTo(drawnShare(sample.progress, sample.legs), 3);
      // The symbol sits where the drawn line ends, within a few pixels.
      expect(
        Math.hypot(sample.centre[0]! - sample.end[0]!, sample.centre[1]! - sample.end[1]!),
      ).toBeLessThan(6);
      expect(sample.transform).toMatch(
        /^translate\(-?[\d.]+px, -?[\d.]+px\) rotate\(-?[\d.]+deg\)$/,
      );
    }
    const back = await at(0.3);
    expect(back.share).toBeLessThan(late.share);
    expect(back.length).toBeLessThan(late.length);
  });

  test("a route that comes back with a step is drawn at once to that step's length, not its last one, during the flight", async ({
    page,
  }) => {
    const { id } = await airliftBlock(page);
    const graphic = page.locator(`#${id} [data-scene-graphic]`);
    const block = page.locator(`#${id}`);
    const plane = graphic.locator('.map-route[data-route="airlift-corridor"] .route-aircraft');
    await scrollToStep(page, 'airlift-corridor', 0.95);
    await expect(block).toHaveAttribute('data-active-step', 'airlift-corridor', {
      timeout: 15_000,
    });
    await expect
      .poll(async () => Number(await plane.getAttribute('data-share')), { timeout: 5_000 })
      .toBeGreaterThan(0.8);
    await scrollToStep(page, 'airlift-libya', 0.5);
    await expect(block).toHaveAttribute('data-active-step', 'airlift-libya', { timeout: 15_000 });
    // Scrolls back and reads in the first frame that shows the step, while the view flies from
    // the Mediterranean to Moscow (650 ms): a read after a poll can come after the flight on a
    // loaded machine.
    const { share, progress, legs, flying } = await plane.evaluate(
      (node, { blockId, triggerOffset }) =>
        new Promise<{ share: number; progress: number; legs: number[]; flying: boolean }>(
          (resolve) => {
            const step = document.getElementById('airlift-corridor')!.getBoundingClientRect();
            window.scrollTo({
              top:
                window.scrollY + step.top - window.innerHeight * triggerOffset + step.height * 0.05,
              behavior: 'instant',
            });
            const read = () => {
              if (document.getElementById(blockId)?.dataset['activeStep'] !== 'airlift-corridor') {
                requestAnimationFrame(read);
                return;
              }
              resolve({
                share: Number((node as SVGGElement).dataset['share']),
                progress: Number(
                  node.closest('[data-scene-graphic]')!.getAttribute('data-route-progress'),
                ),
                legs: (
                  JSON.parse(node.closest('.map-route')!.getAttribute('data-payload') ?? '{}') as {
                    legEnds: number[];
                  }
                ).legEnds,
                flying:
                  node.closest('story-map')!.querySelector('.map-moves')!.getAnimations().length >
                  0,
              });
            };
            read();
          },
        ),
      { blockId: id, triggerOffset },
    );
    expect(flying).toBe(true);
    expect(share).toBeLessThan(0.5);
    expect(share).toBeCloseTo(drawnShare(progress, legs), 3);
  });
});

test.describe('the two aircraft to scale', () => {
  test('drawn in proportion to their wingspans, with each figure from the data shown on focus or tap', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/');
    const figure = page.locator('[data-aircraft-compare]');
    const widths = await figure
      .locator('.aircraft svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    const spans = [...aircraft]
      .sort((a, b) => a.wingspan.value - b.wingspan.value)
      .map((a) => a.wingspan.value);
    expect(widths[1]! / widths[0]!).toBeCloseTo(spans[1]! / spans[0]!, 1);
    for (const a of aircraft) {
      const box = figure.locator(`.aircraft[data-aircraft="${a.id}"]`);
      const facts = box.locator('.aircraft-facts');
      await expect(facts).toBeHidden();
      await reach(box, isMobile);
      await expect(facts).toBeVisible();
      await expect(facts.locator('[data-figure="length"] dd')).toContainText(
        `${metres.format(a.length.value)} m`,
      );
      await expect(facts.locator('[data-figure="wingspan"] dd')).toContainText(
        `${metres.format(a.wingspan.value)} m`,
      );
      await expect(facts.locator('[data-figure="payload"] dd')).toContainText(
        `up to ${formatCount(a.payload.value)} t`,
      );
      await expect(facts.locator('[data-figure="range"] dd')).toContainText(
        `${formatCount(a.range.value)} km`,
      );
      // Every figure links to its source in the list at the end.
      await expect(facts.locator('dd .cite a')).toHaveCount(5);
    }
  });

  test('reachable with the Tab key, its figures are its accessible description', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'no keyboard on the phone; the tap is tested above');
    await page.goto('/');
    const first = page.locator('[data-aircraft-compare] .aircraft').first();
    await first.scrollIntoViewIfNeeded();
    // Tab from the link just before the figure lands on the first aircraft.
    await page.evaluate(() => {
      const links = [...document.querySelectorAll('a')];
      const figure = document.querySelector('[data-aircraft-compare]')!;
      const before = links
        .filter((a) => a.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING)
        .at(-1);
      before?.focus();
    });
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await expect(first.locator('.aircraft-facts')).toBeVisible();
    const id = await first.getAttribute('data-aircraft');
    await expect(first).toHaveAccessibleDescription(
      new RegExp(`${byId(id ?? '').shortName.replace('-', '\\-')}|Length`),
    );
  });
});

test.describe('the flight estimate', () => {
  const table = (page: Page) => page.locator('airlift-estimate .estimate-table tbody');

  async function enter(page: Page, field: string, text: string, isMobile: boolean) {
    const input = page.locator(`#estimate-${field}`);
    await reach(input, isMobile);
    await input.press('ControlOrMeta+a');
    await input.press('Delete');
    if (text) await page.keyboard.type(text);
  }

  test('computes flights from the sourced figures as the reader types, and says so in the live region', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/');
    const entries: Entries = {
      people: '2,500',
      vehicles: '40',
      'vehicle-tonnes': '16',
      cargo: '300',
    };
    for (const [field, text] of Object.entries(entries)) await enter(page, field, text, isMobile);
    const expected = estimate(entries, limits, carriers);
    if (!expected.ok) throw new Error('the worked case must be valid');
    for (const row of expected.flights) {
      const cells = table(page).locator(`tr[data-carrier="${row.id}"]`);
      await expect(cells.locator('[data-cell="people"]')).toHaveText(
        formatCount(row.peopleFlights),
      );
      await expect(cells.locator('[data-cell="cargo"]')).toHaveText(formatCount(row.cargoFlights));
      await expect(cells.locator('[data-cell="flights"]')).toHaveText(formatCount(row.flights));
    }
    const live = page.locator('airlift-estimate [data-estimate-live]');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect(live).toHaveText(
      `To move 2,500 people, 40 vehicles of 16 tonnes, 300 tonnes of other cargo: ${expected.flights.map((r) => `${formatCount(r.flights)} ${byId(r.id).shortName} flights`).join(', or ')}.`,
    );
    // The worked case by hand: 2,500 people need 18 Il-76 flights (17 × 145 = 2,465); 940 t need 20 (19 × 48 = 912).
    await expect(table(page).locator('tr[data-carrier="il-76"] [data-cell="flights"]')).toHaveText(
      '38',
    );
  });

  test('refuses negative, non-numeric and absurdly large input with a clear message, and never shows NaN', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/');
    const before = await table(page).innerText();
    const cases: [string, string, RegExp][] = [
      ['people', '-40', /cannot be negative/],
      ['people', 'lots', /Enter a whole number in digits/],
      ['cargo', '99999999999999999999', /Enter at most 1,000,000/],
      ['vehicles', '12', /Enter the weight of each vehicle/],
    ];
    for (const [field, text, message] of cases) {
      // One edit (fill), so no valid state passes in between and the table must not move.
      const field$ = page.locator(`#estimate-${field}`);
      await reach(field$, isMobile);
      await field$.fill(text);
      const target = field === 'vehicles' ? 'vehicle-tonnes' : field;
      const input = page.locator(`#estimate-${target}`);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#estimate-${target}-error`)).toHaveText(message);
      await expect(input).toHaveAccessibleDescription(message);
      const shown = await page.locator('airlift-estimate').innerText();
      expect(shown).not.toMatch(/NaN|Infinity|undefined/);
      // The table keeps the last valid numbers.
      expect(await table(page).innerText()).toBe(before);
      await enter(
        page,
        field,
        field === 'vehicles' ? '0' : String(inputs.find((i) => i.id === field)?.example ?? ''),
        isMobile,
      );
      await expect(page.locator(`#estimate-${target}`)).toHaveAttribute('aria-invalid', 'false');
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the estimate is a static table for the example values, with no dead fields, and the figures print', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('airlift-estimate form')).toBeHidden();
    const entries = Object.fromEntries(
      inputs.map((i) => [i.id, i.example === undefined ? '' : String(i.example)]),
    ) as Entries;
    const expected = estimate(entries, limits, carriers);
    if (!expected.ok) throw new Error('the examples must make a valid estimate');
    for (const row of expected.flights)
      await expect(
        page.locator(`airlift-estimate tr[data-carrier="${row.id}"] [data-cell="flights"]`),
      ).toHaveText(formatCount(row.flights));
    await expect(page.locator('[data-aircraft-compare] .aircraft')).toHaveCount(aircraft.length);
    // Both imagery drawings of the apron block show, one after the other, with what they rest on.
    const frames = page.locator('story-apron-scene .apron-frame');
    await expect(frames).toHaveCount(2);
    for (let i = 0; i < 2; i += 1) {
      await frames.nth(i).scrollIntoViewIfNeeded();
      await expect(frames.nth(i).locator('svg.apron-svg:visible')).toHaveCount(1);
      await expect(frames.nth(i).locator('figcaption')).toContainText('not where they were parked');
    }
  });
});
