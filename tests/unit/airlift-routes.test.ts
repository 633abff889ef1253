import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoInterpolate, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { project } from '../../src/scenes/map/server/projection';
import {
  describeDistances,
  routeDistances,
  routeLine,
} from '../../src/scenes/map/server/route-path';
import { routeSchema, type Route } from '../../src/server/schemas/route';
import { place, places } from './data';

type LonLat = [number, number];
type RouteRow = Route & { id: string };
const routes = JSON.parse(readFileSync('content/data/routes.json', 'utf8')) as RouteRow[];
const sourceIds = (
  JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string }[]
).map((s) => s.id);
const schema = routeSchema(
  places.map((p) => p.id),
  sourceIds,
);
const route = (id: string) => {
  const found = routes.find((r) => r.id === id);
  if (!found) throw new Error(`no route ${id}`);
  return found;
};
const stopsOf = (r: RouteRow): LonLat[] =>
  r.waypoints.map((w) => [place(w.place).lon, place(w.place).lat]);
const viasOf = (r: RouteRow) => r.waypoints.slice(1).map((w) => w.via);

const require = createRequire(import.meta.url);
const atlas = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(atlas, atlas.objects.countries) as FeatureCollection<
  Geometry,
  { name: string }
>;
const country = (name: string) => {
  const found = countries.features.find((f) => f.properties.name === name);
  if (!found) throw new Error(`no country ${name}`);
  return found;
};

/** Points every ~10 km along the line through the stops and drawing points, as the map draws it. */
function sampled(r: RouteRow): LonLat[] {
  const stops = stopsOf(r);
  const corners = stops.flatMap((stop, i) =>
    i === 0 ? [stop] : [...(viasOf(r)[i - 1] ?? []), stop],
  );
  const out: LonLat[] = [];
  for (let i = 1; i < corners.length; i += 1) {
    const along = geoInterpolate(corners[i - 1]!, corners[i]!);
    const n = Math.ceil((geoDistance(corners[i - 1]!, corners[i]!) * 6371) / 10);
    for (let k = 0; k <= n; k += 1) out.push(along(k / n));
  }
  return out;
}

describe('the airlift routes', () => {
  test('both pass the route schema, are schematic, and carry the aircraft symbol', () => {
    for (const id of ['airlift-corridor', 'airlift-libya']) {
      const { id: _id, ...data } = route(id);
      expect(schema.safeParse(data).success).toBe(true);
      expect(route(id).kind).toBe('schematic');
      expect(route(id).symbol).toBe('aircraft');
    }
  });

  test('the corridor never crosses Turkey, and does cross Iraq and Iran to Moscow', () => {
    const r = route('airlift-corridor');
    const points = sampled(r);
    expect(points.filter((p) => geoContains(country('Turkey'), p))).toEqual([]);
    // Nor any country the sources do not name on the way (the Caucasus states).
    for (const name of ['Azerbaijan', 'Armenia', 'Georgia'])
      expect(points.filter((p) => geoContains(country(name), p))).toEqual([]);
    expect(points.some((p) => geoContains(country('Iraq'), p))).toBe(true);
    expect(points.some((p) => geoContains(country('Iran'), p))).toBe(true);
    // Over the Caspian: some points between Iran and Russia in no country at all.
    expect(
      points.some(
        (p) => p[1] > 38 && p[1] < 44 && !countries.features.some((f) => geoContains(f, p)),
      ),
    ).toBe(true);
    expect(r.waypoints.map((w) => w.place)).toEqual(['khmeimim_ab', 'moscow']);
  });

  test('the flights to Libya stay south of Cyprus (both parts of the island) and end at Al Khadim', () => {
    const r = route('airlift-libya');
    const cyprus = countries.features.filter((f) => /cyprus/i.test(f.properties.name));
    expect(cyprus.length).toBeGreaterThanOrEqual(2);
    expect(sampled(r).filter((p) => cyprus.some((c) => geoContains(c, p)))).toEqual([]);
    expect(r.waypoints.at(-1)?.place).toBe('al_khadim');
  });

  test('distances: the drawn corridor is longer than the direct line, as computed from the data', () => {
    const r = route('airlift-corridor');
    const { drawnKm, directKm } = routeDistances(stopsOf(r), viasOf(r));
    // Khmeimim to Moscow in a straight line is about 2,250 km (facts-and-sources §1d: 2,246 km to Vnukovo).
    expect(directKm).toBeGreaterThan(2150);
    expect(directKm).toBeLessThan(2350);
    expect(drawnKm / directKm).toBeGreaterThan(1.3);
    expect(drawnKm / directKm).toBeLessThan(1.9);
  });

  test('distances are rounded to 10 km, so a short detour still reads longer than the straight line', () => {
    expect(describeDistances({ drawnKm: 3549.6, directKm: 2246.4 })).toBe(
      'Line as drawn: about 3,550 km; straight line: 2,250 km.',
    );
    expect(describeDistances({ drawnKm: 1436, directKm: 1414 })).toBe(
      'Line as drawn: about 1,440 km; straight line: 1,410 km.',
    );
  });

  test('drawing points shape the line but legs still run stop to stop', () => {
    const stops: LonLat[] = [
      [35.945, 35.41167],
      [37.6156, 55.7522],
    ];
    const straight = routeLine(stops, project);
    const bent = routeLine(stops, project, [[[49.5, 36.8]]]);
    expect(bent.legEnds).toEqual([1]);
    expect(bent.points.length).toBeGreaterThan(straight.points.length);
    expect(bent.points[0]).toEqual(straight.points[0]);
    expect(bent.points.at(-1)).toEqual(straight.points.at(-1));
  });

  test('rejects a drawing point that is not [longitude, latitude], and points before the first stop', () => {
    const { id: _id, ...data } = route('airlift-libya');
    const wrong = {
      ...data,
      waypoints: [data.waypoints[0], { ...data.waypoints[1], via: [[33.6, 133.9]] }],
    };
    const issues =
      schema.safeParse(wrong).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues[0]).toMatch(/^waypoints\.1\.via\.0\.1: got 133\.9; expected a latitude/);
    const early = {
      ...data,
      waypoints: [{ ...data.waypoints[0], via: [[33.6, 33.9]] }, data.waypoints[1]],
    };
    const earlyIssues =
      schema.safeParse(early).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(earlyIssues).toEqual([
      'waypoints.0.via: got points before the first stop; expected "via" only on a later stop (the points the line passes on its way there)',
    ]);
  });
});
