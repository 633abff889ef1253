import { z } from 'astro/zod';
import { expecting } from './expecting';

const position = z.tuple(
  [z.number().min(-180).max(180), z.number().min(-90).max(90)],
  expecting('a position [longitude, latitude] in degrees'),
);
const ring = z
  .array(position, expecting('a ring of positions'))
  .min(4, expecting('a closed ring of at least 4 positions'));

/**
 * One first-level subdivision (province, governorate) of a country the story maps, a GeoJSON
 * feature in `content/data/geo/subdivisions.geojson`. The map draws only the lines between them.
 */
export const governorateSchema = z.object({
  type: z.literal('Feature', expecting('"Feature"')),
  properties: z.object({
    /** Name, e.g. "Northern Province". */
    shapeName: z.string(expecting('the subdivision name')),
    /** ISO 3166-2 code, e.g. "PER-LIM"; also the entry id. */
    shapeISO: z
      .string(expecting('an ISO 3166-2 code such as "PER-LIM"'))
      .regex(/^[A-Z]{2,3}-[A-Z0-9]{1,3}$/, expecting('an ISO 3166-2 code such as "PER-LIM"')),
  }),
  geometry: z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
      z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
    ],
    expecting('a Polygon or MultiPolygon geometry'),
  ),
});

export type Governorate = z.infer<typeof governorateSchema>;
