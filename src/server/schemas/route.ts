import { z } from 'astro/zod';
import { expecting, expectingOneOf } from './expecting';
import { idFrom, type IdChoices } from './id-from';
import { latitude, longitude } from './place';

export const routeKinds = ['reported', 'schematic'] as const;
export const confidences = ['high', 'medium', 'low'] as const;

/**
 * A route drawn on the map (`content/data/routes.json`), e.g. a leader's flight. Each stop names a
 * place from places.json and the source that puts the route there, so the line on the map never
 * says more than the sources: where the record is silent (which airfield), the route stops at
 * what is known (the city) and the caveat says so.
 */
export function routeSchema(placeIds: IdChoices, sourceIds: IdChoices) {
  const waypoint = z
    .object(
      {
        /** A place id from places.json. */
        place: idFrom('a place id from content/data/places.json', placeIds),
        /** When, in the source's own words, e.g. "the morning of 8 December". */
        time: z
          .string(expecting('the time as the source gives it, or leave the field out'))
          .min(3, expecting('the time as the source gives it'))
          .optional(),
        /** The source that places the route here. */
        source: idFrom('a source id from content/data/sources.json', sourceIds),
        /** How sure the sources are that the route passed here. */
        confidence: z.enum(confidences, expectingOneOf('how sure the sources are', confidences)),
        /** Anything a reader should know about this stop. */
        note: z.string(expecting('a note, or leave the field out')).optional(),
        /**
         * Points [longitude, latitude] the line passes through on its way to this stop, for a
         * schematic route that must cross the regions a source names (over one country, south of an island)
         * rather than take the great circle. Drawing points, not stops: the caveat says so.
         */
        via: z
          .array(
            z.tuple(
              [longitude, latitude],
              expecting('a point written as [longitude, latitude], e.g. [44.0, 35.6]'),
            ),
            expecting('a list of [longitude, latitude] points'),
          )
          .min(1, expecting('at least one [longitude, latitude] point, or leave the field out'))
          .optional(),
      },
      {
        error: () =>
          'expected a waypoint written as { "place": ..., "source": ..., "confidence": ... }',
      },
    )
    .strict();
  return z
    .object({
      /** What the legend and the text alternative call it. */
      title: z
        .string(expecting('a title, e.g. "The envoy\'s flight, 14 May 2031"'))
        .min(5, expecting('a title, e.g. "The envoy\'s flight, 14 May 2031"')),
      /** reported: the path as sources give it; schematic: only the stops are sourced, the line between them is not. */
      kind: z.enum(routeKinds, expectingOneOf('how the line itself is known', routeKinds)),
      /** The stops in order, at least two. */
      waypoints: z
        .array(waypoint, expecting('a list of at least two waypoints'))
        .min(2, expecting('a list of at least two waypoints')),
      /** "aircraft": an aircraft symbol rides the line's drawn end as the reader scrolls. */
      symbol: z
        .enum(
          ['aircraft'],
          expectingOneOf('a symbol to move along the line, or leave the field out', ['aircraft']),
        )
        .optional(),
      /** Print the length of the line as drawn beside the straight line from first to last stop. */
      compareDistance: z
        .boolean(
          expecting(
            'true to compare the drawn length with the direct line, or leave the field out',
          ),
        )
        .optional(),
      /** What the line does not show, in one or two sentences the map prints. */
      caveat: z
        .string(expecting('one or two sentences on what the line does not show'))
        .min(10, expecting('one or two sentences on what the line does not show')),
    })
    .superRefine((route, context) => {
      if (route.waypoints[0]?.via) {
        context.addIssue({
          code: 'custom',
          path: ['waypoints', 0, 'via'],
          input: route.waypoints[0].via,
          message:
            'got points before the first stop; expected "via" only on a later stop (the points the line passes on its way there)',
        });
      }
    });
}

export type Route = z.infer<ReturnType<typeof routeSchema>>;
