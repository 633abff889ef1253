import { el, escapeXml } from '../../../server/step-images/svg';
import type { TimelineLayout } from './timeline-layout';

export interface AxisEvent {
  id: string;
  confidence: 'high' | 'medium' | 'low';
}

/** A colour token's value ("color-muted" → "#5c6770"), for a drawing without the page's styles. */
export type Paint = (token: string) => string;

/**
 * The timeline's axis as SVG elements, written once for the page and the step images: the
 * period's band, the axis, its ticks and date labels, and a mark per event (`current`
 * emphasised). The page styles them by class (TimelineScene.astro); with `paint`, the same
 * elements carry their colours and sizes inline, as an image rendered alone needs.
 */
export function timelineAxisSvg(
  layout: TimelineLayout,
  events: readonly AxisEvent[],
  current: string | undefined,
  bandLabel: string,
  paint?: Paint,
): string {
  const inline = (attrs: (paint: Paint) => Record<string, string | number | undefined>) =>
    paint ? attrs(paint) : {};
  const muted = inline((p) => ({ fill: p('color-muted') }));
  const { baseline, size } = layout;
  const [period, after] = layout.bands;
  const parts: string[] = [];
  if (period && after) {
    parts.push(
      el('rect', {
        class: 'band band-period',
        x: period.x0,
        y: 4,
        width: period.x1 - period.x0,
        height: baseline - 4,
        ...inline((p) => ({ fill: p('color-surface') })),
      }),
      el(
        'text',
        {
          class: 'band-label',
          x: period.x0 + 4,
          y: 16,
          ...inline(() => ({ 'font-size': 11, 'font-weight': 700 })),
          ...muted,
        },
        escapeXml(bandLabel),
      ),
      el(
        'text',
        {
          class: 'band-label',
          x: after.x0 + 6,
          y: 16,
          ...inline(() => ({ 'font-size': 11, 'font-weight': 700 })),
          ...muted,
        },
        'Afterwards',
      ),
      el(
        'text',
        {
          class: 'band-note',
          x: after.x0 + 6,
          y: 28,
          ...inline(() => ({ 'font-size': 10 })),
          ...muted,
        },
        '(scale compressed)',
      ),
    );
    const line = inline((p) => ({ stroke: p('color-muted') }));
    parts.push(
      el('line', {
        class: 'axis-line',
        x1: period.x0,
        x2: period.x1 - 2,
        y1: baseline,
        y2: baseline,
        ...line,
      }),
      el('line', {
        class: 'axis-line',
        x1: after.x0 + 2,
        x2: after.x1,
        y1: baseline,
        y2: baseline,
        ...line,
      }),
    );
  }
  for (const tick of layout.ticks) {
    const paintTick = inline((p) => ({
      stroke: p('color-muted'),
      'stroke-opacity': tick.major ? undefined : 0.5,
    }));
    parts.push(
      el('line', {
        class: tick.major ? 'tick major' : 'tick',
        x1: tick.x,
        x2: tick.x,
        y1: baseline,
        y2: baseline + (tick.major ? 7 : 4),
        ...paintTick,
      }),
    );
  }
  for (const label of layout.labels) {
    parts.push(
      el(
        'text',
        {
          class: 'tick-label',
          x: label.x,
          y: baseline + 20,
          'text-anchor': label.anchor,
          ...inline((p) => ({ 'font-size': 11, fill: p('color-text') })),
        },
        escapeXml(label.text),
      ),
    );
    if (label.year)
      parts.push(
        el(
          'text',
          {
            class: 'tick-year',
            x: label.x,
            y: baseline + 32,
            'text-anchor': label.anchor,
            ...inline(() => ({ 'font-size': 10 })),
            ...muted,
          },
          label.year,
        ),
      );
  }
  const confidence = new Map(events.map((event) => [event.id, event.confidence]));
  for (const mark of layout.marks) {
    const level = confidence.get(mark.id) ?? 'high';
    const isCurrent = mark.id === current;
    const stroke = inline((p) => ({ stroke: isCurrent ? p('color-accent') : p('color-text') }));
    const fill = inline((p) => ({
      fill:
        level === 'low'
          ? p('color-bg')
          : level === 'medium'
            ? p('timeline-medium')
            : p('color-text'),
    }));
    // On the page a class grows the current mark (a transform); an image draws it grown.
    const grown = inline(() => ({
      r: size.r * (isCurrent ? 1.6 : 1),
      'stroke-width': isCurrent ? 2.5 : 1.2,
    }));
    const range =
      mark.x2 === undefined
        ? ''
        : el('line', {
            class: 'mark-range',
            x1: mark.cx,
            x2: mark.x2,
            y1: mark.cy,
            y2: mark.cy,
            ...stroke,
            ...inline(() => ({ 'stroke-width': 3, 'stroke-linecap': 'round' })),
          });
    const dot = el('circle', { cx: mark.cx, cy: mark.cy, r: size.r, ...fill, ...stroke, ...grown });
    parts.push(
      el(
        'g',
        {
          class: `mark confidence-${level}${isCurrent ? ' is-current' : ''}`,
          'data-event': mark.id,
        },
        range + dot,
      ),
    );
  }
  return parts.join('');
}
