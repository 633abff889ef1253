import { formatDate } from '../../lib/format-date';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import type { SceneGraphic } from '../../lib/scroll/scene-graphic';
import type { ResolvedState } from '../../lib/scroll/step-state';
import { dayCentre, eventOn, offensiveDayLabel, type Axis, type EventDay } from '../../lib/timeline/timeline-model';

/**
 * <story-timeline-scene>: shows a step's date and event on the timeline drawn at build. The
 * cursor, its own <svg> over the axis, moves by a CSS transform on the compositor (a CSS
 * transition, so a new state interrupts a running move from wherever the cursor is); the event
 * list shows the current event, and the reader can step through the events with the buttons, the
 * arrow keys or a tap on the axis.
 */
export class StoryTimelineScene extends HTMLElement implements SceneGraphic {
  private events: EventDay[] = [];
  private axis: Axis = { days: [], at: [] };
  private offensive = { start: '', end: '' };

  connectedCallback(): void {
    this.events = JSON.parse(this.dataset['events'] ?? '[]') as EventDay[];
    this.axis = JSON.parse(this.dataset['axis'] ?? '{}') as Axis;
    this.offensive = JSON.parse(this.dataset['offensive'] ?? '{}') as { start: string; end: string };
    this.querySelector('[data-event-prev]')?.addEventListener('click', () => this.step(-1));
    this.querySelector('[data-event-next]')?.addEventListener('click', () => this.step(1));
    this.querySelector('.timeline-axis')?.addEventListener('click', this.onAxisClick);
    this.addEventListener('keydown', this.onKey);
    this.dataset['enhanced'] = '';
  }

  applyState(state: ResolvedState, { animate }: { animate: boolean }): void {
    const day = state.date ?? this.events[0]?.date;
    if (!day) return;
    this.show(day, eventOn(this.events, day, state.event)?.id, animate);
  }

  /** Moves the cursor to `day` and emphasises `eventId` in the axis and the list. */
  private show(day: string, eventId: string | undefined, animate: boolean): void {
    this.toggleAttribute('data-animate', animate);
    for (const plot of this.querySelectorAll<HTMLElement>('.timeline-plot')) {
      const svg = plot.querySelector<SVGSVGElement>('.timeline-svg');
      const cursor = plot.querySelector<SVGSVGElement>('.timeline-cursor');
      if (!svg || !cursor) continue;
      const x0 = Number(svg.dataset['x0']);
      const x1 = Number(svg.dataset['x1']);
      const x = x0 + dayCentre(this.axis, day) * (x1 - x0);
      // A share of the cursor box's own width, which is the axis's: see TimelineScene.astro.
      cursor.style.transform = `translateX(${((x / Number(cursor.dataset['width'])) * 100).toFixed(3)}%)`;
    }
    for (const item of this.querySelectorAll<Element>('[data-event]')) {
      item.classList.toggle('is-current', (item as HTMLElement | SVGElement).dataset['event'] === eventId);
    }
    this.dataset['date'] = day;
    this.dataset['event'] = eventId ?? '';
    this.setText('[data-day-count]', offensiveDayLabel(day, this.offensive.start, this.offensive.end));
    this.setText('[data-date-label]', formatDate(day));
    const index = this.events.findIndex((event) => event.id === eventId);
    this.setText('[data-event-counter]', `${index + 1} of ${this.events.length}`);
    const prev = this.querySelector<HTMLButtonElement>('[data-event-prev]');
    const next = this.querySelector<HTMLButtonElement>('[data-event-next]');
    if (prev) prev.disabled = index <= 0;
    if (next) next.disabled = index >= this.events.length - 1;
  }

  private setText(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  }

  /** The reader browses: the cursor goes to the event's day; the next scroll step takes over again. */
  private select(event: EventDay | undefined): void {
    if (event) this.show(event.date, event.id, !prefersReducedMotion());
  }

  private step(delta: number): void {
    const index = this.events.findIndex((event) => event.id === this.dataset['event']);
    this.select(this.events[index + delta]);
  }

  /** Arrow keys inside the timeline browse its events rather than the story's steps. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!(event.target as Element | null)?.closest('.timeline-events')) return;
    const delta = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    event.stopPropagation();
    this.step(delta);
  };

  /** A tap on a mark picks its event; elsewhere on the axis, the event nearest to the tap. */
  private readonly onAxisClick = (event: Event): void => {
    const hit = (event.target as Element | null)?.closest<SVGElement>('.mark[data-event]');
    if (hit) {
      this.select(this.events.find((candidate) => candidate.id === hit.dataset['event']));
      return;
    }
    const svg = [...this.querySelectorAll<SVGSVGElement>('.timeline-svg')].find((candidate) => candidate.getClientRects().length > 0);
    if (!svg || !(event instanceof MouseEvent)) return;
    const box = svg.getBoundingClientRect();
    const scale = svg.viewBox.baseVal.width / box.width;
    const x = (event.clientX - box.left) * scale;
    const x0 = Number(svg.dataset['x0']);
    const x1 = Number(svg.dataset['x1']);
    const at = (day: string) => x0 + dayCentre(this.axis, day) * (x1 - x0);
    let nearest: EventDay | undefined;
    for (const candidate of this.events) {
      if (!nearest || Math.abs(at(candidate.date) - x) < Math.abs(at(nearest.date) - x)) nearest = candidate;
    }
    this.select(nearest);
  };
}

if (!customElements.get('story-timeline-scene')) customElements.define('story-timeline-scene', StoryTimelineScene);
