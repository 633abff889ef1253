/**
 * How a city's fall is dated on the map, the same on the page (fall-marks.ts, ControlMarks.astro)
 * and in the step images (compose-map.ts).
 */
import { textOffset, type Side, type TextOffset } from '../../../shared/geo/label-layout';

/** Below this many px per km (a whole country on a phone), only the latest falls are dated. */
export const crowdedScale = 0.8;

/** The date's type size, px. */
export const fallDateSize = 12;

/** The ring's radius (9 px) and its stroke: how far from the point a date keeps, as a symbol's half-size. */
export const fallRingRadius = 11;

/** Where a fall's date goes for a side of its point (below it unless the layout chose another). */
export const fallDateOffset = (side: Side = 's'): TextOffset =>
  textOffset(side, fallDateSize, fallRingRadius);

/** The date's baseline below the fall's point when it sits below it, px. */
export const fallDateBaseline = fallDateOffset('s').y;

/**
 * Whether a fall at screen y has room for its date, on side `side`, above `foot` (the view's or
 * the image's bottom edge): the baseline, descenders and halo.
 */
export const fallDateFits = (y: number, foot: number, side: Side = 's'): boolean =>
  y + fallDateOffset(side).y + 6 <= foot;

/**
 * Where a fall's date goes in a view, by stage width (fall-date-sides.ts): from `from` px wide (up
 * to the next band's `from`), on `side` of its ring, or nowhere (null: no side is free there; the
 * ring stays).
 */
export type FallDateBands = [from: number, side: Side | null][];

/** The date's side on a stage `stageWidth` px wide: its band's (the first band's below them all). */
export function fallDateSideOn(bands: FallDateBands | undefined, stageWidth: number): Side | null {
  if (!bands?.length) return 's';
  let side = bands[0]![1];
  for (const [from, bandSide] of bands) if (from <= stageWidth) side = bandSide;
  return side;
}
