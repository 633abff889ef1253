/**
 * How far down a phone's map view starts, so that no place sits under the boxes a map scene
 * stacks in its top left (date, areas stamp, day strip, provenance, route length).
 *
 * The boxes come and go from step to step, but the view is fitted once per size: it clears the
 * tallest stack any of the block's steps shows, so the map does not refit (and jump) when a box
 * appears. Heights are the boxes' rendered heights at a phone's width, in rem, rounded up (they
 * follow MapScene.astro's overlay styles: change one, measure the other); the test "no step's
 * highlighted place sits under the date and status boxes" in tests/e2e/scroll.spec.ts checks that
 * no highlighted place ends up under the stack.
 */

/** The boxes one step shows. */
export interface OverlayBoxes {
  /** The date, and the day strip under it (every step of a dated block). */
  dated: boolean;
  /** "Areas approx., …" (a step showing areas of control). */
  areas: boolean;
  /** Confirmed / reported / unverified, with the sources (a step with a status). */
  status: boolean;
  /** A schematic route's length (a step drawing such a route), up to two lines. */
  distance: boolean;
}

const rem = { top: 0.75, gap: 0.35, date: 2.25, strip: 2.6, areas: 1.9, status: 1.9, distance: 3.25, margin: 0.5 };
/** Clear of the step buttons in the top right, whatever the overlay holds. */
const minimum = 4;

/** The top inset (rem) for a block whose steps show these boxes. */
export function phoneInsetTop(steps: OverlayBoxes[]): number {
  return Math.max(minimum, ...steps.map(stackHeight));
}

function stackHeight(boxes: OverlayBoxes): number {
  const heights = [
    ...(boxes.dated ? [rem.date, rem.strip] : []),
    ...(boxes.areas ? [rem.areas] : []),
    ...(boxes.status ? [rem.status] : []),
    ...(boxes.distance ? [rem.distance] : []),
  ];
  if (heights.length === 0) return 0;
  const stack = rem.top + heights.reduce((sum, h) => sum + h, 0) + rem.gap * (heights.length - 1) + rem.margin;
  return Math.round(stack * 100) / 100;
}
