import { geoDistance, geoInterpolate } from 'd3-geo';

export { drawnShare, pathThrough } from './route-draw';

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
const samplesPerLeg = (radians: number) => Math.min(48, Math.max(2, Math.ceil((radians * 6371) / 40)));

const round1 = (n: number) => Math.round(n * 10) / 10;

export function routeLine(stops: readonly [number, number][], project: (lon: number, lat: number) => [number, number]): RouteLine {
  if (stops.length < 2) throw new Error('a route needs at least two stops');
  const points: [number, number][] = [];
  const legLengths: number[] = [];
  for (let leg = 0; leg < stops.length - 1; leg += 1) {
    const from = stops[leg]!;
    const to = stops[leg + 1]!;
    const along = geoInterpolate(from, to);
    const n = samplesPerLeg(geoDistance(from, to));
    let length = 0;
    for (let i = leg === 0 ? 0 : 1; i <= n; i += 1) {
      const [lon, lat] = along(i / n);
      const [x, y] = project(lon, lat);
      const point: [number, number] = [round1(x), round1(y)];
      const previous = points.at(-1);
      if (previous && i > 0) length += Math.hypot(point[0] - previous[0], point[1] - previous[1]);
      points.push(point);
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
