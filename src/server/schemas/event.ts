import { z } from 'astro/zod';
import { expecting, expectingOneOf } from './expecting';
import { idFrom, type IdChoices } from './id-from';

/**
 * One dated event of the story's timeline (`content/data/events.json`). Ids are kebab-case, e.g.
 * `city-falls`. Places and sources are checked against their files, so a typo names the choices.
 */
const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar day: the pattern alone would let "2031-11-31" through. */
export function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return isoDay.test(day) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
}

const calendarDay = (what: string) =>
  z
    .string(expecting(`${what} as YYYY-MM-DD, e.g. "2031-05-14"`))
    .refine(isCalendarDay, expecting(`${what}: a real day as YYYY-MM-DD, e.g. "2031-05-14"`));

export const confidenceLevels = ['high', 'medium', 'low'] as const;
export const milestones = ['period-start', 'period-end'] as const;

export function eventSchema(placeIds: IdChoices, sourceIds: IdChoices) {
  const placeId = idFrom('a place id from content/data/places.json', placeIds);
  const sourceId = idFrom('a source id from content/data/sources.json', sourceIds);
  return z
    .object({
      /** Kebab-case, e.g. "city-falls": the anchor (#event-city-falls) and what a step's `event` names. */
      id: z
        .string(expecting('an id such as "city-falls"'))
        .regex(
          /^[a-z][a-z0-9-]*$/,
          expecting('an id such as "city-falls" (lower case, digits, dashes)'),
        ),
      /** The day it happened (as the sources date it, local to where it happened unless `timeZone` says). */
      date: calendarDay('the day of the event'),
      /** The last day, for an event that spans days (a city taken from 7 to 8 May). */
      dateTo: calendarDay('the last day of the event').optional(),
      /** The time, where a source gives one, as HH:MM in `timeZone`. */
      time: z
        .string(expecting('a time as HH:MM, e.g. "01:55"'))
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, expecting('a time as HH:MM, e.g. "01:55"'))
        .optional(),
      /** The zone of `time`, e.g. "UTC" or "Europe/Paris". */
      timeZone: z
        .string(expecting('a time zone, e.g. "UTC"'))
        .min(3, expecting('a time zone, e.g. "UTC"'))
        .optional(),
      /** A headline of a few words. */
      title: z
        .string(expecting('a title of 3 to 60 characters'))
        .min(3, expecting('a title of 3 to 60 characters'))
        .max(60, expecting('a title of 3 to 60 characters')),
      /** One or two sentences in our own words. */
      text: z
        .string(expecting('one or two sentences of 20 to 280 characters'))
        .min(20, expecting('one or two sentences of 20 to 280 characters'))
        .max(280, expecting('one or two sentences of 20 to 280 characters')),
      /** Where it happened (may be empty, e.g. for a phone call). */
      places: z.array(placeId, expecting('a list of place ids, e.g. ["north_gate"], or []')),
      /** Who reports it: at least one source the story lists. */
      sources: z
        .array(sourceId, expecting('a list of source ids'))
        .min(1, expecting('at least one source id: every event needs a source')),
      /** How sure the sources are: high (several agree or official), medium (one outlet or an interested party), low. */
      confidence: z.enum(
        confidenceLevels,
        expectingOneOf('how sure the sources are', confidenceLevels),
      ),
      /** What the sources disagree on, said plainly; shown to readers. */
      conflict: z
        .string(expecting('a sentence on what the sources disagree about'))
        .min(10, expecting('a sentence on what the sources disagree about'))
        .optional(),
      /** The events that bound the story's period, shaded on the timeline and counted ("Day 5 of 12"). */
      milestone: z
        .enum(
          milestones,
          expectingOneOf('the first or last day of the period the timeline shades', milestones),
        )
        .optional(),
    })
    .strict()
    .refine((event) => !event.dateTo || event.dateTo > event.date, {
      path: ['dateTo'],
      error: (issue) =>
        `got ${JSON.stringify((issue.input as { dateTo?: string }).dateTo)}; expected a day after "date"`,
    })
    .refine((event) => !event.time === !event.timeZone, {
      path: ['timeZone'],
      error: 'expected "time" and "timeZone" together: a time means nothing without its zone',
    });
}

export type TimelineEvent = z.infer<ReturnType<typeof eventSchema>>;
