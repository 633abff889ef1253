/**
 * Walking a polyline by a share (0 to 1) of its length: where the share falls, which way the line
 * runs there, and the line drawn up to it. For routes projected at build and drawn as the reader
 * scrolls. Linear in the number of points (a route has about a hundred), so cheap enough for every
 * scroll progress event.
 */

type Point = readonly [number, number];

/** The length of the line from its start to each of its points (0 first): measured once, walked many times. */
export function lengthsAlong(points: readonly Point[]): number[] {
  let run = 0;
  return points.map(
    (point, i) =>
      (run += i === 0 ? 0 : Math.hypot(point[0] - points[i - 1]![0], point[1] - points[i - 1]![1])),
  );
}

/**
 * The piece (from point `index - 1` to point `index`) where the share falls, and how far along it,
 * 0 to 1. `lengths` are the line's (lengthsAlong), or any multiple of them: a share is the same
 * at every scale.
 */
function locate(
  points: readonly Point[],
  share: number,
  lengths: readonly number[],
): { index: number; t: number } | null {
  if (points.length < 2) return null;
  const left = Math.min(1, Math.max(0, share)) * (lengths.at(-1) ?? 0);
  for (let i = 1; i < points.length; i += 1) {
    const start = lengths[i - 1] ?? 0;
    const piece = (lengths[i] ?? 0) - start;
    if (piece === 0) continue;
    if (left <= start + piece || i === points.length - 1)
      return { index: i, t: Math.min(1, (left - start) / piece) };
  }
  return null;
}

function between(a: Point, b: Point, t: number): [number, number] {
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** Where a share of the line's length falls, and the line's direction there in degrees (0 = +x, 90 = +y). */
export function pointAlong(
  points: readonly Point[],
  share: number,
  lengths: readonly number[] = lengthsAlong(points),
): { x: number; y: number; angle: number } | null {
  const at = locate(points, share, lengths);
  if (!at) return null;
  const from = points[at.index - 1]!;
  const to = points[at.index]!;
  const [x, y] = between(from, to, at.t);
  return { x, y, angle: (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI };
}

/**
 * The line from its start to a share of its length: the points passed, then the point where the
 * share falls. Drawing this, rather than revealing the whole line through a mask, repaints only
 * the line as it grows, and a dashed line keeps its dashes from the start.
 */
export function lineUpTo(
  points: readonly Point[],
  share: number,
  lengths: readonly number[] = lengthsAlong(points),
): [number, number][] {
  const at = locate(points, share, lengths);
  if (!at) return points.map(([x, y]) => [x, y]);
  const passed = points.slice(0, at.index).map(([x, y]): [number, number] => [x, y]);
  return [...passed, between(points[at.index - 1]!, points[at.index]!, at.t)];
}

/**
 * The line between two shares of its length: the point where `from` falls, the points passed,
 * then the point where `to` falls. From 0, the same as lineUpTo.
 */
export function lineBetween(
  points: readonly Point[],
  from: number,
  to: number,
  lengths: readonly number[] = lengthsAlong(points),
): [number, number][] {
  const start = locate(points, from, lengths);
  if (!start || from <= 0) return lineUpTo(points, to, lengths);
  const rest = lineUpTo(points, to, lengths).slice(start.index);
  return [between(points[start.index - 1]!, points[start.index]!, start.t), ...rest];
}
