import { geoDistance, geoInterpolate } from 'd3-geo';

export { drawnShare, pathThrough, revealedPath } from '../../../shared/geo/route-draw';

/**
 * A route's line, projected at build: each leg follows the great circle between its stops (in the
 * story's conformal conic that reads as a gentle arc), sampled finely enough to look smooth. The
 * browser only scales and moves these points with the camera; it never projects.
 */

export interface RouteLine {
  /** Projected points [x, y] in story units (km), stops included. */
  points: [number, number][];
  /** For each leg, the share of the whole line's length at which it ends (the last is 1). */
  legEnds: number[];
}

/** About one sample per 40 km of great circle, at least 2 and at most 48 per leg. */
const samplesPerLeg = (radians: number) =>
  Math.min(48, Math.max(2, Math.ceil((radians * 6371) / 40)));

const round1 = (n: number) => Math.round(n * 10) / 10;

type LonLat = readonly [number, number];

/**
 * `vias[i]`, if given, lists the drawing points the line passes on its way to stop i + 1 (a
 * schematic route kept over one country or south of an island); each piece between points is a great circle.
 * Legs still run stop to stop, so route progress counts stops, not drawing points.
 */
export function routeLine(
  stops: readonly LonLat[],
  project: (lon: number, lat: number) => [number, number],
  vias: readonly (readonly LonLat[] | undefined)[] = [],
): RouteLine {
  if (stops.length < 2) throw new Error('a route needs at least two stops');
  const points: [number, number][] = [];
  const legLengths: number[] = [];
  for (let leg = 0; leg < stops.length - 1; leg += 1) {
    const corners = [stops[leg]!, ...(vias[leg] ?? []), stops[leg + 1]!];
    let length = 0;
    for (let piece = 0; piece < corners.length - 1; piece += 1) {
      const from = corners[piece]!;
      const to = corners[piece + 1]!;
      const along = geoInterpolate(from as [number, number], to as [number, number]);
      const n = samplesPerLeg(geoDistance(from as [number, number], to as [number, number]));
      for (let i = points.length === 0 ? 0 : 1; i <= n; i += 1) {
        const [lon, lat] = along(i / n);
        const [x, y] = project(lon, lat);
        const point: [number, number] = [round1(x), round1(y)];
        const previous = points.at(-1);
        if (previous && i > 0) length += Math.hypot(point[0] - previous[0], point[1] - previous[1]);
        points.push(point);
      }
    }
    legLengths.push(length);
  }
  const total = legLengths.reduce((sum, l) => sum + l, 0) || 1;
  let run = 0;
  const legEnds = legLengths.map((l) => {
    run += l;
    return Math.round((run / total) * 1e4) / 1e4;
  });
  legEnds[legEnds.length - 1] = 1;
  return { points, legEnds };
}

const earthRadiusKm = 6371;

/**
 * The line's length as drawn (great circles through every stop and drawing point) and the great
 * circle from the first stop to the last, in km, unrounded: the page rounds them.
 */
export function routeDistances(
  stops: readonly LonLat[],
  vias: readonly (readonly LonLat[] | undefined)[] = [],
): { drawnKm: number; directKm: number } {
  const corners = stops.flatMap((stop, i) => (i === 0 ? [stop] : [...(vias[i - 1] ?? []), stop]));
  let radians = 0;
  for (let i = 1; i < corners.length; i += 1)
    radians += geoDistance(corners[i - 1] as [number, number], corners[i] as [number, number]);
  const first = stops[0] as [number, number];
  const last = stops.at(-1) as [number, number];
  return { drawnKm: radians * earthRadiusKm, directKm: geoDistance(first, last) * earthRadiusKm };
}

/**
 * Both lengths to the nearest 10 km, so a short detour still reads as longer than the straight
 * line; the drawn one is "about", because it is only as good as the drawing points we chose.
 */
export function describeDistances({
  drawnKm,
  directKm,
}: {
  drawnKm: number;
  directKm: number;
}): string {
  const km = (n: number) => `${new Intl.NumberFormat('en-US').format(Math.round(n / 10) * 10)} km`;
  return `Line as drawn: about ${km(drawnKm)}; straight line: ${km(directKm)}.`;
}
