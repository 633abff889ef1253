import type { Camera } from '../../lib/geo/fit-view';
import { drawnShare, pathThrough } from '../../lib/geo/route-draw';

/**
 * Keeps the route lines (MapRoutes.astro) on the map: their points were projected at build, in
 * story units; here they are only scaled and moved with the camera into screen pixels, so that
 * dashes and stroke widths stay in pixels at every zoom. Called when the camera comes to rest.
 */
export class RouteLines {
  private readonly lines: { paths: SVGPathElement[]; points: [number, number][] }[] = [];
  private readonly root: Element;

  constructor(root: Element) {
    this.root = root;
    const box = root.querySelector('.map-routes');
    // The build's viewBox only serves the static map; with a camera the box works in pixels.
    box?.removeAttribute('viewBox');
    for (const route of root.querySelectorAll('.map-route')) {
      const paths = [...route.querySelectorAll('path')];
      const numbers = (paths[0]?.getAttribute('d') ?? '').slice(1).split(/[L,]/).map(Number);
      const points: [number, number][] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
      this.lines.push({ paths, points });
    }
  }

  /** Shows one route (or none) drawn to `progress`, 0 to 1, counted in legs: one mask offset. */
  draw(id: string | undefined, progress: number): void {
    for (const route of this.root.querySelectorAll<SVGGElement>('.map-route')) {
      const on = route.dataset['route'] === id;
      if (route.hasAttribute('hidden') === on) route.toggleAttribute('hidden', !on);
      if (!on) continue;
      const legs = (route.dataset['legs'] ?? '1').split(' ').map(Number);
      route.querySelector('.route-reveal')?.setAttribute('stroke-dashoffset', (1 - drawnShare(progress, legs)).toFixed(4));
    }
  }

  place(camera: Camera): void {
    for (const { paths, points } of this.lines) {
      const d = pathThrough(points, camera.k, camera.x, camera.y);
      for (const path of paths) path.setAttribute('d', d);
    }
  }
}
