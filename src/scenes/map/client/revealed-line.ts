import { screenTranslate, type Camera } from '../../../shared/geo/fit-view';
import { lengthsAlong, pointAlong } from '../../../shared/geo/point-along';
import { revealedPath } from '../../../shared/geo/route-draw';
import type { Point } from '../payload';

/**
 * A line drawn at build (a route, a thrust arrow) that the browser reveals between two shares of
 * its length, the one way the map reveals a line: its paths (halo and line) end where it is drawn,
 * in screen pixels for the camera at rest, and a mark (an aircraft, an arrowhead) may ride the
 * drawn end, nose along the line.
 */
export class RevealedLine {
  /** The line's lengths along, in story units: measured once, walked on every draw. */
  private readonly lengths: number[];

  constructor(
    private readonly paths: readonly SVGPathElement[],
    /** The whole line in story units, as projected at build. */
    private readonly points: readonly Point[],
    /** The mark riding the drawn end, drawn at 0,0 pointing along +x. */
    readonly rider: SVGElement | null = null,
  ) {
    this.lengths = lengthsAlong(points);
  }

  /** The line's length on screen, px, for a camera. */
  length(camera: Camera): number {
    return (this.lengths.at(-1) ?? 0) * camera.k;
  }

  /** Draws the line from share `from` to share `to` for the camera; the rider goes to its end. */
  draw(camera: Camera, from: number, to: number): void {
    const d = revealedPath(this.points, from, to, camera.k, camera.x, camera.y, this.lengths);
    for (const path of this.paths) path.setAttribute('d', d);
    const tip = this.rider ? pointAlong(this.points, to, this.lengths) : null;
    if (this.rider && tip)
      this.rider.style.transform = screenTranslate(camera, [tip.x, tip.y], tip.angle);
  }
}
