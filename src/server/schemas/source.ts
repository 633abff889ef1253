import { z } from 'astro/zod';
import { expecting } from './expecting';

/** One source the story draws on. Ids are kebab-case, e.g. `dailyrecord-2031-05-14`. */
export const sourceSchema = z.object({
  /** Who published it: "The Daily Record", a news agency, a research institute. */
  publisher: z
    .string(expecting('the publisher, e.g. "The Daily Record"'))
    .min(2, expecting('the publisher, e.g. "The Daily Record"')),
  /** The headline or title of the piece, as published. */
  title: z.string(expecting('the title of the piece')).min(3, expecting('the title of the piece')),
  /** Where a reader can check it: the original's address, or, when the original cannot be found,
   *  the address of the copy named in `readVia`. Only http(s) links. */
  url: z.url({ protocol: /^https?$/, ...expecting('a web address starting with https://') }),
  /** Publication date as YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: z
    .string(expecting('a date as YYYY-MM-DD or YYYY-MM'))
    .regex(
      /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
      expecting('a date as YYYY-MM-DD or YYYY-MM'),
    ),
  /**
   * Where we read it, when not at the original publisher: a repost, a mirror, a syndicating site
   * (a wire story "read via" the site that reprints it). `publisher` stays the original's; the source list shows both.
   */
  readVia: z
    .object(
      {
        publisher: z
          .string(expecting('who published the copy we read, e.g. "Yahoo News"'))
          .min(2, expecting('who published the copy we read, e.g. "Yahoo News"')),
        url: z.url({
          protocol: /^https?$/,
          ...expecting('the web address of the copy, starting with https://'),
        }),
      },
      expecting(
        '{ "publisher": "Yahoo News", "url": "https://..." }, or leave readVia out when we read the original',
      ),
    )
    .strict()
    .optional(),
  /** What the story takes from this source, in one sentence. Shown in the source list. */
  usedFor: z
    .string(expecting('one sentence on what the story takes from it'))
    .min(10, expecting('one sentence on what the story takes from it')),
});

export type Source = z.infer<typeof sourceSchema>;
