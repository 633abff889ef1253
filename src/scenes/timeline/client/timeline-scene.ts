import { formatDate } from '../../../shared/format-date';
import type { SceneGraphic } from '../../../client/scroll/scene-graphic';
import { requestStep } from '../../../client/scroll/step-request';
import type { ResolvedState } from '../../registry';
import { eventOn, periodDayLabel, type EventDay, type Period } from '../timeline-model';

/**
 * <story-timeline-scene>: shows a step's date and event on the timeline drawn at build. The
 * cursor, its own <svg> over the axis, moves by a CSS transform on the compositor (a CSS
 * transition, so a new state interrupts a running move from wherever the cursor is); the panel
 * names the current event.
 *
 * The scroll is the one driver: the scene only ever shows the state of the block's current step.
 * Its Earlier and Later buttons and a tap on the axis ask the block to move to another step
 * (requestStep), exactly as the block's own step buttons do, so the chart never shows a date the
 * step's card and counter do not.
 */
export class StoryTimelineScene extends HTMLElement implements SceneGraphic {
  private events: EventDay[] = [];
  /** Where the middle of each day the block can show sits, a share of the axis (laid out at build). */
  private dayShares: Record<string, number> = {};
  /** The period the story counts days from; none: no day count. */
  private period: Period | undefined;
  /** The block's steps: id, the day each step's cursor ends on, and the event it names. */
  private steps: { id: string; date: string; event?: string }[] = [];
  private stepIndex = 0;

  connectedCallback(): void {
    this.events = JSON.parse(this.dataset['events'] ?? '[]') as EventDay[];
    this.dayShares = JSON.parse(this.dataset['dayShares'] ?? '{}') as Record<string, number>;
    this.period = this.dataset['period']
      ? (JSON.parse(this.dataset['period']) as Period)
      : undefined;
    this.steps = JSON.parse(this.dataset['steps'] ?? '[]') as {
      id: string;
      date: string;
      event?: string;
    }[];
    this.querySelector('[data-event-prev]')?.addEventListener('click', () =>
      requestStep(this, this.stepIndex - 1),
    );
    this.querySelector('[data-event-next]')?.addEventListener('click', () =>
      requestStep(this, this.stepIndex + 1),
    );
    this.querySelector('.timeline-axis')?.addEventListener('click', this.onAxisClick);
    this.dataset['enhanced'] = '';
  }

  applyState(state: ResolvedState, { animate }: { animate: boolean }): void {
    if (state.kind !== 'timeline') return;
    const day = state.date ?? this.events[0]?.date;
    if (!day) return;
    this.stepIndex = Math.max(
      0,
      this.steps.findIndex((step) => step.id === state.id),
    );
    this.show(day, eventOn(this.events, day, state.event)?.id, animate);
  }

  /** Moves the cursor to `day`, emphasises `eventId` in the axis and the panel, and sets the step buttons. */
  private show(day: string, eventId: string | undefined, animate: boolean): void {
    this.toggleAttribute('data-animate', animate);
    for (const plot of this.querySelectorAll<HTMLElement>('.timeline-plot')) {
      const svg = plot.querySelector<SVGSVGElement>('.timeline-svg');
      const cursor = plot.querySelector<SVGSVGElement>('.timeline-cursor');
      if (!svg || !cursor) continue;
      const x = this.axisX(svg, day);
      if (x === undefined) continue;
      // A share of the cursor box's own width, which is the axis's: see TimelineScene.astro.
      cursor.style.transform = `translateX(${((x / Number(cursor.dataset['width'])) * 100).toFixed(3)}%)`;
    }
    for (const item of this.querySelectorAll<Element>('[data-event]')) {
      item.classList.toggle(
        'is-current',
        (item as HTMLElement | SVGElement).dataset['event'] === eventId,
      );
    }
    this.dataset['date'] = day;
    this.dataset['event'] = eventId ?? '';
    this.setText('[data-day-count]', this.period ? periodDayLabel(day, this.period) : '');
    this.setText('[data-date-label]', formatDate(day));
    this.setText('[data-event-counter]', `${this.stepIndex + 1} of ${this.steps.length}`);
    const prev = this.querySelector<HTMLButtonElement>('[data-event-prev]');
    const next = this.querySelector<HTMLButtonElement>('[data-event-next]');
    if (prev) prev.disabled = this.stepIndex <= 0;
    if (next) next.disabled = this.stepIndex >= this.steps.length - 1;
  }

  /** Where `day` sits in a drawing's own units (none for a day the build did not place). */
  private axisX(svg: SVGSVGElement, day: string): number | undefined {
    const share = this.dayShares[day];
    if (share === undefined) return undefined;
    const x0 = Number(svg.dataset['x0']);
    const x1 = Number(svg.dataset['x1']);
    return x0 + share * (x1 - x0);
  }

  private setText(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  }

  /**
   * A tap on an event's mark goes to the step that names that event; elsewhere on the axis, to the
   * step whose date is nearest to the tap (events days apart can sit a pixel apart on the
   * compressed weeks after the period).
   */
  private readonly onAxisClick = (event: Event): void => {
    const named =
      event.target instanceof Element
        ? event.target.closest<SVGElement>('.mark[data-event]')?.dataset['event']
        : undefined;
    const step = named ? this.steps.findIndex((candidate) => candidate.event === named) : -1;
    if (step >= 0) {
      requestStep(this, step);
      return;
    }
    const svg = [...this.querySelectorAll<SVGSVGElement>('.timeline-svg')].find(
      (candidate) => candidate.getClientRects().length > 0,
    );
    if (!svg || !(event instanceof MouseEvent) || this.steps.length === 0) return;
    const box = svg.getBoundingClientRect();
    const x = (event.clientX - box.left) * (svg.viewBox.baseVal.width / box.width);
    const distance = (date: string) => Math.abs((this.axisX(svg, date) ?? Infinity) - x);
    let nearest = 0;
    this.steps.forEach((step, index) => {
      const best = this.steps[nearest];
      if (best && distance(step.date) < distance(best.date)) nearest = index;
    });
    requestStep(this, nearest);
  };
}

if (!customElements.get('story-timeline-scene'))
  customElements.define('story-timeline-scene', StoryTimelineScene);
