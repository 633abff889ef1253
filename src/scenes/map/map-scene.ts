import { ControlView } from '../../components/map/control/control-view';
import type { StoryMap } from '../../components/map/story-map';
import { formatDate } from '../../lib/format-date';
import type { SceneGraphic } from '../../lib/scroll/scene-graphic';
import type { ResolvedState } from '../../lib/scroll/step-state';
import { statusLabels } from '../../lib/status-labels';
import { dayCentre, offensiveDayLabel, type Axis } from '../../lib/timeline/timeline-model';

/**
 * <story-map-scene>: shows one step's state on the map drawn at build. Writes the state it shows
 * to data attributes (the tests and the CSS read them) and moves the map's view; it never
 * redraws geometry.
 */
export class StoryMapScene extends HTMLElement implements SceneGraphic {
  private sourceNumbers: Record<string, number> = {};
  private items: SVGGElement[] = [];
  /** The sources the badge shows now (null: as drawn at build, never replaced yet). */
  private shownSources: string | null = null;
  /** The strip's axis, parsed once: continuous steps move the cursor every frame. */
  private stripData: { axis: Axis; offensive: { start: string; end: string } } | undefined;
  /** The areas of control, arrows and falls, on maps whose steps show them. */
  private control: ControlView | null = null;
  /**
   * The nodes a state writes to, found once: continuous steps apply a state on every scrolled
   * frame, and looking them up each time was a dozen queries of the scene per frame.
   */
  private nodes!: {
    map: StoryMap | null;
    notes: HTMLElement[];
    routeNodes: HTMLElement[];
    date: HTMLElement | null;
    strip: HTMLElement | null;
    stripSvg: SVGSVGElement | null;
    stripCursor: SVGElement | null;
    stripDay: Element | null;
    status: HTMLElement | null;
  };

  connectedCallback(): void {
    this.sourceNumbers = JSON.parse(this.dataset['sourceNumbers'] ?? '{}') as Record<string, number>;
    this.items = [...this.querySelectorAll<SVGGElement>('.map-item[data-id]')];
    const strip = this.querySelector<HTMLElement>('.timeline-strip');
    this.nodes = {
      map: this.querySelector<StoryMap>('story-map'),
      notes: [...this.querySelectorAll<HTMLElement>('[data-note]')],
      routeNodes: [...this.querySelectorAll<HTMLElement>('li[data-route], p[data-route]')],
      date: this.querySelector<HTMLElement>('.scene-date'),
      strip,
      stripSvg: strip?.querySelector<SVGSVGElement>('svg') ?? null,
      stripCursor: strip?.querySelector<SVGElement>('.cursor') ?? null,
      stripDay: strip?.querySelector('[data-strip-day]') ?? null,
      status: this.querySelector<HTMLElement>('.scene-status'),
    };
    this.control = this.dataset['controlOrder'] ? new ControlView(this) : null;
  }

  applyState(state: ResolvedState, { animate }: { animate: boolean }): void {
    const { map } = this.nodes;
    // Map blocks always declare a view (the build checks it).
    if (state.view) map?.setView(state.view, { animate });
    this.write('view', state.view ?? '');
    const highlight = state.highlight.join(' ');
    if (this.write('highlight', highlight)) {
      const ids = new Set(state.highlight);
      for (const item of this.items) item.classList.toggle('is-highlight', ids.has(item.dataset['id'] ?? ''));
    }
    this.write('layers', state.layers.join(' '));
    this.showDate(state.date);
    this.showOnStrip(state.date, animate);
    this.showStatus(state);
    this.showRoute(state.route, state.routeProgress ?? 0);
    map?.showRoute(state.route, state.routeProgress ?? 0);
    if (this.write('notes', state.notes.join(' '))) {
      for (const note of this.nodes.notes) note.hidden = !state.notes.includes(note.dataset['note'] ?? '');
    }
    this.control?.apply(state, animate);
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

  private showDate(date: string | undefined): void {
    this.write('date', date ?? '');
    const stamp = this.nodes.date;
    if (!stamp) return;
    stamp.classList.toggle('is-blank', !date);
    const text = date ? formatDate(date) : '';
    if (stamp.textContent !== text) stamp.textContent = text;
  }

  /** The timeline strip under the date: its cursor at the map's date, and the day count. */
  private showOnStrip(date: string | undefined, animate: boolean): void {
    const { strip, stripSvg: svg, stripCursor: cursor, stripDay: day } = this.nodes;
    if (!strip) return;
    strip.classList.toggle('is-blank', !date);
    if (!date) return;
    this.stripData ??= {
      axis: JSON.parse(strip.dataset['axis'] ?? '{}') as Axis,
      offensive: JSON.parse(strip.dataset['offensive'] ?? '{}') as { start: string; end: string },
    };
    const { axis, offensive } = this.stripData;
    if (svg && cursor) {
      const x0 = Number(svg.dataset['x0']);
      const x1 = Number(svg.dataset['x1']);
      cursor.style.transition = animate ? '' : 'none';
      cursor.style.transform = `translateX(${x0 + dayCentre(axis, date) * (x1 - x0)}px)`;
    }
    const text = offensiveDayLabel(date, offensive.start, offensive.end);
    if (day && day.textContent !== text) day.textContent = text;
  }

  private showStatus(state: ResolvedState): void {
    const statusChanged = this.write('status', state.status ?? '');
    const sourceList = state.sources.join(' ');
    const sourcesChanged = sourceList !== this.shownSources;
    if (!statusChanged && !sourcesChanged) return;
    this.shownSources = sourceList;
    const badge = this.nodes.status;
    if (!badge) return;
    badge.hidden = !state.status;
    const label = badge.querySelector('.scene-status-label');
    if (label) label.textContent = state.status ? statusLabels[state.status] : '';
    const sources = badge.querySelector('.scene-sources');
    if (!sources) return;
    sources.replaceChildren(
      ...state.sources.map((id) => {
        const number = document.createElement('span');
        number.textContent = `[${this.sourceNumbers[id] ?? '?'}]`;
        return number;
      }),
    );
  }
}

if (!customElements.get('story-map-scene')) customElements.define('story-map-scene', StoryMapScene);
