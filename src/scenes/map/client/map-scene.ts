import { controlLayers } from '../control/client/control-layers';
import { RouteLines } from './map-routes';
import { WriteMemo, type Written } from './write-memo';
// Defined first, so the map is upgraded when the scene plugs its layers into it.
import './story-map';
import type { StoryMap } from './story-map';
import { formatDate } from '../../../shared/format-date';
import type { SceneGraphic } from '../../../client/scroll/scene-graphic';
import type { ResolvedState } from '../../registry';
import type { ResolvedMapState } from '../state';
import { periodDayLabel, type Period } from '../../timeline/timeline-model';

/** A data attribute's words, as the scene writes a list. */
const words = (value: string | undefined) => (value ? value.split(' ') : []);

/**
 * <story-map-scene>: shows one step's state on the map drawn at build. Writes the state it shows
 * to data attributes (the tests and the CSS read them), moves the map's view and hands the state
 * to the map's layers, its own (routes, areas of control) plugged in here; it never redraws
 * geometry.
 */
export class StoryMapScene extends HTMLElement implements SceneGraphic {
  /** The period the story counts days from, for the day count beside the date; none: no count. */
  private period: Period | undefined;
  /**
   * The data attributes as last written, starting from the build's: CSS selects on them from the
   * scene down ([data-status] .ring, [data-layers] [data-layer]), so even a same-value write can
   * send the whole map subtree through style recalc, and continuous steps apply every frame.
   */
  private written!: WriteMemo;
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
    this.period = this.dataset['period']
      ? (JSON.parse(this.dataset['period']) as Period)
      : undefined;
    this.nodes = {
      map: this.querySelector<StoryMap>('story-map'),
      notes: [...this.querySelectorAll<HTMLElement>('[data-note]')],
      routeNodes: [...this.querySelectorAll<HTMLElement>('li[data-route], p[data-route]')],
      date: this.querySelector<HTMLElement>('.scene-date'),
      dateText: this.querySelector('[data-date-text]'),
      day: this.querySelector('[data-day]'),
    };
    const { dataset } = this;
    this.written = new WriteMemo([
      ...(['view', 'date', 'status', 'route'] as const).map((key) => [key, dataset[key]] as const),
      ...(['highlight', 'layers', 'notes'] as const).map(
        (key) => [key, words(dataset[key])] as const,
      ),
      ['routeProgress', dataset['routeProgress'] ? Number(dataset['routeProgress']) : ''],
    ]);
    const map = this.nodes.map;
    if (map && this.querySelector('.map-route')) map.addLayer(new RouteLines(this));
    if (map && dataset['controlOrder'])
      for (const layer of controlLayers(this)) map.addLayer(layer);
  }

  applyState(state: ResolvedState, { animate }: { animate: boolean }): void {
    if (state.kind !== 'map') return;
    const { map } = this.nodes;
    // Map blocks always declare a view (the build checks it).
    if (state.view) map?.setView(state.view, { animate });
    this.write('view', state.view ?? '');
    this.write('highlight', state.highlight);
    this.write('layers', state.layers);
    this.showDate(state.date);
    this.showStatus(state);
    this.showRoute(state.route, state.routeProgress ?? 0);
    if (this.write('notes', state.notes)) {
      for (const note of this.nodes.notes)
        note.hidden = !state.notes.includes(note.dataset['note'] ?? '');
    }
    // The places' labels, the routes, the areas of control: every layer the map holds.
    map?.apply(state, animate);
  }

  /**
   * One route at most: its layer draws the line (map-routes.ts); here its legend entry and caveat
   * show only while a step names the route.
   */
  private showRoute(route: string | undefined, progress: number): void {
    this.write('routeProgress', route ? progress : '');
    if (!this.write('route', route ?? '')) return;
    for (const node of this.nodes.routeNodes) node.hidden = node.dataset['route'] !== route;
  }

  /** Writes a data attribute (a list as its words) only when it changes; says whether it did. */
  private write(key: string, value: Written): boolean {
    if (!this.written.changed(key, value)) return false;
    this.dataset[key] = Array.isArray(value) ? value.join(' ') : String(value ?? '');
    return true;
  }

  /** The map's one clock: the date it shows, with the period's day count folded in. */
  private showDate(date: string | undefined): void {
    if (!this.write('date', date ?? '')) return;
    const { date: stamp, dateText, day } = this.nodes;
    if (!stamp) return;
    stamp.classList.toggle('is-blank', !date);
    if (dateText) dateText.textContent = date ? formatDate(date) : '';
    if (day) day.textContent = date && this.period ? periodDayLabel(date, this.period) : '';
  }

  /** The status shows in the step's card; here it styles the rings of the highlighted places. */
  private showStatus(state: ResolvedMapState): void {
    this.write('status', state.status ?? '');
  }
}

if (!customElements.get('story-map-scene')) customElements.define('story-map-scene', StoryMapScene);
