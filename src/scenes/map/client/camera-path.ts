import type { Camera } from '../../../shared/geo/fit-view';

/**
 * The path between two cameras: a zoom about the one point that stays put on screen, with the
 * scale changing geometrically, so zooming by 30x looks as steady as zooming by 2x. Pure pans
 * (equal scales) move in a straight line. `t` runs from 0 to 1 (apply easing before).
 */
export function cameraPath(from: Camera, to: Camera): (t: number) => Camera {
  const ratio = to.k / from.k;
  if (Math.abs(ratio - 1) < 1e-6) {
    return (t) => ({
      k: from.k + (to.k - from.k) * t,
      x: from.x + (to.x - from.x) * t,
      y: from.y + (to.y - from.y) * t,
    });
  }
  // The fixed point f (projected units): from.k * f + from.xy = to.k * f + to.xy.
  const fx = (from.x - to.x) / (to.k - from.k);
  const fy = (from.y - to.y) / (to.k - from.k);
  const sx = from.k * fx + from.x;
  const sy = from.k * fy + from.y;
  return (t) => {
    if (t <= 0) return from;
    if (t >= 1) return to;
    const k = from.k * Math.pow(ratio, t);
    return { k, x: sx - k * fx, y: sy - k * fy };
  };
}

/** Ease in and out (cubic). */
export function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}
