/**
 * A thrust arrow's line, at build: a smooth curve (Catmull-Rom) through its towns, projected, sampled
 * into points the browser only scales and moves with the camera.
 */
type Point = [number, number];

const round1 = (n: number) => Math.round(n * 10) / 10;

export function thrustLine(stops: readonly Point[], samplesPerLeg = 12): Point[] {
  if (stops.length < 2) throw new Error('a thrust needs at least two towns');
  const at = (i: number) => stops[Math.max(0, Math.min(stops.length - 1, i))]!;
  const points: Point[] = [[round1(stops[0]![0]), round1(stops[0]![1])]];
  for (let leg = 0; leg + 1 < stops.length; leg += 1) {
    const [p0, p1, p2, p3] = [at(leg - 1), at(leg), at(leg + 1), at(leg + 2)];
    for (let s = 1; s <= samplesPerLeg; s += 1) {
      const t = s / samplesPerLeg;
      const t2 = t * t;
      const t3 = t2 * t;
      const axis = (k: 0 | 1) =>
        0.5 *
        (2 * p1[k] +
          (-p0[k] + p2[k]) * t +
          (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 +
          (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
      points.push([round1(axis(0)), round1(axis(1))]);
    }
  }
  return points;
}
