// polylabel 2 ships no types: the one function the build calls (src/scenes/map/control/server/area-labels.ts).
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]), and its distance to the nearest edge. */
  export default function polylabel(
    polygon: readonly (readonly [number, number])[][],
    precision?: number,
  ): [number, number] & { distance: number };
}
