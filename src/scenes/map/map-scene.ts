import type { StoryMap } from '../../components/map/story-map';
import { formatDate } from '../../lib/format-date';
import type { SceneGraphic } from '../../lib/scroll/scene-graphic';
import type { ResolvedState } from '../../lib/scroll/step-state';

const statusLabel: Record<string, string> = { confirmed: 'Confirmed', reported: 'Reported', unverified: 'Unverified claim' };

/**
 * <story-map-scene>: shows one step's state on the map drawn at build. Writes the state it shows
 * to data attributes (the tests and the CSS read them) and moves the map's view; it never
 * redraws geometry.
 */
export class StoryMapScene extends HTMLElement implements SceneGraphic {
  private sourceNumbers: Record<string, number> = {};

  connectedCallback(): void {
    this.sourceNumbers = JSON.parse(this.dataset['sourceNumbers'] ?? '{}') as Record<string, number>;
  }

  applyState(state: ResolvedState, { animate }: { animate: boolean }): void {
    const map = this.querySelector<StoryMap>('story-map');
    // Map blocks always declare a view (the build checks it).
    if (state.view) map?.setView(state.view, { animate });
    this.dataset['view'] = state.view ?? '';
    const highlight = new Set(state.highlight);
    for (const item of this.querySelectorAll<SVGGElement>('.map-item[data-id]')) {
      item.classList.toggle('is-highlight', highlight.has(item.dataset['id'] ?? ''));
    }
    this.dataset['highlight'] = state.highlight.join(' ');
    this.dataset['layers'] = state.layers.join(' ');
    this.showDate(state.date);
    this.showStatus(state);
  }

  private showDate(date: string | undefined): void {
    this.dataset['date'] = date ?? '';
    const stamp = this.querySelector<HTMLElement>('.scene-date');
    if (!stamp) return;
    stamp.hidden = !date;
    const text = date ? formatDate(date) : '';
    if (stamp.textContent !== text) stamp.textContent = text;
  }

  private showStatus(state: ResolvedState): void {
    this.dataset['status'] = state.status ?? '';
    const badge = this.querySelector<HTMLElement>('.scene-status');
    if (!badge) return;
    badge.hidden = !state.status;
    const label = badge.querySelector('.scene-status-label');
    if (label) label.textContent = state.status ? (statusLabel[state.status] ?? '') : '';
    const sources = badge.querySelector('.scene-sources');
    if (!sources) return;
    sources.replaceChildren(
      ...state.sources.map((id) => {
        const link = document.createElement('a');
        link.href = `#source-${id}`;
        link.textContent = `[${this.sourceNumbers[id] ?? '?'}]`;
        return link;
      }),
    );
  }
}

if (!customElements.get('story-map-scene')) customElements.define('story-map-scene', StoryMapScene);
