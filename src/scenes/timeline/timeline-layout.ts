import { addDays, axisFraction, dayCentre, daysBetween, type Axis, type EventDay } from '../../lib/timeline/timeline-model';

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

export const compact: LayoutSize = { width: 360, height: 150, pad: 14, r: 3.2, labelGap: 40 };
export const roomy: LayoutSize = { width: 900, height: 210, pad: 28, r: 5, labelGap: 56 };

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
  labels: { x: number; day: string; anchor: 'start' | 'middle' | 'end' }[];
  bands: { x0: number; x1: number }[];
}

export function layoutTimeline(size: LayoutSize, axis: Axis, events: readonly EventDay[], milestones: { start: string; end: string }): TimelineLayout {
  const x0 = size.pad;
  const span = size.width - 2 * size.pad;
  const edge = (day: string) => x0 + axisFraction(axis, day) * span;
  const x = (day: string) => x0 + dayCentre(axis, day) * span;
  const baseline = size.height - 34;
  const [first = '', , last = ''] = axis.days;

  // Events on the same day stack upwards, in file order, so a busy day (December 8) reads as busy.
  const perDay = new Map<string, number>();
  const marks = events.map((event) => {
    const level = perDay.get(event.date) ?? 0;
    perDay.set(event.date, level + 1);
    const cy = baseline - 8 - size.r - level * (2 * size.r + 2);
    return { id: event.id, cx: x(event.date), cy, ...(event.dateTo ? { x2: x(event.dateTo) } : {}) };
  });

  const ticks = Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => {
    const day = addDays(first, i);
    return { x: edge(day), major: day.endsWith('-01') || day === milestones.start || day === addDays(milestones.end, 1) };
  });

  // Date labels by priority (the offensive's first and last days, month starts, the last event),
  // each kept only if it leaves room to those already placed.
  const lastEvent = events.at(-1)?.date ?? last;
  const wanted = [milestones.start, milestones.end, lastEvent, ...ticks.map((_, i) => addDays(first, i)).filter((day) => day.endsWith('-01') || day.endsWith('-15'))];
  const labels: TimelineLayout['labels'] = [];
  for (const day of wanted) {
    const at = x(day);
    if (labels.some((label) => Math.abs(label.x - at) < size.labelGap)) continue;
    const anchor = at < x0 + size.labelGap / 2 ? 'start' : at > size.width - size.pad - size.labelGap / 2 ? 'end' : 'middle';
    labels.push({ x: at, day, anchor });
  }

  const bands = [
    { x0: edge(milestones.start), x1: edge(addDays(milestones.end, 1)) },
    { x0: edge(addDays(milestones.end, 1)), x1: edge(last) },
  ];
  return { size, baseline, x, marks, ticks, labels, bands };
}
