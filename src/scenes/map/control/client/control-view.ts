import { motionDuration } from '../../../../client/motion-duration';
import {
  screenTranslate,
  toScreen,
  translateTo,
  type Camera,
} from '../../../../shared/geo/fit-view';
import { lengthsAlong, pointAlong } from '../../../../shared/geo/point-along';
import { pathThrough } from '../../../../shared/geo/route-draw';
import type { ResolvedMapState } from '../../state';
import type { LayerOptions, MapLayer } from '../../client/map-layer';
import { AreaNames } from './area-names';
import { readPayload, type Point, type ThrustPayload } from '../../payload';

/**
 * Shows a step's areas of control on a map whose layers were all drawn at build
 * (ControlAreas.astro, ControlMarks.astro): one snapshot layer at a time, cross-faded with an
 * opacity animation on the layer's own box (the compositor blends it; nothing repaints per frame);
 * the thrust arrows, one of which may draw itself with scroll progress; each city's fall with its
 * date once the shown snapshot includes it; the legend's basis and the date stamp of the areas.
 * Any state can follow any other: scrolling up runs the same fade back to the earlier layer.
 */

interface ThrustNode {
  id: string;
  group: SVGGElement;
  lines: SVGPathElement[];
  head: SVGGElement | null;
  points: Point[];
  /** The line in screen px at the resting camera, with cumulative lengths. */
  screen: [number, number][];
  lengths: number[];
}

interface FallNode {
  group: SVGGElement;
  from: number;
  point: [number, number];
}

/** Screen px left free at the start and the end of a thrust line (a town's symbol and ring). */
const startGap = 8;
/** Below this many px per km (a whole country on a phone), only the latest falls are dated on the map. */
const crowdedScale = 0.8;
const endGap = 14;

export class ControlView implements MapLayer {
  private readonly layers = new Map<string, SVGSVGElement>();
  private readonly thrusts: ThrustNode[] = [];
  private readonly falls: FallNode[] = [];
  private readonly order: string[];
  private shown: string | undefined;
  private fade: { animation: Animation; from: SVGSVGElement | undefined } | null = null;
  private arrows = '';
  private drawn: { id: string | undefined; progress: number } = { id: undefined, progress: 1 };
  private shownFalls = -2;
  /** Screen px per projected km at the resting camera, and whether that is too small for every date. */
  private scale = Infinity;
  private crowded = false;

  /** The areas' own date stamp, its text for each snapshot, and each snapshot's basis in the key (found once, not at every step). */
  private readonly stamp: HTMLElement | null;
  private readonly stampDays: Record<string, string>;
  private readonly bases: HTMLElement[];
  private readonly names: AreaNames;

  constructor(private readonly scene: HTMLElement) {
    this.names = new AreaNames(scene);
    this.bases = [...scene.querySelectorAll<HTMLElement>('.control-basis')];
    this.stamp = scene.querySelector<HTMLElement>('[data-control-stamp]');
    this.stampDays = JSON.parse(this.stamp?.dataset['days'] ?? '{}') as Record<string, string>;
    for (const layer of scene.querySelectorAll<SVGSVGElement>('.control-layer')) {
      this.layers.set(layer.dataset['snapshot'] ?? '', layer);
      if (layer.hasAttribute('data-shown')) this.shown = layer.dataset['snapshot'];
    }
    this.order = JSON.parse(scene.dataset['controlOrder'] ?? '[]') as string[];
    scene.querySelector('.control-thrusts')?.removeAttribute('viewBox');
    for (const group of scene.querySelectorAll<SVGGElement>('.control-thrust')) {
      const id = group.dataset['thrust'] ?? '';
      const lines = [...group.querySelectorAll('path')];
      const head = scene.querySelector<SVGGElement>(`.control-head[data-head="${id}"]`);
      this.thrusts.push({
        id,
        group,
        lines,
        head,
        points: readPayload<ThrustPayload>(group).points,
        screen: [],
        lengths: [],
      });
    }
    for (const group of scene.querySelectorAll<SVGGElement>('.control-fall')) {
      this.falls.push({
        group,
        from: Number(group.dataset['from']),
        point: [Number(group.dataset['x']), Number(group.dataset['y'])],
      });
    }
    // Marks are placed like the map's own labels: anchors at 0,0 moved by a transform.
    for (const anchor of scene.querySelectorAll(
      '.control-head .map-anchor, .control-fall .map-anchor',
    )) {
      anchor.setAttribute('x', '0');
      anchor.setAttribute('y', '0');
    }
    // The heads turn with their group's transform, as the routes' aircraft do; the build's turn
    // (for readers without JavaScript) would add to it.
    for (const shape of scene.querySelectorAll('.control-head path'))
      shape.removeAttribute('transform');
  }

  apply(state: ResolvedMapState, { animate, inFlight }: LayerOptions): void {
    this.showSnapshot(state.control, animate);
    this.names.show(state.control, state.view);
    this.showFalls(state.control);
    const arrows = [...(state.arrows ?? []), ...(state.drawArrow ? [state.drawArrow] : [])].join(
      ' ',
    );
    if (arrows !== this.arrows) {
      this.arrows = arrows;
      for (const thrust of this.thrusts) {
        const on = arrows.split(' ').includes(thrust.id) ? 'true' : 'false';
        thrust.group.dataset['on'] = on;
        if (thrust.head) thrust.head.dataset['on'] = on;
      }
    }
    const progress = state.drawArrow ? (state.arrowProgress ?? 0) : 1;
    if (state.drawArrow !== this.drawn.id || progress !== this.drawn.progress) {
      const previous = this.drawn.id;
      const switched = state.drawArrow !== previous;
      this.drawn = { id: state.drawArrow, progress };
      // In flight the marks are faded out and placed for the old camera: a new arrow is drawn once,
      // so it does not show its last length while fading, but progress alone waits for the camera
      // to rest (place draws every thrust): each redraw repainted the label layer.
      if (switched || !inFlight) {
        for (const thrust of this.thrusts)
          if (thrust.id === previous || thrust.id === state.drawArrow) this.draw(thrust);
      }
    }
  }

  /** One layer shown; a change fades the new layer in over the old, from wherever a fade was. */
  private showSnapshot(id: string | undefined, animate: boolean): void {
    if (id === this.shown) return;
    this.scene.dataset['control'] = id ?? '';
    for (const node of this.bases) node.hidden = node.dataset['snapshot'] !== id;
    const days = id ? this.stampDays[id] : undefined;
    if (this.stamp) {
      this.stamp.hidden = !days;
      if (days) this.stamp.textContent = days;
    }
    this.finishFade();
    const from = this.shown ? this.layers.get(this.shown) : undefined;
    const to = id ? this.layers.get(id) : undefined;
    this.shown = id;
    if (to) to.setAttribute('data-shown', '');
    const duration = animate && from && to ? motionDuration('--duration-areas', 700) : 0;
    if (duration === 0) {
      if (from && from !== to) from.removeAttribute('data-shown');
      return;
    }
    const animation = to!.animate([{ opacity: 0 }, { opacity: 1 }], {
      duration,
      easing: 'ease-in-out',
    });
    this.fade = { animation, from };
    animation.finished.then(
      () => this.finishFade(),
      () => undefined,
    );
  }

  private finishFade(): void {
    if (!this.fade) return;
    const { animation, from } = this.fade;
    this.fade = null;
    animation.cancel();
    if (from && from.dataset['snapshot'] !== this.shown) from.removeAttribute('data-shown');
  }

  /**
   * A city's fall and its date show once the shown snapshot includes it. On a small map (a phone's
   * whole-country view) the dates of earlier falls would crowd each other: only the latest show.
   */
  private showFalls(id: string | undefined): void {
    const index = id ? this.order.indexOf(id) : -1;
    const crowded = this.scale < crowdedScale;
    if (index === this.shownFalls && crowded === this.crowded) return;
    this.shownFalls = index;
    this.crowded = crowded;
    for (const fall of this.falls)
      fall.group.dataset['on'] =
        index >= fall.from && (!crowded || fall.from === index) ? 'true' : 'false';
  }

  place(camera: Camera): void {
    this.scale = camera.k;
    this.names.place(camera);
    this.showFalls(this.scene.dataset['control'] || undefined);
    for (const thrust of this.thrusts) {
      thrust.screen = thrust.points.map((point) => toScreen(camera, point));
      thrust.lengths = lengthsAlong(thrust.screen);
      const d = pathThrough(thrust.points, camera.k, camera.x, camera.y);
      for (const line of thrust.lines) line.setAttribute('d', d);
      this.draw(thrust);
    }
    for (const fall of this.falls) {
      fall.group.style.transform = screenTranslate(camera, fall.point);
    }
  }

  /**
   * Draws a thrust to its share (1 unless it is the step's drawArrow), its head at the tip. The
   * line stops short of the towns at both ends, so that it never covers their symbols.
   */
  private draw(thrust: ThrustNode): void {
    const total = thrust.lengths.at(-1) ?? 0;
    if (total < startGap + endGap) return;
    const share = thrust.id === this.drawn.id ? this.drawn.progress : 1;
    const along = startGap + (total - startGap - endGap) * share;
    for (const line of thrust.lines) {
      line.style.strokeDasharray = `${(along - startGap).toFixed(1)} ${total.toFixed(1)}`;
      line.style.strokeDashoffset = (-startGap).toFixed(1);
    }
    const tip = pointAlong(thrust.screen, along / total, thrust.lengths);
    if (thrust.head && tip) {
      thrust.head.style.transform = translateTo([tip.x, tip.y], tip.angle);
      thrust.head.style.opacity = share < 0.03 ? '0' : '1';
    }
  }
}
