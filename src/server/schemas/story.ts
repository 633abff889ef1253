import { z } from 'astro/zod';
import { expecting } from './expecting';
import { idFrom, type IdChoices } from './id-from';

/** A date and time with its zone, e.g. 2031-05-14T14:00:00+03:00 or 2031-05-14T11:00:00Z. */
const zonedDateTime = (what: string) =>
  z.iso.datetime({
    offset: true,
    ...expecting(`${what} as date, time and time zone, e.g. 2031-05-14T14:00:00+03:00`),
  });

const update = z.object({
  /** When the change was made, with time zone. */
  date: zonedDateTime('the date of the update'),
  /** What changed, for readers: "Added …", "Corrected …". */
  text: z
    .string(expecting('a sentence saying what changed'))
    .min(10, expecting('a sentence saying what changed')),
});

/**
 * The frontmatter of a story. `sourceIds` are checked against `content/data/sources.json` and
 * `countries` against the names world-atlas gives, so a typo names the valid choices.
 */
export function storySchema(sourceIds: IdChoices, countries: IdChoices) {
  const sourceId = idFrom('a source id from content/data/sources.json', sourceIds);
  const kicker = 'a kicker of 3 to 60 characters, e.g. "Peru, March 2031"';
  return z
    .object({
      /** The line above the headline, e.g. "Peru, March 2031"; none when left out. */
      kicker: z
        .string(expecting(kicker))
        .min(3, expecting(kicker))
        .max(60, expecting(kicker))
        .optional(),
      /** The country the maps emphasise (drawn lighter, with a heavier outline), as Natural Earth names it. */
      focusCountry: idFrom(
        'the country the maps emphasise, as Natural Earth (world-atlas) names it',
        countries,
      ),
      /** The headline: one line, said plainly. */
      headline: z
        .string(expecting('a headline of 10 to 140 characters'))
        .min(10, expecting('a headline of 10 to 140 characters'))
        .max(140, expecting('a headline of 10 to 140 characters')),
      /** The standfirst under the headline: one or two sentences. */
      dek: z
        .string(expecting('a dek (standfirst) of 20 to 300 characters'))
        .min(20, expecting('a dek (standfirst) of 20 to 300 characters'))
        .max(300, expecting('a dek (standfirst) of 20 to 300 characters')),
      /** Who wrote it, as printed after "By". */
      byline: z
        .string(expecting('the byline, e.g. "The Graphics Desk"'))
        .min(2, expecting('the byline, e.g. "The Graphics Desk"')),
      /** Where the reporting credit goes, printed under the byline. */
      credit: z
        .string(expecting('a sentence crediting the reporting the story is based on'))
        .min(10, expecting('a sentence crediting the reporting the story is based on')),
      /** First publication, with time zone. */
      published: zonedDateTime('the publication date'),
      /** Last substantive change, with time zone; not earlier than `published`. */
      updated: zonedDateTime('the date of the last update'),
      /** One or two sentences for social cards and search results (at most 200 characters). */
      summary: z
        .string(expecting('a summary of 40 to 200 characters'))
        .min(40, expecting('a summary of 40 to 200 characters'))
        .max(200, expecting('a summary of 40 to 200 characters')),
      /**
       * What dated steps count days from, in the card's header: "siege" gives "Day 5 of 12" and
       * "3 days after the 12-day siege" (its days are the timeline's milestones). Left out: no count.
       */
      dayCountOf: z
        .string(expecting('one or two words naming the period counted, e.g. "siege"'))
        .regex(
          /^[a-z][a-z -]{2,30}$/,
          expecting('one or two words in lower case naming the period counted, e.g. "siege"'),
        )
        .optional(),
      /** The sources this story cites, in the order the source list shows them. */
      sources: z
        .array(sourceId, expecting('a list of source ids'))
        .min(1, expecting('at least one source id')),
      /** Dated changes after publication, newest last. */
      updates: z.array(update, expecting('a list of { date, text } entries')).default([]),
      /** Serve this story at the site's root (`/`). Exactly one published story has it. */
      home: z.boolean(expecting('true or false')).default(false),
      /** Keep this story out of production builds (demo and test stories). */
      draft: z.boolean(expecting('true or false')).default(false),
    })
    .refine((story) => Date.parse(story.updated) >= Date.parse(story.published), {
      path: ['updated'],
      error: (issue) =>
        `got ${JSON.stringify((issue.input as { updated?: string }).updated)}; expected a date not earlier than "published"`,
    });
}

export type Story = z.infer<ReturnType<typeof storySchema>>;
