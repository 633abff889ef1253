import type { Box } from '../../../shared/geo/label-layout';
import type { Rect } from '../../../shared/geo/fit-view';

/**
 * Where the map's furniture sits over a view, as boxes in px anchored at points of the view
 * (which scale with the map), so that what the build places on the map keeps off it. The sizes
 * follow the CSS that draws them (Map.astro `.map-scale` and `.map-north`, Scrolly.astro
 * `.scrolly-controls`), with a few px to spare; anchored at the view's corners, which sit at or
 * inside the stage's, they err on the safe side.
 */
export interface FurnitureBox {
  point: readonly [number, number];
  box: Box;
  /** Stage widths (px) the furniture is there for. */
  from: number;
  to: number;
}

/** The scale bar's label ("100 km") and the bar's start, from the bottom-left corner. */
const scaleLabel: Box = { x0: 0, y0: -36, x1: 64, y1: 0 };
/** The bar's end, from the point at its length's share of the view. */
const scaleBarEnd: Box = { x0: -44, y0: -36, x1: 16, y1: -24 };
/** The north arrow, from the top-right corner. */
const northArrow: Box = { x0: -36, y0: 6, x1: 0, y1: 50 };
/** The step buttons on phones, from the top-right corner: two 44 px buttons and the count. */
const stepButtons: Box = { x0: -156, y0: 0, x1: 0, y1: 60 };
/** Below this stage width the step buttons sit over the map's top right (phones). */
const buttonsOverMapBelow = 700;

export function furnitureBoxes(
  rect: Rect,
  scale: { share: number },
  north: number | null,
  maxStageWidth: number,
): FurnitureBox[] {
  const bottom = rect.y + rect.height;
  const right = rect.x + rect.width;
  const everywhere = { from: 0, to: maxStageWidth };
  return [
    { point: [rect.x, bottom], box: scaleLabel, ...everywhere },
    { point: [rect.x + scale.share * rect.width, bottom], box: scaleBarEnd, ...everywhere },
    ...(north === null
      ? []
      : [{ point: [right, rect.y] as const, box: northArrow, ...everywhere }]),
    { point: [right, rect.y], box: stepButtons, from: 0, to: buttonsOverMapBelow },
  ];
}
