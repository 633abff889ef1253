import { z } from 'astro/zod';
import { expecting } from './expecting';
import { idFrom, type IdChoices } from './id-from';

/**
 * A short, sourced note on a site (`content/data/base-notes.json`), shown beside the map
 * when a step names it in `notes`: what the site is and since when, in words the sources support.
 * The id is the place's id in places.json.
 */
export function baseNoteSchema(placeIds: IdChoices, sourceIds: IdChoices) {
  return z
    .object({
      id: idFrom('a place id from content/data/places.json', placeIds),
      /** One or two sentences: what it is, since when. */
      text: z
        .string(expecting('one or two sentences: what the site is, since when'))
        .min(20, expecting('one or two sentences: what the site is, since when'))
        .max(200, expecting('at most 200 characters: the note sits on the map')),
      /** The sources behind the note, at least one. */
      sources: z
        .array(
          idFrom('a source id from content/data/sources.json', sourceIds),
          expecting('a list of source ids'),
        )
        .min(1, expecting('at least one source id')),
    })
    .strict();
}

export type BaseNote = z.infer<ReturnType<typeof baseNoteSchema>>;
