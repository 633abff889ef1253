/**
 * A transport aircraft seen from above, drawn by us from its sourced length and wingspan and a
 * few drawing proportions (content/data/aircraft.json, `planform`): fuselage, swept wings,
 * tailplane, four engine pods. Units are metres; the nose is at (0, 0) and the tail at
 * (0, length), so two aircraft drawn with the same scale compare truly in length and span.
 */
export interface Planform {
  fuselageWidth: number;
  wingAt: number;
  rootChord: number;
  tipChord: number;
  sweep: number;
  tailAt: number;
  tailSpan: number;
  tailChord: number;
  enginesAt: number[];
}

const r = (n: number) => Math.round(n * 100) / 100;
const polygon = (points: [number, number][]) =>
  `M${points.map(([x, y]) => `${r(x)} ${r(y)}`).join('L')}Z`;
/** The same shape on the other side of the fuselage. */
const mirrored = (points: [number, number][]) =>
  points.map(([x, y]) => [-x, y] as [number, number]);

export function planformPath(length: number, wingspan: number, p: Planform): string {
  const L = length;
  const half = wingspan / 2;
  const w = p.fuselageWidth * L;
  const tan = Math.tan((p.sweep * Math.PI) / 180);
  // Fuselage: a blunt nose, a straight body, a tail cone narrowing to a quarter of the width.
  const body: [number, number][] = [
    [0, 0],
    [w * 0.32, L * 0.012],
    [w * 0.48, L * 0.05],
    [w / 2, L * 0.11],
    [w / 2, L * 0.72],
    [w * 0.14, L],
    [-w * 0.14, L],
    [-w / 2, L * 0.72],
    [-w / 2, L * 0.11],
    [-w * 0.48, L * 0.05],
    [-w * 0.32, L * 0.012],
  ];
  const rootLead = p.wingAt * L;
  const tipLead = rootLead + (half - w / 2) * tan;
  const wing: [number, number][] = [
    [w / 2, rootLead],
    [half, tipLead],
    [half, tipLead + p.tipChord * L],
    [w / 2, rootLead + p.rootChord * L],
  ];
  const tailHalf = (p.tailSpan * wingspan) / 2;
  const tailLead = p.tailAt * L;
  const tail: [number, number][] = [
    [0, tailLead],
    [tailHalf, tailLead + tailHalf * tan],
    [tailHalf, tailLead + tailHalf * tan + p.tailChord * L * 0.5],
    [0, Math.min(L, tailLead + p.tailChord * L)],
  ];
  // Engine pods hang ahead of the wing's leading edge, one pair per position.
  const pod = (x: number) => {
    const lead = rootLead + (Math.abs(x) - w / 2) * tan - 0.05 * L;
    const podWidth = 0.03 * L;
    return polygon([
      [x - podWidth / 2, lead],
      [x + podWidth / 2, lead],
      [x + podWidth / 2, lead + 0.09 * L],
      [x - podWidth / 2, lead + 0.09 * L],
    ]);
  };
  const engines = p.enginesAt.flatMap((share) => [pod(share * half), pod(-share * half)]);
  const sides = (shape: [number, number][]) =>
    `${polygon(shape)}${polygon(mirrored(shape).reverse())}`;
  return [polygon(body), sides(wing), sides(tail), ...engines].join('');
}
