import { screenTranslate, type Camera } from '../../../../shared/geo/fit-view';

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
  on: boolean;
}

export class AreaNames {
  private readonly nodes: NameNode[];
  private key = '';
  private camera: Camera | null = null;

  constructor(scene: HTMLElement) {
    this.nodes = [...scene.querySelectorAll<SVGGElement>('.control-name')].map((group) => ({
      group,
      key: group.dataset['key'] ?? '',
      point: [Number(group.dataset['x']), Number(group.dataset['y'])],
      radius: Number(group.dataset['r']),
      width: Number(group.dataset['w']),
      on: group.dataset['on'] === 'true',
    }));
    for (const anchor of scene.querySelectorAll('.control-name .map-anchor')) {
      anchor.setAttribute('x', '0');
      anchor.setAttribute('y', '0');
    }
  }

  show(snapshot: string | undefined, view: string | undefined): void {
    const key = snapshot && view ? areaNameKey(snapshot, view) : '';
    if (key === this.key) return;
    this.key = key;
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
      if (on === node.on) continue;
      node.on = on;
      if (on && camera) node.group.style.transform = screenTranslate(camera, node.point);
      node.group.dataset['on'] = on ? 'true' : 'false';
    }
  }
}
