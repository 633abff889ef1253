import { readFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';
import { describe, expect, test } from 'vitest';
import {
  chaikin,
  containsPoint,
  controlAreas,
  planarArea,
  projectShape,
  type TownAtSnapshot,
} from '../../src/scenes/map/control/server/control-areas';
import { project } from '../../src/scenes/map/server/projection';
import { selfIntersection, type Town } from '../../src/server/schemas/control';
import { countryOutline } from '../../src/scenes/map/server/geography';

/** The areas of control computed from the real town table: valid, inside Syria, true to the table. */

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(`content/data/control/${file}`, 'utf8')) as T;
const towns = read<(Town & { id: string })[]>('towns.json');
const snapshots = read<{ id: string }[]>('snapshots.json').map((s) => s.id);
const zones = read<{
  features: {
    properties: { id: string; faction: string };
    geometry: { coordinates: [number, number][][] };
  }[];
}>('zones.geojson').features;
const outline = projectShape(countryOutline('Syria', '10m', 0.05).geometry, project);
const syriaKm2 = planarArea(outline);
const zoneShapes = zones.map((zone) => ({
  id: zone.properties.id,
  faction: zone.properties.faction,
  rings: zone.geometry.coordinates,
}));
const zoneArea = polygonClipping.union(
  [],
  ...zoneShapes.map((zone) => projectShape({ type: 'Polygon', coordinates: zone.rings }, project)),
);

function at(index: number): TownAtSnapshot[] {
  return towns.map((town) => ({
    id: town.id,
    lon: town.lon,
    lat: town.lat,
    holder: town.held.filter((entry) => snapshots.indexOf(entry.snapshot) <= index).at(-1)!.faction,
  }));
}

describe.each(snapshots.map((id, index) => [id, index] as const))(
  'areas at snapshot "%s"',
  (_id, index) => {
    const townsNow = at(index);
    const areas = controlAreas(townsNow, zoneShapes, outline, project);

    test('each area is a valid polygon: the clipper finds nothing to repair', () => {
      for (const [holder, area] of areas) {
        const repaired = polygonClipping.union(area);
        expect(Math.abs(planarArea(repaired) - planarArea(area)), holder).toBeLessThan(
          0.01 * planarArea(area) + 0.5,
        );
      }
    });

    test('the areas lie inside Syria, do not overlap and cover it', () => {
      let sum = 0;
      for (const [holder, area] of areas) {
        expect(
          planarArea(polygonClipping.difference(area, outline)),
          `${holder} outside Syria (km²)`,
        ).toBeLessThan(1);
        sum += planarArea(area);
      }
      const union = polygonClipping.union([], ...areas.values());
      expect(Math.abs(sum - planarArea(union)) / syriaKm2, 'overlap').toBeLessThan(0.001);
      expect(Math.abs(planarArea(union) - syriaKm2) / syriaKm2, 'coverage').toBeLessThan(0.001);
    });

    test("each town inside Syria lies in its holder's area (outside the hand-drawn zones)", () => {
      const misplaced = townsNow.filter((town) => {
        const point = project(town.lon, town.lat);
        if (!containsPoint(outline, point) || containsPoint(zoneArea, point)) return false;
        return !containsPoint(areas.get(town.holder) ?? [], point);
      });
      expect(misplaced.map((town) => `${town.id} (${town.holder})`)).toEqual([]);
    });

    test('the al-Tanf garrison lies in the US zone', () => {
      expect(containsPoint(areas.get('us') ?? [], project(38.61778, 33.50583))).toBe(true);
    });
  },
);

describe('controlAreas on a toy table', () => {
  const square = projectShape(
    {
      type: 'Polygon',
      coordinates: [
        [
          [36, 33],
          [36, 35],
          [38, 35],
          [38, 33],
          [36, 33],
        ],
      ],
    },
    project,
  );
  const toy = (holders: string[]): TownAtSnapshot[] =>
    [
      [36.5, 33.5],
      [37.5, 33.5],
      [36.5, 34.5],
      [37.5, 34.5],
    ].map(([lon, lat], i) => ({ id: `t${i}`, lon: lon!, lat: lat!, holder: holders[i]! }));

  test('towns of one holder make one area, the whole outline', () => {
    const areas = controlAreas(toy(['a', 'a', 'a', 'a']), [], square, project);
    expect([...areas.keys()]).toEqual(['a']);
    expect(planarArea(areas.get('a')!)).toBeCloseTo(planarArea(square), 0);
  });

  test('two holders split the outline between their towns', () => {
    const areas = controlAreas(toy(['west', 'east', 'west', 'east']), [], square, project);
    expect(planarArea(areas.get('west')!) / planarArea(square)).toBeCloseTo(0.5, 1);
    expect(containsPoint(areas.get('west')!, project(36.2, 34))).toBe(true);
    expect(containsPoint(areas.get('east')!, project(37.8, 34))).toBe(true);
  });

  test('a zone takes its area from every other holder', () => {
    const zone = {
      id: 'z',
      faction: 'zone',
      rings: [
        [
          [36.9, 33.9],
          [36.9, 34.1],
          [37.1, 34.1],
          [37.1, 33.9],
          [36.9, 33.9],
        ],
      ] as [number, number][][],
    };
    const areas = controlAreas(toy(['west', 'east', 'west', 'east']), [zone], square, project);
    expect(containsPoint(areas.get('zone')!, project(37, 34))).toBe(true);
    expect(containsPoint(areas.get('west')!, project(36.95, 34))).toBe(false);
  });
});

describe('chaikin(…)', () => {
  test('cuts corners and keeps both ends where they were', () => {
    const line = chaikin(
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
      2,
    );
    expect(line[0]).toEqual([0, 0]);
    expect(line.at(-1)).toEqual([10, 10]);
    expect(line.some(([x, y]) => x === 10 && y === 0)).toBe(false);
  });
});

describe('selfIntersection(…)', () => {
  test('finds a bow tie', () =>
    expect(
      selfIntersection([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toMatch(/between positions 1 and 3/));
  test('accepts a square', () =>
    expect(
      selfIntersection([
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ]),
    ).toBeUndefined());
});

// @scene:map (npm run test:scene map runs this file)
