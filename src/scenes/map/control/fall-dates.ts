/**
 * How a city's fall is dated on the map, the same on the page (fall-marks.ts, ControlMarks.astro)
 * and in the step images (compose-map.ts).
 */

/** Below this many px per km (a whole country on a phone), only the latest falls are dated. */
export const crowdedScale = 0.8;

/** The date's baseline below the fall's point, px. */
export const fallDateBaseline = 24;

/** How far the date reaches below the point, px: its baseline, descenders (12 px text) and halo. */
const fallDateDepth = fallDateBaseline + 6;

/** Whether a fall at screen y has room for its date above `foot` (the view's or the image's bottom edge). */
export const fallDateFits = (y: number, foot: number): boolean => y + fallDateDepth <= foot;
