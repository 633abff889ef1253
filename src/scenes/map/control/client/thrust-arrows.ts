import type { Camera } from '../../../../shared/geo/fit-view';
import type { ResolvedMapState } from '../../state';
import type { LayerOptions, MapLayer } from '../../client/map-layer';
import { RevealedLine } from '../../client/revealed-line';
import { WriteMemo } from '../../client/write-memo';
import { readPayload, type ThrustPayload } from '../../payload';

interface ThrustNode {
  id: string;
  group: SVGGElement;
  head: SVGGElement | null;
  /** The line, with its head riding the drawn end. */
  line: RevealedLine;
}

/** Screen px left free at the start and the end of a thrust line (a town's symbol and ring). */
const startGap = 8;
const endGap = 14;
const none: readonly string[] = [];

/**
 * The thrust arrows (ControlMarks.astro): those a step names, drawn in full, and the one it draws
 * with scroll progress through it (drawArrow), revealed as the routes are (RevealedLine), its head
 * at the tip.
 */
export class ThrustArrows implements MapLayer {
  private readonly thrusts: ThrustNode[] = [];
  private readonly written = new WriteMemo();
  /** The arrow drawing itself, and how far. */
  private drawing: string | undefined;
  private progress = 1;
  /** The camera the arrows are placed for: none until it first rests. */
  private camera: Camera | null = null;

  constructor(scene: HTMLElement) {
    scene.querySelector('.control-thrusts')?.removeAttribute('viewBox');
    for (const group of scene.querySelectorAll<SVGGElement>('.control-thrust')) {
      const id = group.dataset['thrust'] ?? '';
      const head = scene.querySelector<SVGGElement>(`.control-head[data-head="${id}"]`);
      const paths = [...group.querySelectorAll<SVGPathElement>('.line-halo, .line-stroke')];
      const { points } = readPayload<ThrustPayload>(group);
      this.thrusts.push({ id, group, head, line: new RevealedLine(paths, points, head) });
    }
    // Heads are placed like the map's own labels: anchors at 0,0 moved by a transform, and turned
    // with their group's transform, as the routes' aircraft are; the build's turn (for readers
    // without JavaScript) would add to it.
    for (const anchor of scene.querySelectorAll('.control-head .map-anchor')) {
      anchor.setAttribute('x', '0');
      anchor.setAttribute('y', '0');
    }
    for (const shape of scene.querySelectorAll('.control-head path'))
      shape.removeAttribute('transform');
  }

  apply(state: ResolvedMapState, { inFlight }: LayerOptions): void {
    const arrows = state.arrows ?? none;
    const named = this.written.changed('arrows', arrows);
    if (this.written.changed('drawArrow', state.drawArrow) || named) {
      for (const thrust of this.thrusts) {
        const on = arrows.includes(thrust.id) || thrust.id === state.drawArrow ? 'true' : 'false';
        thrust.group.dataset['on'] = on;
        if (thrust.head) thrust.head.dataset['on'] = on;
      }
    }
    const progress = state.drawArrow ? (state.arrowProgress ?? 0) : 1;
    if (state.drawArrow === this.drawing && progress === this.progress) return;
    const previous = this.drawing;
    const switched = state.drawArrow !== previous;
    this.drawing = state.drawArrow;
    this.progress = progress;
    // In flight the marks are faded out and placed for the old camera: a new arrow is drawn once,
    // so it does not show its last length while fading, but progress alone waits for the camera
    // to rest (place draws every thrust): each redraw repainted the label layer.
    if (!switched && inFlight) return;
    for (const thrust of this.thrusts)
      if (thrust.id === previous || thrust.id === state.drawArrow) this.draw(thrust);
  }

  place(camera: Camera): void {
    this.camera = camera;
    for (const thrust of this.thrusts) this.draw(thrust);
  }

  /**
   * Draws a thrust to its share (1 unless it is the arrow drawing itself), its head at the tip.
   * The line stops short of the towns at both ends, so that it never covers their symbols.
   */
  private draw(thrust: ThrustNode): void {
    const camera = this.camera;
    if (!camera) return;
    const total = thrust.line.length(camera);
    if (total < startGap + endGap) return;
    const share = thrust.id === this.drawing ? this.progress : 1;
    const along = startGap + (total - startGap - endGap) * share;
    thrust.line.draw(camera, startGap / total, along / total);
    if (thrust.head) thrust.head.style.opacity = share < 0.03 ? '0' : '1';
  }
}
