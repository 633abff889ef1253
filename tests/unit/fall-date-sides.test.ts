import { describe, expect, test } from 'vitest';
import { collides, labelBox, type Side } from '../../src/shared/geo/label-layout';
import type { MapItem, MapViewModel } from '../../src/scenes/map/server/map-model';
import { furnitureBoxes } from '../../src/scenes/map/server/furniture-boxes';
import { fallDateSides, type DatedFall } from '../../src/scenes/map/control/server/fall-date-sides';
import {
  crowdedScale,
  fallDateSideOn,
  fallDateSize,
  fallRingRadius,
  type FallDateBands,
} from '../../src/scenes/map/control/fall-dates';

const tiers = { narrow: [160, 250], wide: [330, 700] };
const maxStageWidth = 2400;
const rect = { x: 0, y: 0, width: 400, height: 400 };

function view(labels: MapViewModel['labels'] = {}, narrow: MapViewModel['narrowLabels'] = []) {
  return {
    id: 'test',
    title: 'Test',
    detail: 'low',
    rect,
    labels,
    narrowLabels: narrow,
    scale: { km: 100, share: 0.2 },
    north: null,
  } satisfies MapViewModel;
}

const place = (id: string, point: [number, number], text: string): MapItem => ({
  id,
  texts: [text],
  point,
  kind: 'city',
  symbol: 'dot',
  labelStyle: 'standard',
  fontSize: 12,
  symbolRadius: 3,
  widthFactor: 0.6,
  highlight: false,
  approximate: false,
});

const fall = (town: string, point: [number, number], text: string, order = 0): DatedFall => ({
  town,
  point,
  text,
  order,
});

/** The box a date takes on a side, as the placement measures it. */
const dateBox = (f: DatedFall, side: Side) => ({
  point: f.point,
  box: labelBox(
    {
      id: f.town,
      point: f.point,
      texts: [f.text],
      fontSize: fallDateSize,
      widthFactor: 0.62,
      symbolRadius: fallRingRadius,
    },
    side,
  ),
});

/** The side a fall's date takes on a stage `width` px wide. */
const sideAt = (sides: Map<string, FallDateBands>, town: string, width: number) =>
  fallDateSideOn(sides.get(town), width);

/** Whether two dates meet on a stage `width` px wide. */
const meet = (a: DatedFall, sideA: Side, b: DatedFall, sideB: Side, width: number) =>
  collides(dateBox(a, sideA), dateBox(b, sideB), width / rect.width, width / rect.width);

describe('fallDateSides: where each fall is dated, by stage width', () => {
  test('a fall with room below it is dated below it at every width', () => {
    const sides = fallDateSides([fall('a', [200, 200], 'Dec 5')], view(), [], tiers, maxStageWidth);
    expect(sides.get('a')).toEqual([[160, 's']]);
  });

  test('two falls close together are dated where their dates do not meet', () => {
    // Daraa and Suwayda: 40 km apart, both dated on the last day's map.
    const [daraa, suwayda] = [
      fall('daraa', [180, 300], 'Dec 6', 5),
      fall('suwayda', [220, 300], 'Dec 6–7', 6),
    ];
    const sides = fallDateSides([daraa!, suwayda!], view(), [], tiers, maxStageWidth);
    for (const width of [400, 700, 1200, 2400]) {
      const a = sideAt(sides, 'daraa', width);
      const b = sideAt(sides, 'suwayda', width);
      if (a && b) expect(meet(daraa!, a, suwayda!, b, width), `at ${width} px`).toBe(false);
    }
    // Below both they would meet at 400 px: the test can fail.
    expect(meet(daraa!, 's', suwayda!, 's', 400)).toBe(true);
  });

  test('a date keeps off a place name that sits below the fall', () => {
    const town = fall('hama', [200, 200], 'Dec 5');
    const name = place('homs', [200, 212], 'Homs and its long name');
    const sides = fallDateSides([town], view({ homs: [0, 'e', 0] }), [name], tiers, maxStageWidth);
    const nameBox = { point: name.point, box: labelBox(name, 'e') };
    for (const width of [400, 900]) {
      const side = sideAt(sides, 'hama', width);
      expect(side, `at ${width} px`).not.toBe('s');
      if (side)
        expect(collides(dateBox(town, side), nameBox, width / rect.width, width / rect.width)).toBe(
          false,
        );
    }
  });

  test('a date goes back below where the map is wide enough for it and the name', () => {
    const town = fall('hama', [200, 200], 'Dec 5');
    const name = place('homs', [200, 212], 'Homs and its long name');
    const sides = fallDateSides([town], view({ homs: [0, 'e', 0] }), [name], tiers, maxStageWidth);
    // 12 units apart: 72 px at 2400 px wide.
    expect(sideAt(sides, 'hama', 2399)).toBe('s');
  });

  test('a name shown only on wide stages moves a date only where it is shown', () => {
    const town = fall('hama', [200, 200], 'Dec 5');
    const name = place('homs', [200, 212], 'Homs and its long name');
    // Shown from the 700 px tier on.
    const sides = fallDateSides([town], view({ homs: [1, 'e', 0] }), [name], tiers, maxStageWidth);
    expect(sideAt(sides, 'hama', 400)).toBe('s');
    expect(sideAt(sides, 'hama', 900)).not.toBe('s');
  });

  test('on a crowded map, only falls of the same day keep off each other', () => {
    const [a, b] = [fall('a', [180, 200], 'Dec 6', 1), fall('b', [184, 200], 'Dec 7', 2)];
    const sides = fallDateSides([a!, b!], view(), [], tiers, maxStageWidth);
    // Below 0.8 px per km (320 px on this 400 km view) only the latest falls are dated.
    expect(crowdedScale * rect.width).toBe(320);
    expect(sideAt(sides, 'a', 200)).toBe('s');
    expect(sideAt(sides, 'b', 200)).toBe('s');
    const roomyA = sideAt(sides, 'a', 1000);
    const roomyB = sideAt(sides, 'b', 1000);
    expect(roomyA && roomyB ? meet(a!, roomyA, b!, roomyB, 1000) : false).toBe(false);
  });

  test('a date with no free side is left off, the others still apart', () => {
    const crowd = Array.from({ length: 10 }, (_, i) => fall(`f${i}`, [200, 200], 'Dec 10', 3));
    const sides = fallDateSides(crowd, view(), [], tiers, maxStageWidth);
    const placed = crowd.flatMap((f) => {
      const side = sideAt(sides, f.town, 1000);
      return side ? [{ f, side }] : [];
    });
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(crowd.length);
    for (const [i, one] of placed.entries())
      for (const other of placed.slice(i + 1))
        expect(meet(one.f, one.side, other.f, other.side, 1000)).toBe(false);
  });

  test('a fall at the view foot is dated above its ring, inside the view', () => {
    const sides = fallDateSides([fall('a', [200, 396], 'Dec 8')], view(), [], tiers, maxStageWidth);
    expect(['n', 'ne', 'nw']).toContain(sideAt(sides, 'a', 400));
  });

  test("a date keeps off the map's furniture: the scale bar, the step buttons on phones", () => {
    // Just above the scale bar's label at the bottom left, and under a phone's step buttons.
    const nearScale = fall('a', [12, 370], 'Dec 6', 2);
    const nearButtons = fall('b', [370, 8], 'Dec 7', 1);
    const sides = fallDateSides([nearScale, nearButtons], view(), [], tiers, maxStageWidth);
    const furniture = furnitureBoxes(rect, { share: 0.2 }, null, maxStageWidth);
    for (const width of [300, 390, 600, 1200]) {
      const s = width / rect.width;
      for (const f of [nearScale, nearButtons]) {
        const side = sideAt(sides, f.town, width);
        if (!side) continue;
        const hit = furniture.filter(
          (box) => width >= box.from && width < box.to && collides(dateBox(f, side), box, s, s),
        );
        expect(hit, `${f.town} at ${width} px`).toEqual([]);
      }
    }
    // Below its ring the first date would run into the scale bar's label: the test can fail.
    expect(collides(dateBox(nearScale, 's'), furniture[0]!, 390 / 400, 390 / 400)).toBe(true);
  });

  test('falls outside the view get no bands', () => {
    const sides = fallDateSides([fall('a', [900, 200], 'Dec 8')], view(), [], tiers, maxStageWidth);
    expect(sides.has('a')).toBe(false);
  });
});
