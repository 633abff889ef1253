import { screenTranslate, type Camera } from '../../../../shared/geo/fit-view';
import type { ResolvedMapState } from '../../state';
import type { MapLayer } from '../../client/map-layer';
import { WriteMemo } from '../../client/write-memo';

/**
 * The areas' names on the map (ControlMarks.astro places them at build for each step's snapshot
 * and view): the browser shows those of the shown pair, where the name fits in its area at the
 * current zoom, and moves them with the camera.
 */

/** Which snapshot in which view a name belongs to. */
export const areaNameKey = (snapshot: string, view: string) => `${snapshot} ${view}`;

/** The name's width in px at the map's 11 px spaced capitals, a little generous (no layout read in the page). */
export const nameWidth = (name: string) => Math.ceil(name.length * 8.4);

interface NameNode {
  group: SVGGElement;
  key: string;
  point: [number, number];
  radius: number;
  width: number;
}

export class AreaNames implements MapLayer {
  private readonly nodes: NameNode[];
  /** The pair of snapshot and view whose names show. */
  private key = '';
  private camera: Camera | null = null;
  /** The step's snapshot and view, and whether each name shows. */
  private readonly written = new WriteMemo();
  private readonly shown: WriteMemo<NameNode>;

  constructor(scene: HTMLElement) {
    this.nodes = [...scene.querySelectorAll<SVGGElement>('.control-name')].map((group) => ({
      group,
      key: group.dataset['key'] ?? '',
      point: [Number(group.dataset['x']), Number(group.dataset['y'])],
      radius: Number(group.dataset['r']),
      width: Number(group.dataset['w']),
    }));
    this.shown = new WriteMemo(
      this.nodes.map((node) => [node, node.group.dataset['on'] === 'true'] as const),
    );
    for (const anchor of scene.querySelectorAll('.control-name .map-anchor')) {
      anchor.setAttribute('x', '0');
      anchor.setAttribute('y', '0');
    }
  }

  apply({ control, view }: ResolvedMapState): void {
    const moved = this.written.changed('view', view);
    if (!this.written.changed('control', control) && !moved) return;
    this.key = control && view ? areaNameKey(control, view) : '';
    this.update();
  }

  place(camera: Camera): void {
    this.camera = camera;
    for (const node of this.nodes)
      if (node.key === this.key) node.group.style.transform = screenTranslate(camera, node.point);
    this.update();
  }

  /** A name shows where its area's widest circle, on screen, holds it. */
  private update(): void {
    const camera = this.camera;
    for (const node of this.nodes) {
      const on =
        camera !== null && node.key === this.key && camera.k * node.radius * 2 >= node.width + 8;
      if (!this.shown.changed(node, on)) continue;
      if (on && camera) node.group.style.transform = screenTranslate(camera, node.point);
      node.group.dataset['on'] = on ? 'true' : 'false';
    }
  }
}
