import polylabel from 'polylabel';
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import type { Rect } from '../../../../shared/geo/fit-view';

/** Where a holder's area is named in one view: the centre of the widest circle inside it, and that circle's radius. */
export interface AreaLabel {
  holder: string;
  point: [number, number];
  /** Projected units: the browser names the area only if the name fits in this circle on screen. */
  radius: number;
}

/** Share of the view kept clear at its edges, where the step buttons and the key sit. */
const edge = 0.06;

function rectPolygon({ x, y, width, height }: Rect, inset = 0): Polygon {
  const x0 = x + width * inset;
  const y0 = y + height * inset;
  const x1 = x + width * (1 - inset);
  const y1 = y + height * (1 - inset);
  return [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ];
}

/**
 * For each holder, where to write its name in a view: the pole of inaccessibility (polylabel) of
 * the largest part of its area that the view shows, less the boxes of the places labelled there
 * (`obstacles`), so a name sits inside its area, away from its edges and from the places' names,
 * whatever part of the country the view frames.
 */
export function areaLabels(
  areas: ReadonlyMap<string, MultiPolygon>,
  view: Rect,
  { skip = [], obstacles = [] }: { skip?: readonly string[]; obstacles?: readonly Rect[] } = {},
): AreaLabel[] {
  const frame = rectPolygon(view, edge);
  const precision = Math.max(view.width, view.height) / 300;
  const labels: AreaLabel[] = [];
  for (const [holder, area] of areas) {
    if (skip.includes(holder)) continue;
    let best: AreaLabel | undefined;
    const shown = polygonClipping.intersection(area, frame);
    const free =
      obstacles.length > 0
        ? polygonClipping.difference(shown, ...obstacles.map((box) => rectPolygon(box)))
        : shown;
    for (const part of free) {
      const pole = polylabel(part, precision);
      if (!best || pole.distance > best.radius)
        best = { holder, point: [pole[0], pole[1]], radius: pole.distance };
    }
    if (best && best.radius > 0) labels.push(best);
  }
  return labels;
}
