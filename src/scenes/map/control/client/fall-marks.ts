import { toScreen, translateTo, type Camera } from '../../../../shared/geo/fit-view';
import type { MapViewPayload } from '../../payload';
import {
  crowdedScale,
  fallDateFits,
  fallDateOffset,
  fallDateSideOn,
  type FallDateBands,
} from '../fall-dates';
import type { ResolvedMapState } from '../../state';
import type { MapLayer } from '../../client/map-layer';
import { WriteMemo } from '../../client/write-memo';

interface FallNode {
  group: SVGGElement;
  /** The index, in the snapshots' order, of the first snapshot that includes the fall. */
  from: number;
  point: [number, number];
  date: SVGTextElement | null;
  /** Per view: the date's side band by band of stage width (fall-date-sides.ts). */
  sides: Record<string, FallDateBands>;
}

/**
 * Each city's fall with its date (ControlMarks.astro), shown once the shown snapshot includes it.
 * On a small map (a phone's whole-country view) the dates of earlier falls would crowd each
 * other: only the latest show.
 */
export class FallMarks implements MapLayer {
  private readonly falls: FallNode[] = [];
  private readonly order: string[];
  /** What was last written: the shown snapshot and crowding (by name), each fall's date (by fall). */
  private readonly written = new WriteMemo<string | FallNode>();
  private control: string | undefined;
  /** Screen px per projected km at the resting camera. */
  private scale = Infinity;

  constructor(scene: HTMLElement) {
    this.order = JSON.parse(scene.dataset['controlOrder'] ?? '[]') as string[];
    this.control = scene.dataset['control'] || undefined;
    for (const group of scene.querySelectorAll<SVGGElement>('.control-fall')) {
      this.falls.push({
        group,
        from: Number(group.dataset['from']),
        point: [Number(group.dataset['x']), Number(group.dataset['y'])],
        date: group.querySelector('.fall-date'),
        sides: JSON.parse(group.dataset['sides'] ?? '{}') as Record<string, FallDateBands>,
      });
    }
    // Marks are placed like the map's own labels: anchors at 0,0 moved by a transform.
    for (const anchor of scene.querySelectorAll('.control-fall .map-anchor')) {
      anchor.setAttribute('x', '0');
      anchor.setAttribute('y', '0');
    }
  }

  apply(state: ResolvedMapState): void {
    this.control = state.control;
    this.show();
  }

  /**
   * Moves each fall to its point, its date on the side the build chose for this view at this stage
   * width; a date with no side there, or that would still run off the view's foot (under the key),
   * is left off, its ring kept.
   */
  place(camera: Camera, view: MapViewPayload): void {
    this.scale = camera.k;
    this.show();
    const foot = toScreen(camera, [0, view.rect.y + view.rect.height])[1];
    const stageWidth = camera.k * view.rect.width;
    for (const fall of this.falls) {
      const at = toScreen(camera, fall.point);
      fall.group.style.transform = translateTo(at);
      const side = fallDateSideOn(fall.sides[view.id], stageWidth);
      const dated = side !== null && fallDateFits(at[1], foot, side);
      if (!this.written.changed(fall, `${side}:${dated}`)) continue;
      fall.group.dataset['dated'] = String(dated);
      if (!side) continue;
      const offset = fallDateOffset(side);
      fall.date?.setAttribute('x', String(offset.x));
      fall.date?.setAttribute('y', String(offset.y));
      fall.date?.setAttribute('text-anchor', offset.anchor);
    }
  }

  private show(): void {
    const index = this.control ? this.order.indexOf(this.control) : -1;
    const crowded = this.scale < crowdedScale;
    const moved = this.written.changed('index', index);
    if (!this.written.changed('crowded', crowded) && !moved) return;
    for (const fall of this.falls)
      fall.group.dataset['on'] =
        index >= fall.from && (!crowded || fall.from === index) ? 'true' : 'false';
  }
}
