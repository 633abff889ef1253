/**
 * Views are rectangles in projected story units. This module turns a view's geographic bounds into
 * such a rectangle, and fits a rectangle into a screen box.
 */

/** An axis-aligned rectangle in projected units (x east, y south). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept free at the edges of a box, in CSS px (e.g. for text cards on phones). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A camera maps story units to screen px: screen = k * point + [x, y]. */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

export const noInsets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

/**
 * The projected rectangle that contains a view's geographic bounds: the bounding box of its four
 * edges, sampled densely, since parallels are curves in a conic projection.
 */
export function viewRect(
  bounds: Bounds,
  project: (lon: number, lat: number) => [number, number],
  samples = 24,
): Rect {
  const [[west, south], [east, north]] = bounds;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (lon: number, lat: number) => {
    const [x, y] = project(lon, lat);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  };
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    add(west + (east - west) * t, south);
    add(west + (east - west) * t, north);
    add(west, south + (north - south) * t);
    add(east, south + (north - south) * t);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The camera that shows all of `rect`, as large as possible and centred, inside a box of
 * `width` x `height` px less `insets`. Works for any aspect ratio.
 */
export function fitRect(
  rect: Rect,
  width: number,
  height: number,
  insets: Insets = noInsets,
): Camera {
  const innerWidth = Math.max(1, width - insets.left - insets.right);
  const innerHeight = Math.max(1, height - insets.top - insets.bottom);
  const k = Math.min(innerWidth / rect.width, innerHeight / rect.height);
  const cx = insets.left + innerWidth / 2;
  const cy = insets.top + innerHeight / 2;
  return { k, x: cx - k * (rect.x + rect.width / 2), y: cy - k * (rect.y + rect.height / 2) };
}

/** Where a camera puts a point on screen. */
export function toScreen(camera: Camera, point: readonly [number, number]): [number, number] {
  return [camera.k * point[0] + camera.x, camera.k * point[1] + camera.y];
}

/**
 * The CSS transform that moves a mark drawn at 0,0 in screen pixels to a screen point and, given
 * an angle in degrees, turns it there (a mark drawn pointing along +x then points that way).
 */
export function translateTo([x, y]: readonly [number, number], angle?: number): string {
  const moved = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
  return angle === undefined ? moved : `${moved} rotate(${angle.toFixed(1)}deg)`;
}

/** The same, to where a camera puts a point of the map. */
export function screenTranslate(
  camera: Camera,
  point: readonly [number, number],
  angle?: number,
): string {
  return translateTo(toScreen(camera, point), angle);
}

/** The smallest rectangle containing all of the given ones. */
export function unionRect(rects: readonly Rect[]): Rect {
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.width));
  const y1 = Math.max(...rects.map((r) => r.y + r.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Everything a view can reveal around its rectangle when fitted into boxes whose aspect ratio
 * (width / height) lies between `minAspect` and `maxAspect`: the rectangle grows along the axis the
 * box has spare room in. Used to decide how far geometry must reach.
 */
export function revealedRect(rect: Rect, minAspect: number, maxAspect: number): Rect {
  const width = Math.max(rect.width, rect.height * maxAspect);
  const height = Math.max(rect.height, rect.width / minAspect);
  return {
    x: rect.x + rect.width / 2 - width / 2,
    y: rect.y + rect.height / 2 - height / 2,
    width,
    height,
  };
}
