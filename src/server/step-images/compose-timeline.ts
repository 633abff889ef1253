/**
 * A timeline step's graphic as SVG, for the step images: the page's time axis (timeline-layout.ts
 * lays it out for the box's width, timeline-axis-svg.ts writes it with the page's marks and
 * labels, coloured inline), every event's mark by confidence, the cursor at the step's
 * date, and the emphasised event's date, title and words above it, since the image has no list
 * beside it. Pure, like compose-map.ts.
 */
import { timelineAxisSvg } from '../../scenes/timeline/server/timeline-axis-svg';
import { layoutTimeline, type LayoutSize } from '../../scenes/timeline/server/timeline-layout';
import type { Axis } from '../../scenes/timeline/timeline-model';
import type { FontMetrics } from './font-metrics';
import { wrapText } from './font-metrics';
import { el, escapeXml, textLines, type Box } from './svg';

export interface TimelineImageEvent {
  id: string;
  date: string;
  dateTo?: string | undefined;
  confidence: 'high' | 'medium' | 'low';
  title: string;
  text: string;
}

export interface TimelineImageInput {
  axis: Axis;
  events: TimelineImageEvent[];
  milestones: { start: string; end: string };
  /** The words on the band of the period between the milestones (content/data/captions.json). */
  bandLabel: string;
  /** The day the cursor is on. */
  day: string;
  /** The event emphasised. */
  current: TimelineImageEvent | undefined;
  /** "May 14, 2031", "Day 5 of 12". */
  dateText: string;
  dayCount: string;
}

export function composeTimeline(
  input: TimelineImageInput,
  box: Box,
  t: (name: string) => string,
  fonts: { regular: FontMetrics; bold: FontMetrics },
): string {
  const parts: string[] = [
    el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, fill: t('color-bg') }),
  ];
  const pad = 16;
  const wide = box.width >= 600;
  const plotHeight = wide ? 190 : 150;
  const size: LayoutSize = {
    width: box.width,
    height: plotHeight,
    pad: wide ? 28 : 14,
    r: wide ? 5 : 3.6,
    labelGap: wide ? 56 : 40,
  };
  const layout = layoutTimeline(size, input.axis, input.events, input.milestones);
  // The emphasised event in words, above the axis.
  const textWidth = box.width - 2 * pad;
  let y = box.y + pad + 14;
  parts.push(
    el(
      'text',
      { x: box.x + pad, y, 'font-size': 13, 'font-weight': 700, fill: t('color-accent') },
      escapeXml(input.dayCount),
    ),
  );
  y += 26;
  if (input.current) {
    const title = wrapText(fonts.bold, input.current.title, wide ? 22 : 19, textWidth, 2);
    parts.push(
      textLines(title, box.x + pad, y, wide ? 27 : 23, {
        'font-size': wide ? 22 : 19,
        'font-weight': 700,
        fill: t('color-text'),
      }),
    );
    y += title.length * (wide ? 27 : 23) + 4;
    const room = box.y + box.height - plotHeight - y - 8;
    const lineHeight = wide ? 20 : 18;
    const maxLines = Math.max(0, Math.floor(room / lineHeight));
    const words = wrapText(
      fonts.regular,
      input.current.text,
      wide ? 15 : 13.5,
      textWidth,
      maxLines,
    );
    parts.push(
      textLines(words.slice(0, maxLines), box.x + pad, y + 4, lineHeight, {
        'font-size': wide ? 15 : 13.5,
        fill: t('color-text'),
      }),
    );
  }
  // The axis, at the bottom of the box.
  const ox = box.x;
  const oy = box.y + box.height - plotHeight;
  const g: string[] = [];
  g.push(timelineAxisSvg(layout, input.events, input.current?.id, input.bandLabel, t));
  const cx = layout.x(input.day);
  g.push(
    el('line', {
      x1: cx,
      x2: cx,
      y1: 34,
      y2: layout.baseline + 8,
      stroke: t('color-accent'),
      'stroke-width': 2,
    }),
  );
  g.push(
    el('path', {
      d: `M${cx - 5} ${layout.baseline + 14}L${cx + 5} ${layout.baseline + 14}L${cx} ${layout.baseline + 8}Z`,
      fill: t('color-accent'),
    }),
  );
  parts.push(`<g transform="translate(${ox} ${oy})">${g.join('')}</g>`);
  return parts.join('');
}
