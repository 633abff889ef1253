import { z } from 'astro/zod';
import { didYouMean } from './did-you-mean';
import { expecting, showValue } from './expecting';

/** Coordinates of the places a view may name, by id. */
export type PlaceCoordinates = ReadonlyMap<string, { lat: number; lon: number }>;

const corner = z.tuple(
  [
    z
      .number(expecting('a longitude in degrees'))
      .min(-180, expecting('a longitude between -180 and 180'))
      .max(180, expecting('a longitude between -180 and 180')),
    z
      .number(expecting('a latitude in degrees'))
      .min(-85, expecting('a latitude between -85 and 85'))
      .max(85, expecting('a latitude between -85 and 85')),
  ],
  expecting('a corner as [longitude, latitude] in degrees'),
);

function guessOf(id: string, places: PlaceCoordinates): string {
  const guess = didYouMean(id, [...places.keys()]);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

/**
 * A named view of the map (`content/data/views.json`): a geographic rectangle the map fits to its
 * box, whatever the box's aspect ratio. Ids are kebab-case, e.g. `coast-to-capital`.
 */
/** `places` may be a function that reads the current file (see live-file.ts). */
export function viewSchema(placesNow: PlaceCoordinates | (() => PlaceCoordinates)) {
  return z
    .object({
      /** What the view shows, for editors and the map's accessible description. */
      title: z
        .string(expecting('a title of 5 to 80 characters'))
        .min(5, expecting('a title of 5 to 80 characters'))
        .max(80, expecting('a title of 5 to 80 characters')),
      /** [[west, south], [east, north]] in degrees; the map keeps all of it visible. */
      bounds: z.tuple([corner, corner], expecting('[[west, south], [east, north]] in degrees')),
      /** "high": Natural Earth 1:10m and governorate lines (a country and closer); "low": 1:50m. */
      detail: z.enum(
        ['high', 'low'],
        expecting('"high" (a country and closer) or "low" (regional)'),
      ),
      /** Show the labels of places whose labelPriority is at most this (1 to 4). */
      maxLabelPriority: z
        .int(expecting('a whole number from 1 to 4'))
        .min(1, expecting('a whole number from 1 to 4'))
        .max(4, expecting('a whole number from 1 to 4')),
      /** Places the view is about: they must lie inside the bounds, and are labelled first. */
      keyPlaces: z
        .array(z.string(expecting('a place id')), expecting('a list of place ids'))
        .default([]),
    })
    .superRefine((view, ctx) => {
      const places = typeof placesNow === 'function' ? placesNow() : placesNow;
      const [[west, south], [east, north]] = view.bounds;
      if (west >= east) {
        ctx.addIssue({
          code: 'custom',
          path: ['bounds'],
          message: `got west ${west} and east ${east}; expected west < east (the rectangle is inside out or empty)`,
        });
      }
      if (south >= north) {
        ctx.addIssue({
          code: 'custom',
          path: ['bounds'],
          message: `got south ${south} and north ${north}; expected south < north (the rectangle is inside out or empty)`,
        });
      }
      view.keyPlaces.forEach((id, index) => {
        const place = places.get(id);
        if (!place) {
          ctx.addIssue({
            code: 'custom',
            path: ['keyPlaces', index],
            message: `got ${showValue(id)}${guessOf(id, places)}; expected a place id from content/data/places.json: ${[...places.keys()].join(', ')}`,
          });
          return;
        }
        if (Number.isNaN(place.lat) || Number.isNaN(place.lon)) return;
        if (place.lon < west || place.lon > east || place.lat < south || place.lat > north) {
          ctx.addIssue({
            code: 'custom',
            path: ['keyPlaces', index],
            message: `got ${showValue(id)} at ${place.lon}, ${place.lat}; expected a place inside the view's bounds [[${west}, ${south}], [${east}, ${north}]]`,
          });
        }
      });
    });
}

export type View = z.infer<ReturnType<typeof viewSchema>>;
