import { ControlView } from '../control/client/control-view';
import type { MapLayer } from './map-layer';
import { RouteLines } from './map-routes';
// Defined first, so the map is upgraded when the scene plugs its layers into it.
import './story-map';
import type { StoryMap } from './story-map';
import { formatDate } from '../../../shared/format-date';
import type { SceneGraphic } from '../../../client/scroll/scene-graphic';
import type { ResolvedState } from '../../registry';
import type { ResolvedMapState } from '../state';
import { offensiveDayLabel } from '../../timeline/timeline-model';

/**
 * <story-map-scene>: shows one step's state on the map drawn at build. Writes the state it shows
 * to data attributes (the tests and the CSS read them) and moves the map's view; it never
 * redraws geometry.
 */
export class StoryMapScene extends HTMLElement implements SceneGraphic {
  private items: SVGGElement[] = [];
  /** The offensive's first and last days, for the day count beside the date. */
  private offensive: { start: string; end: string } | undefined;
  /** The layers over the map: routes, and the areas of control with their arrows and falls. */
  private layers: MapLayer[] = [];
  /**
   * The nodes a state writes to, found once: continuous steps apply a state on every scrolled
   * frame, and looking them up each time was a dozen queries of the scene per frame.
   */
  private nodes!: {
    map: StoryMap | null;
    notes: HTMLElement[];
    routeNodes: HTMLElement[];
    date: HTMLElement | null;
    dateText: Element | null;
    day: Element | null;
  };

  connectedCallback(): void {
    this.items = [...this.querySelectorAll<SVGGElement>('.map-item[data-id]')];
    this.offensive = this.dataset['offensive']
      ? (JSON.parse(this.dataset['offensive']) as { start: string; end: string })
      : undefined;
    this.nodes = {
      map: this.querySelector<StoryMap>('story-map'),
      notes: [...this.querySelectorAll<HTMLElement>('[data-note]')],
      routeNodes: [...this.querySelectorAll<HTMLElement>('li[data-route], p[data-route]')],
      date: this.querySelector<HTMLElement>('.scene-date'),
      dateText: this.querySelector('[data-date-text]'),
      day: this.querySelector('[data-day]'),
    };
    if (this.querySelector('.map-route')) this.layers.push(new RouteLines(this));
    if (this.dataset['controlOrder']) this.layers.push(new ControlView(this));
    for (const layer of this.layers) this.nodes.map?.addLayer(layer);
  }

  applyState(state: ResolvedState, { animate }: { animate: boolean }): void {
    if (state.kind !== 'map') return;
    const { map } = this.nodes;
    // Map blocks always declare a view (the build checks it).
    if (state.view) map?.setView(state.view, { animate });
    this.write('view', state.view ?? '');
    const highlight = state.highlight.join(' ');
    if (this.write('highlight', highlight)) {
      const ids = new Set(state.highlight);
      for (const item of this.items)
        item.classList.toggle('is-highlight', ids.has(item.dataset['id'] ?? ''));
    }
    this.write('layers', state.layers.join(' '));
    this.showDate(state.date);
    this.showStatus(state);
    this.showRoute(state.route, state.routeProgress ?? 0);
    if (this.write('notes', state.notes.join(' '))) {
      for (const note of this.nodes.notes)
        note.hidden = !state.notes.includes(note.dataset['note'] ?? '');
    }
    const options = { animate, inFlight: map?.inFlight ?? false };
    for (const layer of this.layers) layer.apply(state, options);
  }

  /**
   * One route at most: the map draws the line (story-map.ts); here its legend entry and caveat
   * show only while a step names the route.
   */
  private showRoute(route: string | undefined, progress: number): void {
    this.write('routeProgress', route ? String(progress) : '');
    if (!this.write('route', route ?? '')) return;
    for (const node of this.nodes.routeNodes) node.hidden = node.dataset['route'] !== route;
  }

  /**
   * Writes a data attribute only when its value changes: CSS selects on these attributes from
   * the scene down ([data-status] .ring, [data-layers] [data-layer]), so even a same-value write
   * can send the whole map subtree through style recalc. Continuous steps call applyState every
   * frame. Returns whether it changed.
   */
  private write(key: string, value: string): boolean {
    if (this.dataset[key] === value) return false;
    this.dataset[key] = value;
    return true;
  }

  /** The map's one clock: the date it shows, with the offensive's day count folded in. */
  private showDate(date: string | undefined): void {
    this.write('date', date ?? '');
    const { date: stamp, dateText, day } = this.nodes;
    if (!stamp) return;
    stamp.classList.toggle('is-blank', !date);
    const text = date ? formatDate(date) : '';
    if (dateText && dateText.textContent !== text) dateText.textContent = text;
    const count =
      date && this.offensive
        ? offensiveDayLabel(date, this.offensive.start, this.offensive.end)
        : '';
    if (day && day.textContent !== count) day.textContent = count;
  }

  /** The status shows in the step's card; here it styles the rings of the highlighted places. */
  private showStatus(state: ResolvedMapState): void {
    this.write('status', state.status ?? '');
  }
}

if (!customElements.get('story-map-scene')) customElements.define('story-map-scene', StoryMapScene);
