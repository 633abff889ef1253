import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { dayDate } from '../../shared/days';
import type { Axis } from './timeline-model';

/**
 * The timeline's axis as a d3 piecewise time scale, at build: each of the axis's days maps to its
 * share of the range, linearly between them (the period's days wide, the weeks after
 * compressed), clamped so dates outside the span sit at its ends.
 */
export function timeScale(
  axis: Axis,
  [x0, x1]: readonly [number, number],
): ScaleTime<number, number> {
  return scaleUtc()
    .domain(axis.days.map(dayDate))
    .range(axis.at.map((share) => x0 + share * (x1 - x0)))
    .clamp(true);
}

/** Where a day begins on the scale. */
export const dayStart = (scale: ScaleTime<number, number>, day: string): number =>
  scale(dayDate(day));

/** The middle of a day on the scale, where its event marks and the cursor sit. */
export function dayMiddle(scale: ScaleTime<number, number>, day: string): number {
  const start = dayDate(day);
  return (scale(start) + scale(utcDay.offset(start, 1))) / 2;
}

/**
 * Where the middle of each of `days` sits, as a share of the axis (0 to 1, rounded): what the
 * browser needs to move the cursor, so it does no date arithmetic of its own.
 */
export function dayShares(axis: Axis, days: Iterable<string>): Record<string, number> {
  const scale = timeScale(axis, [0, 1]);
  return Object.fromEntries(
    [...new Set(days)].sort().map((day) => [day, Math.round(dayMiddle(scale, day) * 1e5) / 1e5]),
  );
}
