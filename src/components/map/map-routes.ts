import type { Camera } from '../../lib/geo/fit-view';
import { pointAlong } from '../../lib/geo/point-along';
import { drawnShare, pathThrough } from '../../lib/geo/route-draw';

/**
 * Keeps the route lines (MapRoutes.astro) on the map: their points were projected at build, in
 * story units; here they are only scaled and moved with the camera into screen pixels, so that
 * dashes and stroke widths stay in pixels at every zoom. Called when the camera comes to rest.
 */
export class RouteLines {
  private readonly lines: { paths: SVGPathElement[]; points: [number, number][]; aircraft: SVGGElement | null; screen: [number, number][]; share: number }[] = [];
  private readonly root: Element;

  constructor(root: Element) {
    this.root = root;
    const box = root.querySelector('.map-routes');
    // The build's viewBox only serves the static map; with a camera the box works in pixels.
    box?.removeAttribute('viewBox');
    for (const route of root.querySelectorAll('.map-route')) {
      const paths = [...route.querySelectorAll<SVGPathElement>('.route-reveal, .route-halo, .route-line')];
      const numbers = (paths[0]?.getAttribute('d') ?? '').slice(1).split(/[L,]/).map(Number);
      const points: [number, number][] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
      this.lines.push({ paths, points, aircraft: route.querySelector<SVGGElement>('.route-aircraft'), screen: [], share: 0 });
    }
  }

  /** Shows one route (or none) drawn to `progress`, 0 to 1, counted in legs: one mask offset. */
  draw(id: string | undefined, progress: number): void {
    for (const route of this.root.querySelectorAll<SVGGElement>('.map-route')) {
      const on = route.dataset['route'] === id;
      if (route.hasAttribute('hidden') === on) route.toggleAttribute('hidden', !on);
      if (!on) continue;
      const legs = (route.dataset['legs'] ?? '1').split(' ').map(Number);
      const share = drawnShare(progress, legs);
      route.querySelector('.route-reveal')?.setAttribute('stroke-dashoffset', (1 - share).toFixed(4));
      const line = this.lines.find((l) => l.paths[0]?.closest('.map-route') === route);
      if (line) {
        line.share = share;
        this.moveAircraft(line);
      }
    }
  }

  place(camera: Camera): void {
    for (const line of this.lines) {
      line.screen = line.points.map(([x, y]) => [camera.k * x + camera.x, camera.k * y + camera.y]);
      const d = pathThrough(line.points, camera.k, camera.x, camera.y);
      for (const path of line.paths) path.setAttribute('d', d);
      this.moveAircraft(line);
    }
  }

  /** The aircraft rides the drawn end of the line, nose along it: one CSS transform, no repaint of the line. */
  private moveAircraft(line: RouteLines['lines'][number]): void {
    if (!line.aircraft) return;
    const at = pointAlong(line.screen, line.share);
    if (!at) return;
    line.aircraft.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px) rotate(${at.angle.toFixed(1)}deg)`;
    line.aircraft.dataset['share'] = line.share.toFixed(4);
    line.aircraft.classList.add('is-placed');
  }
}
