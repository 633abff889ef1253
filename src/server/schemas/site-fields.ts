import { z } from 'astro/zod';
import { expecting, expectingOneOf } from './expecting';

/**
 * The fields an entry about one site shares (`airfields.json`, `imagery.json`): its own id, the
 * place on the map it is about, and the schema of a source id its figures cite.
 */
export function siteFields(
  idExample: string,
  placeIds: readonly string[],
  sourceIds: readonly string[],
) {
  return {
    id: z
      .string(expecting(`an id, e.g. "${idExample}"`))
      .regex(/^[a-z0-9-]+$/, expecting('an id of lower-case letters, digits and dashes')),
    place: z.enum(
      placeIds as [string, ...string[]],
      expectingOneOf('a place id from content/data/places.json', placeIds),
    ),
    sourceId: z.enum(
      sourceIds as [string, ...string[]],
      expectingOneOf('a source id from content/data/sources.json', sourceIds),
    ),
  };
}
