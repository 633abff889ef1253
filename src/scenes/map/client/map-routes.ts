import { screenTranslate, type Camera } from '../../../shared/geo/fit-view';
import { lengthsAlong, pointAlong } from '../../../shared/geo/point-along';
import { drawnPath, drawnShare } from '../../../shared/geo/route-draw';
import { readPayload, type Point, type RoutePayload } from '../payload';
import type { LayerOptions, MapLayer } from './map-layer';
import type { ResolvedMapState } from '../state';

interface RouteNode {
  group: SVGGElement;
  id: string;
  paths: SVGPathElement[];
  /** The whole line in story units, as projected at build, and its lengths along (measured once). */
  points: Point[];
  lengths: number[];
  /** Where each leg ends, as a share of the line's length. */
  legs: number[];
  aircraft: SVGGElement | null;
  share: number;
}

/**
 * Keeps the route lines (MapRoutes.astro) on the map: their points were projected at build, in
 * story units; here they are only scaled and moved with the camera into screen pixels, so that
 * dashes and stroke widths stay in pixels at every zoom. Each line is drawn as far as its share:
 * its path ends there.
 */
export class RouteLines implements MapLayer {
  private readonly lines: RouteNode[] = [];
  /** The camera the lines are placed for: none until it first rests. */
  private camera: Camera | null = null;

  constructor(root: Element) {
    // The build's viewBox only serves the static map; with a camera the box works in pixels.
    root.querySelector('.map-routes')?.removeAttribute('viewBox');
    for (const group of root.querySelectorAll<SVGGElement>('.map-route')) {
      const { points, legEnds, share } = readPayload<RoutePayload>(group);
      this.lines.push({
        group,
        id: group.dataset['route'] ?? '',
        paths: [...group.querySelectorAll<SVGPathElement>('.route-halo, .route-line')],
        points,
        lengths: lengthsAlong(points),
        legs: legEnds,
        aircraft: group.querySelector<SVGGElement>('.route-aircraft'),
        // The build's share: the camera's first rest redraws the line in pixels at that length
        // (the box has lost the viewBox the build drew it for), even if no step has named it yet.
        share,
      });
    }
  }

  /**
   * Shows one route (or none) drawn to `progress`, 0 to 1, counted in legs. In flight the layer is
   * faded out and the camera is not yet the one the line is placed for: the line is drawn when the
   * camera rests (place), not on every scroll event on the way, each a repaint of a line drawn at
   * the old camera, thousands of pixels long after a close-up.
   */
  apply(state: ResolvedMapState, { inFlight }: LayerOptions): void {
    this.draw(state.route, state.routeProgress ?? 0, inFlight);
  }

  private draw(id: string | undefined, progress: number, inFlight: boolean): void {
    for (const line of this.lines) {
      const on = line.id === id;
      const appearing = on && line.group.hasAttribute('hidden');
      if (line.group.hasAttribute('hidden') === on) line.group.toggleAttribute('hidden', !on);
      if (!on) continue;
      const share = drawnShare(progress, line.legs);
      if (share === line.share && !appearing) continue;
      line.share = share;
      // A line that appears in flight is drawn once at its new length, so that it does not show
      // its last one while the layer fades out.
      if (!inFlight || appearing) this.show(line);
    }
  }

  /** Called when the camera comes to rest. */
  place(camera: Camera): void {
    this.camera = camera;
    for (const line of this.lines) this.show(line);
  }

  private show(line: RouteNode): void {
    // Until the camera first rests, the build's drawing (the first step's) stays.
    const camera = this.camera;
    if (!camera) return;
    const d = drawnPath(line.points, line.share, camera.k, camera.x, camera.y, line.lengths);
    for (const path of line.paths) path.setAttribute('d', d);
    // The aircraft rides the drawn end of the line, nose along it: one CSS transform.
    const at = line.aircraft ? pointAlong(line.points, line.share, line.lengths) : null;
    if (!line.aircraft || !at) return;
    line.aircraft.style.transform = screenTranslate(camera, [at.x, at.y], at.angle);
    line.aircraft.dataset['share'] = line.share.toFixed(4);
    line.aircraft.classList.add('is-placed');
  }
}
