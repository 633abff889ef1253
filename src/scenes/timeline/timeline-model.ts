import { addDays, daysBetween } from '../../shared/days';

/**
 * The timeline's model, shared by the build (which lays out the axis, time-scale.ts) and the
 * browser (which names the day and the event shown). Dates are whole days, YYYY-MM-DD (days.ts).
 */
export interface EventDay {
  id: string;
  date: string;
  dateTo?: string | undefined;
}

/** The stops of a piecewise time axis: `days[i]` sits at share `at[i]` of the axis (time-scale.ts). */
export interface Axis {
  days: string[];
  at: number[];
}

/**
 * The axis for the story: from the day before the period (a source may date its start a day
 * earlier) to the last event. The period's days get `periodShare` of the width although they
 * may be a small part of the span: that is where the events crowd. The scene marks the change of
 * scale so no reader mistakes it for an even one.
 */
export function storyAxis(
  first: string,
  periodEnd: string,
  last: string,
  periodShare = 0.56,
): Axis {
  return {
    days: [addDays(first, -1), addDays(periodEnd, 1), addDays(last, 1)],
    at: [0, periodShare, 1],
  };
}

/**
 * The event to emphasise on `day`: the one a step names, else the latest event that has begun
 * by that day (a range of days, such as 7–8 May, counts from its first day).
 */
export function eventOn<E extends EventDay>(
  events: readonly E[],
  day: string,
  named?: string,
): E | undefined {
  if (named) {
    const found = events.find((event) => event.id === named);
    if (found) return found;
  }
  let latest: E | undefined;
  for (const event of events) if (event.date <= day) latest = event;
  return latest ?? events[0];
}

/**
 * The period a story counts its days from (its frontmatter's `dayCountOf`, e.g. "siege"),
 * with its first and last days (the timeline's milestones).
 */
export interface Period {
  start: string;
  end: string;
  name: string;
}

/** The story's counted period (its `dayCountOf` over the milestones), or undefined: no day counts. */
export function storyPeriod(
  milestones: { start: string; end: string },
  dayCountOf: string | undefined,
): Period | undefined {
  return dayCountOf ? { ...milestones, name: dayCountOf } : undefined;
}

/** The period's length in days, its first and last days included. */
export const periodLength = ({ start, end }: { start: string; end: string }): number =>
  daysBetween(start, end) + 1;

/** "Day 5 of 12" inside the period; before and after it, how far from it. */
export function periodDayLabel(day: string, period: Period): string {
  const { start, name } = period;
  const length = periodLength(period);
  const n = daysBetween(start, day) + 1;
  if (n < 1) return n === 0 ? `The day before the ${name}` : `${1 - n} days before the ${name}`;
  if (n <= length) return `Day ${n} of ${length}`;
  const after = n - length;
  return `${after} ${after === 1 ? 'day' : 'days'} after the ${length}-day ${name}`;
}

/** Days after the period past which a step's card gives the date alone. */
const laterThan = 60;

/**
 * The day count for a step's date or range: one label for one day, "Days 2–4 of 12" for a range
 * inside the period, "6–18 days after" for one outside it, else the two ends' labels joined.
 */
export function periodDaysLabel(from: string, to: string, period: Period): string {
  const { start, end, name } = period;
  // Months later a count of days says less than the date beside it.
  if (daysBetween(end, from) > laterThan) return '';
  const first = periodDayLabel(from, period);
  if (from === to) return first;
  const last = periodDayLabel(to, period);
  const length = periodLength(period);
  const a = daysBetween(start, from) + 1;
  const b = daysBetween(start, to) + 1;
  if (a >= 1 && b <= length) return `Days ${a}–${b} of ${length}`;
  // Both ends on the same side of the period: one phrase, "6–18 days after the 12-day siege".
  if (a > length) return `${a - length}–${b - length} days after the ${length}-day ${name}`;
  if (b < 1) return `${1 - b}–${1 - a} days before the ${name}`;
  return first === last ? first : `${first} to ${last.charAt(0).toLowerCase()}${last.slice(1)}`;
}
