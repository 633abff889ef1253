import { z } from 'astro/zod';
import { expecting } from './expecting';
import { idFrom, type IdChoices } from './id-from';

/** A latitude in decimal degrees, WGS84. */
export const latitude = z
  .number(expecting('a latitude in decimal degrees between -90 and 90, e.g. 33.5102'))
  .min(-90, expecting('a latitude in decimal degrees between -90 and 90, e.g. 33.5102'))
  .max(90, expecting('a latitude in decimal degrees between -90 and 90, e.g. 33.5102'));

/** A longitude in decimal degrees, WGS84, east positive. */
export const longitude = z
  .number(expecting('a longitude in decimal degrees between -180 and 180, e.g. 36.2913'))
  .min(-180, expecting('a longitude in decimal degrees between -180 and 180, e.g. 36.2913'))
  .max(180, expecting('a longitude in decimal degrees between -180 and 180, e.g. 36.2913'));

/**
 * A place on the story's maps (`content/data/places.json`). Ids are snake_case, as in
 * `shared/data/places.csv`, e.g. `port_base`. `kindIds` are the kinds of
 * `content/data/place-kinds.json`.
 */
export function placeSchema(kindIds: IdChoices) {
  return z
    .object({
      /** Full name, as in the source. */
      name: z
        .string(expecting('the full name of the place'))
        .min(2, expecting('the full name of the place')),
      /** Short name the map prints. Mark approximate locations in it, e.g. "Ridge camp (approx.)". */
      label: z
        .string(expecting('a short label of 2 to 32 characters'))
        .min(2, expecting('a short label of 2 to 32 characters'))
        .max(32, expecting('a short label of 2 to 32 characters')),
      /** Shorter label used where the full one does not fit, e.g. "Ridge". Keep "approx." if the label has it. */
      shortLabel: z
        .string(expecting('a short label of 2 to 24 characters, or leave the field out'))
        .min(2, expecting('a short label of 2 to 24 characters'))
        .max(24, expecting('a short label of 2 to 24 characters'))
        .optional(),
      /** Latitude in decimal degrees (WGS84). */
      lat: latitude,
      /** Longitude in decimal degrees (WGS84), east positive. */
      lon: longitude,
      /** What it is: a kind from content/data/place-kinds.json, which decides the symbol and the key. */
      kind: idFrom('a kind from content/data/place-kinds.json', kindIds),
      /**
       * 1 = labelled in every view that contains it (regional maps too); 2 = in country-wide views;
       * 3 = in regional close-ups (the northwest, the coast); 4 = only in the closest views.
       * A view shows the labels whose priority is at most its `maxLabelPriority`.
       */
      labelPriority: z.union(
        [z.literal(1), z.literal(2), z.literal(3), z.literal(4)],
        expecting('1, 2, 3 or 4 (1 = always shown, 4 = only close views)'),
      ),
      /** Where the coordinates come from. */
      source: z
        .string(expecting('the source of the coordinates'))
        .min(3, expecting('the source of the coordinates')),
      /** The record in that source: a GeoNames id, an ICAO code, a DMS coordinate. */
      sourceRef: z
        .string(expecting('the reference in the source, e.g. "geonameid 170654"'))
        .min(1, expecting('the reference in the source, e.g. "geonameid 170654"')),
      /** How sure we are of the location. "low" must say "approx." in its label. */
      confidence: z.enum(['high', 'medium', 'low'], expecting('high, medium or low')),
      /** Anything an editor should know. */
      notes: z.string(expecting('a note, or leave the field out')).optional(),
    })
    .refine(
      (place) =>
        place.confidence !== 'low' ||
        [place.label, place.shortLabel ?? 'approx'].every((label) => /approx/i.test(label)),
      {
        path: ['label'],
        error: (issue) =>
          `got ${JSON.stringify((issue.input as { label?: string }).label)}; expected a label that says "approx." because the confidence is low`,
      },
    );
}

export type Place = z.infer<ReturnType<typeof placeSchema>>;
