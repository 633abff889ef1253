import { utcDay, utcMonth } from 'd3-time';
import { formatDayRange } from '../../../shared/format-date';
import { addDays, dayDate, isoDay } from '../../../shared/days';
import { dayMiddle, dayStart, timeScale } from '../time-scale';
import type { Axis, EventDay } from '../timeline-model';

/**
 * Where the timeline's marks go in one SVG of a given size, computed at build. The scene draws
 * two: compact for phones, roomy for desktops (text in an SVG scales with it, so one drawing
 * cannot suit both).
 */
export interface LayoutSize {
  width: number;
  height: number;
  /** Space left and right of the axis. */
  pad: number;
  /** Radius of an event mark. */
  r: number;
  /** Least room between two date labels. */
  labelGap: number;
}

/**
 * The drawings' shapes: the scene sizes each to the space it has (as wide as it can be, or as tall,
 * TimelineScene.astro), so these set the shape the chart fills on a phone above its card band
 * and in a desktop's pane, and the size of its text.
 */
export const compact: LayoutSize = { width: 360, height: 250, pad: 14, r: 4.5, labelGap: 40 };
/** For a phone's chart with little height (a short screen, or a tall card band). */
export const short: LayoutSize = { width: 360, height: 170, pad: 14, r: 3.8, labelGap: 40 };
export const roomy: LayoutSize = { width: 900, height: 440, pad: 28, r: 7, labelGap: 56 };

/** Where the marks' stacks may rise to: below the bands' labels at the top. */
const stackTop = 44;

export interface EventMark {
  id: string;
  cx: number;
  cy: number;
  /** For an event over several days, where its bar ends. */
  x2?: number;
}

export interface TimelineLayout {
  size: LayoutSize;
  baseline: number;
  x: (day: string) => number;
  marks: EventMark[];
  ticks: { x: number; major: boolean }[];
  /** `text` is the label as drawn ("Nov 27"); `year` is set on the first label and on the first of
   *  each new year, so the axis is dated. The page and the step images draw these same words. */
  labels: {
    x: number;
    day: string;
    text: string;
    anchor: 'start' | 'middle' | 'end';
    year?: string;
  }[];
  bands: { x0: number; x1: number }[];
}

/** The days the axis dates: the first and the fifteenth of each month. */
const halfMonths = utcDay.filter((date) => date.getUTCDate() === 1 || date.getUTCDate() === 15);

export function layoutTimeline(
  size: LayoutSize,
  axis: Axis,
  events: readonly EventDay[],
  milestones: { start: string; end: string },
): TimelineLayout {
  const x0 = size.pad;
  const scale = timeScale(axis, [x0, size.width - size.pad]);
  const edge = (day: string) => dayStart(scale, day);
  const x = (day: string) => dayMiddle(scale, day);
  const baseline = size.height - 34;
  const afterEnd = addDays(milestones.end, 1);

  // Events on the same day stack upwards, in file order, so a busy day reads as busy. The stacks are
  // spaced to rise into the height the drawing has (the busiest day reaching near the top), but
  // never further apart than twice a mark's width, nor closer than touching.
  const perDay = new Map<string, number>();
  for (const event of events) perDay.set(event.date, (perDay.get(event.date) ?? 0) + 1);
  const busiest = Math.max(1, ...perDay.values());
  const room = baseline - 8 - size.r - stackTop;
  const step = Math.min(4 * size.r, Math.max(2 * size.r + 2, room / Math.max(1, busiest - 1)));
  perDay.clear();
  const marks = events.map((event) => {
    const level = perDay.get(event.date) ?? 0;
    perDay.set(event.date, level + 1);
    const cy = baseline - 8 - size.r - level * step;
    return {
      id: event.id,
      cx: x(event.date),
      cy,
      ...(event.dateTo ? { x2: x(event.dateTo) } : {}),
    };
  });

  // A tick a day; longer at month starts and at the period's edges.
  const majors = new Set(
    [...scale.ticks(utcMonth), dayDate(milestones.start), dayDate(afterEnd)].map(Number),
  );
  const ticks = scale.ticks(utcDay).map((date) => ({ x: scale(date), major: majors.has(+date) }));

  // Date labels by priority (the period's first and last days, the last event, the first and
  // fifteenth of each month), each kept only if it leaves room to those already placed.
  const lastEvent = events.at(-1)?.date ?? milestones.end;
  const wanted = [
    milestones.start,
    milestones.end,
    lastEvent,
    ...scale.ticks(halfMonths).map(isoDay),
  ];
  const labels: TimelineLayout['labels'] = [];
  // A label is about `labelGap` wide; its extent depends on its anchor (an end-anchored label at the
  // axis's right end reaches left by its whole width), so labels are kept apart by their extents.
  const extent = (at: number, anchor: 'start' | 'middle' | 'end') => {
    const left =
      anchor === 'start' ? at : anchor === 'end' ? at - size.labelGap : at - size.labelGap / 2;
    return [left, left + size.labelGap] as const;
  };
  const placed: (readonly [number, number])[] = [];
  for (const day of wanted) {
    const at = x(day);
    const anchor =
      at < x0 + size.labelGap / 2
        ? 'start'
        : at > size.width - size.pad - size.labelGap / 2
          ? 'end'
          : 'middle';
    const [left, right] = extent(at, anchor);
    if (placed.some(([l, r]) => left < r && right > l)) continue;
    placed.push([left, right]);
    labels.push({ x: at, day, text: formatDayRange(day, day, { short: true }), anchor });
  }

  labels.sort((a, b) => a.x - b.x);
  labels.forEach((label, i) => {
    const year = label.day.slice(0, 4);
    if (i === 0 || labels[i - 1]?.day.slice(0, 4) !== year) label.year = year;
  });

  const bands = [
    { x0: edge(milestones.start), x1: edge(afterEnd) },
    { x0: edge(afterEnd), x1: scale.range().at(-1) ?? x0 },
  ];
  return { size, baseline, x, marks, ticks, labels, bands };
}
