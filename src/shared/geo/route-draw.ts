/**
 * The parts of drawing a route the browser needs too; kept apart from route-path.ts so that the
 * client bundle does not pull in d3-geo.
 */
import { lengthsAlong, lineBetween } from './point-along';

/** SVG path data through points, transformed by a camera (scale k, then move by x, y). */
export function pathThrough(
  points: readonly (readonly [number, number])[],
  k = 1,
  x = 0,
  y = 0,
): string {
  return `M${points.map(([px, py]) => `${(k * px + x).toFixed(1)},${(k * py + y).toFixed(1)}`).join('L')}`;
}

/**
 * How much of the line's length is drawn at route progress `progress` (0 to 1). Progress counts
 * legs, not kilometres: with two legs, 0.5 means "at the second stop", however short the first
 * leg is, so a journalist can write routeProgress="0/0.5" for "from the first stop to the second".
 */
export function drawnShare(progress: number, legEnds: readonly number[]): number {
  const legs = legEnds.length;
  if (legs === 0) return 0;
  const p = Math.min(1, Math.max(0, progress)) * legs;
  const leg = Math.min(legs - 1, Math.floor(p));
  const start = leg === 0 ? 0 : (legEnds[leg - 1] ?? 0);
  const end = legEnds[leg] ?? 1;
  return start + (p - leg) * (end - start);
}

/**
 * SVG path data of a line drawn from share `from` to share `to` of its length, moved by a camera:
 * the one way the map reveals a line (a route as far as its progress, a thrust arrow between the
 * gaps at its towns). The path itself ends there, so a dashed line keeps its dashes and nothing
 * is masked. Empty where nothing is drawn: a line of no length with round caps would still show
 * as a dot. `lengths`: the line's lengthsAlong, when it is drawn again and again.
 */
export function revealedPath(
  points: readonly (readonly [number, number])[],
  from: number,
  to: number,
  k = 1,
  x = 0,
  y = 0,
  lengths = lengthsAlong(points),
): string {
  return to > from ? pathThrough(lineBetween(points, from, to, lengths), k, x, y) : '';
}
