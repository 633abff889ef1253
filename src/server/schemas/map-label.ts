import { z } from 'astro/zod';
import { latitude, longitude } from './place';
import { expecting } from './expecting';
import { idFrom, type IdChoices } from './id-from';

/**
 * A name printed over an area rather than at a point (`content/data/map-labels.json`): countries,
 * seas, regions. Its position is where the label's centre goes, chosen by the graphics desk.
 */
export function mapLabelSchema(viewIds: IdChoices) {
  return z.object({
    /** The text, as printed (countries in capitals by the map's style, not here). */
    text: z
      .string(expecting('the text of the label'))
      .min(2, expecting('the text of the label'))
      .max(40, expecting('at most 40 characters')),
    /** country, sea or region: decides the type style. */
    kind: z.enum(['country', 'sea', 'region'], expecting('country, sea or region')),
    /** Latitude of the label's centre. */
    lat: latitude,
    /** Longitude of the label's centre. */
    lon: longitude,
    /** The views that print it. */
    views: z.array(
      idFrom('a view id from content/data/views.json', viewIds),
      expecting('a list of view ids'),
    ),
  });
}

export type MapLabel = z.infer<ReturnType<typeof mapLabelSchema>>;
