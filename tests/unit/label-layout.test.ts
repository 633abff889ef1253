import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { labelOrder, mapItems } from '../../src/scenes/map/server/map-items';
import { labelTiers, maxStageWidth } from '../../src/scenes/map/server/map-tiers';
import { labelOn, narrowBands, narrowLayoutOf } from '../../src/shared/geo/label-tiers';
import { viewRect } from '../../src/shared/geo/fit-view';
import {
  collides,
  labelBox,
  placeLabels,
  placeNarrowLabels,
  viewLabels,
  type LabelState,
  type Side,
} from '../../src/shared/geo/label-layout';
import { project } from '../../src/scenes/map/server/projection';
import type { MapLabel } from '../../src/server/schemas/map-label';
import type { Place } from '../../src/server/schemas/place';
import type { View } from '../../src/server/schemas/view';
import type { PlaceKind } from '../../src/server/schemas/place-kind';

const entries = <T>(file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as ({ id: string } & T)[]).map(({ id, ...data }) => ({
    id,
    data: data as unknown as T,
  }));
const places = entries<Place>('content/data/places.json');
const areaLabels = entries<MapLabel>('content/data/map-labels.json');
const views = entries<View>('content/data/views.json');
const kinds = new Map(
  entries<PlaceKind>('content/data/place-kinds.json').map(({ id, data }) => [id, data]),
);

/** The labels a stage of `width` px shows from a placement over `tiers`, as the browser picks them. */
function shownAt(
  placement: Map<string, LabelState & { wide?: LabelState }>,
  width: number,
  tiers: readonly number[] = labelTiers.wide,
): Map<string, LabelState> {
  const shown = new Map<string, LabelState>();
  for (const [id, label] of Object.entries(viewLabels(placement))) {
    const at = labelOn(label, width, tiers);
    if (at) shown.set(id, { tier: 0, ...at });
  }
  return shown;
}

describe.each([[], ['khmeimim_ab', 'tartus_naval']])(
  'placeLabels(…) on the real views, highlight %j',
  (...highlight) => {
    const items = mapItems(places, areaLabels, highlight, kinds);
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const { id, data } of views) {
      const rect = viewRect(data.bounds, project);
      const order = labelOrder(
        data,
        places,
        areaLabels.filter((a) => a.data.views.includes(id)).map((a) => `area-${a.id}`),
        highlight,
        kinds,
      );
      const reserved = new Set([...highlight, ...data.keyPlaces]);
      const placement = placeLabels(
        order.map((itemId) => byId.get(itemId)!),
        rect,
        labelTiers.wide,
        maxStageWidth,
        reserved,
      );

      test(`view ${id}: every key place keeps at least its symbol on a phone`, () => {
        for (const placeId of data.keyPlaces) expect(placement.has(placeId), placeId).toBe(true);
      });

      /** Asserts that the labels and symbols `shown` on a stage `width` px wide neither overlap nor leave the view. */
      function expectClear(shown: Map<string, LabelState>, width: number): void {
        const s = width / rect.width;
        const boxes: {
          id: string;
          point: readonly [number, number];
          box: { x0: number; y0: number; x1: number; y1: number };
        }[] = [];
        for (const [itemId, state] of shown) {
          const item = byId.get(itemId)!;
          if (item.symbolRadius > 0) {
            const r = item.symbolRadius;
            boxes.push({
              id: `${itemId} symbol`,
              point: item.point,
              box: { x0: -r, y0: -r, x1: r, y1: r },
            });
          }
          if (state.variant >= 0)
            boxes.push({
              id: itemId,
              point: item.point,
              box: labelBox(item, state.side as Side, state.variant, 0),
            });
        }
        expect(boxes.length).toBeGreaterThan(0);
        for (const a of boxes) {
          const x = s * (a.point[0] - rect.x);
          const y = s * (a.point[1] - rect.y);
          expect(x + a.box.x0, `${a.id} left`).toBeGreaterThanOrEqual(-1e-6);
          expect(y + a.box.y0, `${a.id} top`).toBeGreaterThanOrEqual(-1e-6);
          expect(x + a.box.x1, `${a.id} right`).toBeLessThanOrEqual(width + 1e-6);
          expect(y + a.box.y1, `${a.id} bottom`).toBeLessThanOrEqual(s * rect.height + 1e-6);
          for (const b of boxes) {
            if (a === b || a.id.split(' ')[0] === b.id.split(' ')[0]) continue;
            expect(collides(a, b, s, s), `${a.id} overlaps ${b.id}`).toBe(false);
          }
        }
      }

      test.each([330, 390, 700, 1000, 1440, 2400])(
        `view ${id}: no two shown labels or symbols overlap on a %i px stage, and all stay inside`,
        (width) => {
          expectClear(shownAt(placement, width), width);
        },
      );

      // Stages narrower than the smallest wide tier (a view over a phone's card): one layout per
      // narrow tier, each made at build for the stages up to the next, which <story-map> shows there.
      const narrow = placeNarrowLabels(placement, byId, rect, labelTiers, reserved);
      const bands = narrowBands(labelTiers).map((band, i) => ({ ...band, layout: narrow[i]! }));
      test.each(bands.flatMap(({ from, upTo }) => [from, Math.round((from + upTo) / 2), upTo - 1]))(
        `view ${id}: on a narrow %i px stage no two overlap, and all stay inside`,
        (width) => {
          const shown = narrow[narrowLayoutOf(width, labelTiers)]!;
          expect(shown.size, 'places shown').toBeGreaterThan(0);
          expectClear(shown, width);
        },
      );

      test(`view ${id}: a highlighted place named in a narrow layout keeps its name in the wider ones`, () => {
        for (const placeId of highlight) {
          const named = bands.map(({ layout }) => (layout.get(placeId)?.variant ?? -1) >= 0);
          const first = named.indexOf(true);
          if (first >= 0) expect(named.slice(first), placeId).not.toContain(false);
        }
      });
    }
  },
);

describe('labelOrder(…)', () => {
  test("highlighted places come first, the view's key places among them in the view's order", () => {
    const view = views.find(({ id }) => id === 'syria-moscow')!.data;
    const [first, second] = view.keyPlaces;
    // Alphabetically first, so an order by id would put it first.
    const other = places
      .map(({ id }) => id)
      .sort()
      .find((id) => !view.keyPlaces.includes(id))!;
    const order = labelOrder(view, places, [], [other, second!, first!], kinds);
    expect(order.slice(0, 3)).toEqual([first, second, other]);
  });
});

describe('placeLabels(candidates, rect, tiers, max)', () => {
  const rect = { x: 0, y: 0, width: 100, height: 100 };
  const candidate = (id: string, x: number, y: number, text = 'Somewhere') => ({
    id,
    point: [x, y] as const,
    texts: [text],
    fontSize: 12,
    widthFactor: 0.6,
    symbolRadius: 3,
  });

  test('two places far apart are both labelled on the phone tier', () => {
    const placement = placeLabels(
      [candidate('a', 10, 20), candidate('b', 10, 80)],
      rect,
      [330, 700],
      2400,
    );
    expect([...placement.keys()]).toEqual(['a', 'b']);
    expect(placement.get('b')?.tier).toBe(0);
  });

  test('a place too close to a more important one waits for a wider tier or is left out', () => {
    const placement = placeLabels(
      [candidate('a', 10, 50), candidate('b', 12, 51)],
      rect,
      [330, 700],
      2400,
    );
    expect(placement.get('a')?.tier).toBe(0);
    expect(placement.get('b')?.tier ?? 'none').not.toBe(0);
  });

  test('on narrow stages a place the view is about keeps its symbol where a more important name would cover it', () => {
    // "a"'s long name to the east runs over "b"'s symbol: placed in order, "b" would be dropped.
    const crowd = [candidate('a', 20, 50, 'A very long place name'), candidate('b', 40, 50)];
    const both = new Set(['a', 'b']);
    expect(placeLabels(crowd, rect, [330], 700, both).has('b')).toBe(false);
    const narrow = placeLabels(crowd, rect, [330], 700, both, { symbolsFirst: true });
    expect(narrow.has('b')).toBe(true);
    // "a" keeps its symbol too; its name no longer fits beside "b".
    expect(narrow.has('a')).toBe(true);
  });

  test('a key place whose label does not fit keeps its symbol', () => {
    const crowd = [
      candidate('a', 10, 50, 'A long name here'),
      candidate('c', 10, 56, 'Another long name'),
      candidate('d', 10, 44, 'And a third one'),
      candidate('b', 2, 50),
    ];
    const placement = placeLabels(crowd, rect, [330, 700], 2400, new Set(['b']));
    expect(placement.get('b')).toMatchObject({ tier: 0, variant: -1 });
  });
});

// @scene:map (npm run test:scene map runs this file)
