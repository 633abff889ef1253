import { z } from 'astro/zod';
import { figure } from './aircraft';
import { expecting } from './expecting';
import { siteFields } from './site-fields';

/**
 * An airfield the story draws aircraft on (`content/data/airfields.json`): its runway's published
 * length and width, each with its source, and when those figures date from. No open outline of an
 * apron is used, so `basis` says in the reader's words what the schematic drawing rests on, and
 * `later` notes a sourced change since the figures' date.
 */
export function airfieldSchema(placeIds: readonly string[], sourceIds: readonly string[]) {
  const { id, place, sourceId } = siteFields('north-field', placeIds, sourceIds);
  return z
    .object({
      id,
      /** The site on the map, whose imagery (content/data/imagery.json) is drawn on this airfield. */
      place,
      name: z
        .string(expecting('the name printed on the drawing, e.g. "North Field air base"'))
        .min(3, expecting('the name printed on the drawing')),
      runway: z
        .object(
          {
            length: figure("the runway's length", 'm', sourceIds),
            width: figure("the runway's width", 'm', sourceIds),
            /** The date the figures describe (not the date the source was published), YYYY or YYYY-MM. */
            asOf: z
              .string(expecting('when the figures date from, as YYYY or YYYY-MM'))
              .regex(
                /^\d{4}(-(0[1-9]|1[0-2]))?$/,
                expecting('when the figures date from, as YYYY or YYYY-MM'),
              ),
            /** Where the figures come from, as the caption names it, e.g. "the national aeronautical publication". */
            origin: z
              .string(
                expecting(
                  'who published the figures, e.g. "the national aeronautical publication"',
                ),
              )
              .min(3, expecting('who published the figures')),
          },
          {
            error: (issue) =>
              `got ${issue.input === undefined ? 'nothing (the field is missing)' : JSON.stringify(issue.input)}; expected the runway's "length" and "width" (each { "value": ..., "unit": "m", "source": "..." }), "asOf" and "origin"`,
          },
        )
        .strict(),
      later: z
        .object(
          {
            text: z
              .string(expecting('one sentence on what changed since'))
              .min(10, expecting('one sentence on what changed since')),
            source: sourceId,
          },
          expecting('{ "text": "...", "source": "..." }, or leave the field out'),
        )
        .strict()
        .optional(),
      basis: z
        .string(expecting('one sentence saying what the schematic drawing is based on'))
        .min(20, expecting('one sentence saying what the schematic drawing is based on')),
    })
    .strict();
}

export type Airfield = z.infer<ReturnType<typeof airfieldSchema>>;
