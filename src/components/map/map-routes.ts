import type { Camera } from '../../lib/geo/fit-view';
import { pointAlong } from '../../lib/geo/point-along';
import { drawnPath, drawnShare } from '../../lib/geo/route-draw';

interface RouteNode {
  group: SVGGElement;
  id: string;
  paths: SVGPathElement[];
  /** The whole line in story units, as projected at build. */
  points: [number, number][];
  /** Where each leg ends, as a share of the line's length. */
  legs: number[];
  aircraft: SVGGElement | null;
  /** The line in screen pixels, for the aircraft. */
  screen: [number, number][];
  share: number;
}

/**
 * Keeps the route lines (MapRoutes.astro) on the map: their points were projected at build, in
 * story units; here they are only scaled and moved with the camera into screen pixels, so that
 * dashes and stroke widths stay in pixels at every zoom. Each line is drawn as far as its share:
 * its path ends there.
 */
export class RouteLines {
  private readonly lines: RouteNode[] = [];
  private camera: Camera = { k: 1, x: 0, y: 0 };

  constructor(root: Element) {
    // The build's viewBox only serves the static map; with a camera the box works in pixels.
    root.querySelector('.map-routes')?.removeAttribute('viewBox');
    for (const group of root.querySelectorAll<SVGGElement>('.map-route')) {
      const points = (group.dataset['line'] ?? '').split(' ').map((pair): [number, number] => {
        const [x, y] = pair.split(',').map(Number);
        return [x ?? 0, y ?? 0];
      });
      this.lines.push({
        group,
        id: group.dataset['route'] ?? '',
        paths: [...group.querySelectorAll<SVGPathElement>('.route-halo, .route-line')],
        points,
        legs: (group.dataset['legs'] ?? '1').split(' ').map(Number),
        aircraft: group.querySelector<SVGGElement>('.route-aircraft'),
        screen: [],
        // The build's share: the camera's first rest redraws the line in pixels at that length
        // (the box has lost the viewBox the build drew it for), even if no step has named it yet.
        share: Number(group.dataset['share'] ?? 0),
      });
    }
  }

  /**
   * Shows one route (or none) drawn to `progress`, 0 to 1, counted in legs. In flight the layer is
   * faded out and the camera is not yet the one the line is placed for: the line is drawn when the
   * camera rests (place), not on every scroll event on the way, each a repaint of a line drawn at
   * the old camera, thousands of pixels long after a close-up.
   */
  draw(id: string | undefined, progress: number, { inFlight = false }: { inFlight?: boolean } = {}): void {
    for (const line of this.lines) {
      const on = line.id === id;
      const appearing = on && line.group.hasAttribute('hidden');
      if (appearing || (!on && !line.group.hasAttribute('hidden'))) line.group.toggleAttribute('hidden', !on);
      if (!on) continue;
      const share = drawnShare(progress, line.legs);
      if (share === line.share && !appearing) continue;
      line.share = share;
      // Until the camera first rests, the build's drawing (the first step's) stays. A line that
      // appears in flight is drawn once at its new length, so that it does not show its last one
      // while the layer fades out.
      if (line.screen.length > 0 && (!inFlight || appearing)) this.show(line);
    }
  }

  /** Called when the camera comes to rest. */
  place(camera: Camera): void {
    this.camera = camera;
    for (const line of this.lines) {
      line.screen = line.points.map(([x, y]) => [camera.k * x + camera.x, camera.k * y + camera.y]);
      this.show(line);
    }
  }

  private show(line: RouteNode): void {
    const d = drawnPath(line.points, line.share, this.camera.k, this.camera.x, this.camera.y);
    for (const path of line.paths) path.setAttribute('d', d);
    this.moveAircraft(line);
  }

  /** The aircraft rides the drawn end of the line, nose along it: one CSS transform, no repaint of the line. */
  private moveAircraft(line: RouteNode): void {
    if (!line.aircraft) return;
    const at = pointAlong(line.screen, line.share);
    if (!at) return;
    line.aircraft.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px) rotate(${at.angle.toFixed(1)}deg)`;
    line.aircraft.dataset['share'] = line.share.toFixed(4);
    line.aircraft.classList.add('is-placed');
  }
}
