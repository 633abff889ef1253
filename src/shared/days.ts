import { utcDay } from 'd3-time';

/**
 * Calendar days as the story writes them (YYYY-MM-DD), counted in UTC with d3-time so that no
 * reader's time zone shifts them. Every day count and day offset of the site goes through here.
 */

/** The day's first instant, UTC. */
export const dayDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The YYYY-MM-DD of the UTC day `date` falls in. */
export const isoDay = (date: Date): string => utcDay.floor(date).toISOString().slice(0, 10);

/** The day `days` after `day` (before it, if negative). */
export const addDays = (day: string, days: number): string =>
  isoDay(utcDay.offset(dayDate(day), days));

/** How many days from `from` to `to`: 0 for the same day, negative if `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  utcDay.count(dayDate(from), dayDate(to));

/** Every day from `from` to `to`, both included. */
export const daysFrom = (from: string, to: string): string[] =>
  utcDay.range(dayDate(from), utcDay.offset(dayDate(to), 1)).map(isoDay);
