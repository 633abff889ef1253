import { z } from 'astro/zod';
import { expecting, expectingOneOf } from './expecting';
import { siteFields } from './site-fields';

/**
 * What satellite imagery of a site showed, as sources describe it (`content/data/imagery.json`):
 * its date and provider in the sources' words and the aircraft counted. A count one source gives
 * and another does not is marked `disputed`, and the page says so instead of picking one.
 */
export function imagerySchema(
  placeIds: readonly string[],
  sourceIds: readonly string[],
  aircraftIds: readonly string[],
) {
  const types = [...aircraftIds, 'unknown'];
  const { id, place, sourceId } = siteFields('north-field-2031-05-14', placeIds, sourceIds);
  return z
    .object({
      id,
      place,
      date: z
        .string(expecting('the date of the imagery as YYYY-MM-DD'))
        .regex(/^\d{4}-\d\d-\d\d$/, expecting('the date of the imagery as YYYY-MM-DD')),
      /** Who took the pictures, as the source says; "not named in the report" when it does not. */
      provider: z
        .string(
          expecting('the imagery provider as the source names it, or "not named in the report"'),
        )
        .min(3, expecting('the imagery provider')),
      source: sourceId,
      summary: z
        .string(expecting('one sentence on what the imagery showed'))
        .min(10, expecting('one sentence on what the imagery showed')),
      aircraft: z
        .array(
          z
            .object({
              type: z.enum(
                types as [string, ...string[]],
                expectingOneOf(
                  'an aircraft id from content/data/aircraft.json, or "unknown"',
                  types,
                ),
              ),
              count: z
                .number(expecting('how many, a whole number from 1'))
                .int(expecting('a whole number'))
                .min(1, expecting('a whole number from 1')),
              source: sourceId,
              disputed: z
                .boolean(
                  expecting('true when sources disagree on this count, or leave the field out'),
                )
                .optional(),
              note: z
                .string(expecting('a short note, or leave the field out'))
                .min(3, expecting('a short note'))
                .optional(),
            })
            .strict(),
          expecting('a list of the aircraft counted'),
        )
        .min(1, expecting('at least one aircraft')),
    })
    .strict();
}

export type Imagery = z.infer<ReturnType<typeof imagerySchema>>;
