/**
 * Where a share (0 to 1) of a polyline's length falls, and which way the line runs there: for
 * moving a symbol along a route that was projected at build. Linear in the number of points
 * (a route has a few hundred), so cheap enough for every scroll progress event.
 */
export function pointAlong(points: readonly (readonly [number, number])[], share: number): { x: number; y: number; angle: number } | null {
  if (points.length < 2) return null;
  let total = 0;
  for (let i = 1; i < points.length; i += 1) total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  let left = Math.min(1, Math.max(0, share)) * total;
  for (let i = 1; i < points.length; i += 1) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const piece = Math.hypot(x1 - x0, y1 - y0);
    if (piece === 0) continue;
    if (left <= piece || i === points.length - 1) {
      const t = Math.min(1, left / piece);
      return { x: x0 + t * (x1 - x0), y: y0 + t * (y1 - y0), angle: (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI };
    }
    left -= piece;
  }
  return null;
}
