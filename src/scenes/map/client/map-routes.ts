import type { Camera } from '../../../shared/geo/fit-view';
import { drawnShare } from '../../../shared/geo/route-draw';
import { readPayload, type RoutePayload } from '../payload';
import type { LayerOptions, MapLayer } from './map-layer';
import { RevealedLine } from './revealed-line';
import { WriteMemo } from './write-memo';
import type { ResolvedMapState } from '../state';

interface RouteNode {
  group: SVGGElement;
  id: string;
  line: RevealedLine;
  /** Where each leg ends, as a share of the line's length. */
  legs: number[];
  aircraft: SVGGElement | null;
  /** How much of the line is drawn. */
  share: number;
}

/**
 * Keeps the route lines (MapRoutes.astro) on the map: their points were projected at build, in
 * story units; here they are only scaled and moved with the camera into screen pixels, so that
 * dashes and stroke widths stay in pixels at every zoom. Each line is revealed as far as its share
 * (RevealedLine), with the aircraft, if any, at its drawn end.
 */
export class RouteLines implements MapLayer {
  private readonly lines: RouteNode[] = [];
  /** Whether each route's group is shown. */
  private readonly shown: WriteMemo<SVGGElement>;
  /** The camera the lines are placed for: none until it first rests. */
  private camera: Camera | null = null;

  constructor(root: Element) {
    // The build's viewBox only serves the static map; with a camera the box works in pixels.
    root.querySelector('.map-routes')?.removeAttribute('viewBox');
    for (const group of root.querySelectorAll<SVGGElement>('.map-route')) {
      const { points, legEnds, share } = readPayload<RoutePayload>(group);
      const aircraft = group.querySelector<SVGGElement>('.route-aircraft');
      this.lines.push({
        group,
        id: group.dataset['route'] ?? '',
        line: new RevealedLine(
          [...group.querySelectorAll<SVGPathElement>('.line-halo, .line-stroke')],
          points,
          aircraft,
        ),
        legs: legEnds,
        aircraft,
        // The build's share: the camera's first rest redraws the line in pixels at that length
        // (the box has lost the viewBox the build drew it for), even if no step has named it yet.
        share,
      });
    }
    this.shown = new WriteMemo(
      this.lines.map(({ group }) => [group, !group.hasAttribute('hidden')] as const),
    );
  }

  /**
   * Shows one route (or none) drawn to `progress`, 0 to 1, counted in legs. In flight the layer is
   * faded out and the camera is not yet the one the line is placed for: the line is drawn when the
   * camera rests (place), not on every scroll event on the way, each a repaint of a line drawn at
   * the old camera, thousands of pixels long after a close-up.
   */
  apply(state: ResolvedMapState, { inFlight }: LayerOptions): void {
    const progress = state.routeProgress ?? 0;
    for (const line of this.lines) {
      const on = line.id === state.route;
      const toggled = this.shown.changed(line.group, on);
      if (toggled) line.group.toggleAttribute('hidden', !on);
      if (!on) continue;
      const share = drawnShare(progress, line.legs);
      if (share === line.share && !toggled) continue;
      line.share = share;
      // A line that appears in flight is drawn once at its new length, so that it does not show
      // its last one while the layer fades out.
      if (!inFlight || toggled) this.show(line);
    }
  }

  /** Called when the camera comes to rest. */
  place(camera: Camera): void {
    this.camera = camera;
    for (const line of this.lines) this.show(line);
  }

  private show(route: RouteNode): void {
    // Until the camera first rests, the build's drawing (the first step's) stays.
    if (!this.camera) return;
    route.line.draw(this.camera, 0, route.share);
    if (!route.aircraft) return;
    route.aircraft.dataset['share'] = route.share.toFixed(4);
    route.aircraft.classList.add('is-placed');
  }
}
