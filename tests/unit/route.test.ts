import { readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import { afterEach, describe, expect, test } from 'vitest';
import { project } from '../../src/scenes/map/server/projection';
import {
  drawnShare,
  pathThrough,
  revealedPath,
  routeLine,
} from '../../src/scenes/map/server/route-path';
import { lengthsAlong, lineBetween, lineUpTo, pointAlong } from '../../src/shared/geo/point-along';
import { isContinuous, resolveState } from '../../src/scenes/registry';
import { mapScene, type MapStepState } from '../../src/scenes/map/state';
import { routeSchema, type Route } from '../../src/server/schemas/route';
import { ContentFixture } from './content-fixture';
import { place, places } from './data';

type RouteRow = Route & { id: string };
const routes = JSON.parse(readFileSync('content/data/routes.json', 'utf8')) as RouteRow[];
const sourceIds = (
  JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string }[]
).map((s) => s.id);
const schema = routeSchema(
  places.map((p) => p.id),
  sourceIds,
);
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
const exit = routes.find((r) => r.id === 'assad-exit');
if (!exit) throw new Error('no assad-exit route');
const { id: _id, ...exitData } = exit;

describe('routes.json', () => {
  test('every route passes its schema', () => {
    for (const { id: _ignored, ...route } of routes)
      expect(messages(schema.safeParse(route))).toEqual([]);
  });

  test("Assad's exit runs Damascus, Khmeimim, Moscow, and ends at the city, not at an airfield no source names", () => {
    expect(exit.waypoints.map((w) => w.place)).toEqual(['damascus', 'khmeimim_ab', 'moscow']);
    expect(exit.waypoints.map((w) => w.place)).not.toContain('vnukovo');
    expect(exit.waypoints.map((w) => w.place)).not.toContain('chkalovsky');
    expect(exit.kind).toBe('schematic');
  });

  test('rejects an unknown place, naming it and suggesting the nearest', () => {
    const bad = {
      ...exitData,
      waypoints: [{ ...exit.waypoints[0], place: 'damascos' }, ...exit.waypoints.slice(1)],
    };
    expect(messages(schema.safeParse(bad))[0]).toMatch(
      /^waypoints\.0\.place: got "damascos" \(did you mean "damascus"\?\); expected a place id from content\/data\/places\.json: /,
    );
  });

  test('rejects a waypoint without a source or without a confidence', () => {
    const { source: _s, ...noSource } = exit.waypoints[1]!;
    const { confidence: _c, ...noConfidence } = exit.waypoints[1]!;
    expect(
      messages(schema.safeParse({ ...exitData, waypoints: [exit.waypoints[0], noSource] }))[0],
    ).toMatch(
      /^waypoints\.1\.source: got nothing \(the field is missing\); expected a source id from content\/data\/sources\.json/,
    );
    expect(
      messages(schema.safeParse({ ...exitData, waypoints: [exit.waypoints[0], noConfidence] }))[0],
    ).toBe(
      'waypoints.1.confidence: got nothing (the field is missing); expected how sure the sources are: high, medium, low',
    );
  });

  test('rejects an unknown source id and a route of one stop', () => {
    const bad = {
      ...exitData,
      waypoints: [{ ...exit.waypoints[0], source: 'tass-somewhere' }, exit.waypoints[1]],
    };
    expect(messages(schema.safeParse(bad))[0]).toMatch(
      /^waypoints\.0\.source: got "tass-somewhere".*; expected a source id from content\/data\/sources\.json/,
    );
    expect(messages(schema.safeParse({ ...exitData, waypoints: [exit.waypoints[0]] }))[0]).toMatch(
      /^waypoints: got \[.*; expected a list of at least two waypoints$/,
    );
  });
});

describe('routeLine(stops, project)', () => {
  const stops = exit.waypoints.map(
    (w) => [place(w.place).lon, place(w.place).lat] as [number, number],
  );
  const line = routeLine(stops, project);
  const at = (id: string) => project(place(id).lon, place(id).lat);
  const near = (a: readonly number[], b: readonly number[]) =>
    Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));

  test('starts at Damascus, passes through Khmeimim and ends at Moscow, in story units', () => {
    expect(near(line.points[0]!, at('damascus'))).toBeLessThan(0.1);
    expect(near(line.points.at(-1)!, at('moscow'))).toBeLessThan(0.1);
    expect(Math.min(...line.points.map((p) => near(p, at('khmeimim_ab'))))).toBeLessThan(0.1);
  });

  test('its length is the great-circle distance to within 3% (units are km)', () => {
    let length = 0;
    for (let i = 1; i < line.points.length; i += 1)
      length += near(line.points[i]!, line.points[i - 1]!);
    const km = (geoDistance(stops[0]!, stops[1]!) + geoDistance(stops[1]!, stops[2]!)) * 6371;
    expect(Math.abs(length - km) / km).toBeLessThan(0.03);
  });

  test('the first leg (about 230 km) is under a tenth of the whole line', () => {
    expect(line.legEnds).toHaveLength(2);
    expect(line.legEnds[0]).toBeGreaterThan(0.05);
    expect(line.legEnds[0]).toBeLessThan(0.12);
    expect(line.legEnds[1]).toBe(1);
  });

  test('pathThrough moves the points with a camera', () => {
    expect(
      pathThrough(
        [
          [1, 2],
          [3, 4],
        ],
        2,
        10,
        20,
      ),
    ).toBe('M12.0,24.0L16.0,28.0');
  });
});

describe('a line walked by a share of its length: the aircraft on its route, the line drawn to it', () => {
  const line: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
  ];

  test('pointAlong finds the point a share of the length along, and the heading there', () => {
    expect(pointAlong(line, 0)).toEqual({ x: 0, y: 0, angle: 0 });
    expect(pointAlong(line, 0.25)).toEqual({ x: 5, y: 0, angle: 0 });
    expect(pointAlong(line, 0.75)).toEqual({ x: 10, y: 5, angle: 90 });
    expect(pointAlong(line, 1)).toEqual({ x: 10, y: 10, angle: 90 });
  });

  test('pointAlong clamps shares outside 0 to 1 and refuses a line of one point', () => {
    expect(pointAlong(line, 2)).toEqual({ x: 10, y: 10, angle: 90 });
    expect(pointAlong(line, -1)).toEqual({ x: 0, y: 0, angle: 0 });
    expect(pointAlong([[1, 1]], 0.5)).toBeNull();
  });

  test('lineUpTo keeps the points passed and ends where the share falls', () => {
    expect(lineUpTo(line, 0.25)).toEqual([
      [0, 0],
      [5, 0],
    ]);
    expect(lineUpTo(line, 0.5)).toEqual([
      [0, 0],
      [10, 0],
    ]);
    expect(lineUpTo(line, 0.75)).toEqual([
      [0, 0],
      [10, 0],
      [10, 5],
    ]);
    expect(lineUpTo(line, 1)).toEqual(line);
    expect(lineUpTo(line, 7)).toEqual(line);
  });

  test('lineBetween starts where the first share falls and ends where the second does', () => {
    expect(lineBetween(line, 0.25, 0.75)).toEqual([
      [5, 0],
      [10, 0],
      [10, 5],
    ]);
    expect(lineBetween(line, 0.6, 0.8)).toEqual([
      [10, 2],
      [10, 6],
    ]);
    expect(lineBetween(line, 0, 0.75)).toEqual(lineUpTo(line, 0.75));
  });

  test('revealedPath draws between two shares with a camera, and nothing where they meet', () => {
    expect(revealedPath(line, 0.25, 1, 2, 1, 1)).toBe('M11.0,1.0L21.0,1.0L21.0,21.0');
    expect(revealedPath(line, 0.4, 0.4)).toBe('');
  });

  test('lengthsAlong measures once; the lengths of the line at any scale walk it the same way', () => {
    expect(lengthsAlong(line)).toEqual([0, 10, 20]);
    const screen = line.map(([x, y]): [number, number] => [3 * x + 1, 3 * y + 2]);
    expect(pointAlong(screen, 0.75, lengthsAlong(line))).toEqual(pointAlong(screen, 0.75));
    expect(lineUpTo(line, 0.4, lengthsAlong(screen))).toEqual(lineUpTo(line, 0.4));
  });

  test('revealedPath from 0 moves the drawn part with a camera, and draws nothing at 0 (no dot from a round cap)', () => {
    expect(revealedPath(line, 0, 0.75, 2, 1, 1)).toBe('M1.0,1.0L21.0,1.0L21.0,11.0');
    expect(revealedPath(line, 0, 0)).toBe('');
    expect(revealedPath(line, 0, -0.5)).toBe('');
  });
});

describe('drawnShare(progress, legEnds): progress counts legs', () => {
  test('0.5 of a two-leg route ends at the second stop, however short the first leg', () => {
    expect(drawnShare(0, [0.1, 1])).toBe(0);
    expect(drawnShare(0.5, [0.1, 1])).toBeCloseTo(0.1);
    expect(drawnShare(0.25, [0.1, 1])).toBeCloseTo(0.05);
    expect(drawnShare(0.75, [0.1, 1])).toBeCloseTo(0.55);
    expect(drawnShare(1, [0.1, 1])).toBe(1);
    expect(drawnShare(3, [0.1, 1])).toBe(1);
  });
});

describe('resolveState with a route', () => {
  const base: MapStepState = {
    kind: 'map',
    id: 'a',
    view: 'syria',
    highlight: [],
    layers: [],
    sources: [],
    notes: [],
  };

  test('a progress range resolves to the share at that scroll progress', () => {
    const state = { ...base, route: { id: 'assad-exit', progress: { from: 0.5, to: 1 } } };
    expect(isContinuous(state)).toBe(true);
    expect(resolveState(state, 0)).toMatchObject({ route: 'assad-exit', routeProgress: 0.5 });
    expect(mapScene.resolve(state, 0.5).routeProgress).toBe(0.75);
    expect(mapScene.resolve(state, 1).routeProgress).toBe(1);
    expect(mapScene.resolve(state, 9).routeProgress).toBe(1);
  });

  test('a fixed progress is not continuous, and a state without a route resolves without one', () => {
    expect(
      isContinuous({ ...base, route: { id: 'assad-exit', progress: { from: 1, to: 1 } } }),
    ).toBe(false);
    expect(resolveState(base, 0.5)).not.toHaveProperty('route');
  });
});

describe('bad routes fail the content config with file, route and reason', () => {
  let fixture: ContentFixture | undefined;
  afterEach(() => fixture?.remove());

  test('an unknown place', async () => {
    fixture = new ContentFixture().edit('data/routes.json', (text) =>
      text.replace('"place": "moscow"', '"place": "moskva"'),
    );
    const output = await fixture.validate();
    expect(output).toContain('routes.json');
    expect(output).toContain('assad-exit');
    expect(output).toMatch(
      /waypoints\.2\.place: got "moskva".*expected a place id from content\/data\/places\.json/,
    );
  });

  test('a waypoint without a confidence', async () => {
    fixture = new ContentFixture().edit('data/routes.json', (text) =>
      text.replace('"confidence": "high",', ''),
    );
    const output = await fixture.validate();
    expect(output).toContain('assad-exit');
    expect(output).toContain(
      'waypoints.2.confidence: got nothing (the field is missing); expected how sure the sources are',
    );
  });
});

// @scene:map (npm run test:scene map runs this file)
