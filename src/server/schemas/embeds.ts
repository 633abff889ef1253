import { z } from 'astro/zod';
import { expecting, expectingOneOf } from './expecting';

/** Paths under /embed/ that are pages of their own, so no scene may take them. */
export const reservedEmbedSlugs = ['codes', 'oembed', 'story'] as const;

const slugRule = 'a lowercase slug of letters, digits and hyphens (it becomes /embed/<slug>/)';
/** The lowest plain iframe an embed is tested in (tests/e2e/embed.spec.ts): its graphic still a third of it. */
export const minFrameHeight = 500;
const heightRule = (what: string) =>
  `${what}: a whole number of pixels from ${minFrameHeight} to 3000 (the embed is tested down to ${minFrameHeight} px high)`;
const height = (what: string) =>
  z
    .int(expecting(heightRule(what)))
    .min(minFrameHeight, expecting(heightRule(what)))
    .max(3000, expecting(heightRule(what)));

/**
 * `content/data/embeds.json`: which of the story's scrolly blocks news sites can embed on their
 * own, at which address, and how the embed pages treat the pages that frame them.
 * `blockIds` are the `<Scrolly id="...">` blocks of the story as it is now, so an embed naming a
 * block that was renamed or removed fails the build.
 */
export function embedsSchema(blockIds: readonly string[], storyFile: string) {
  const scene = z.strictObject(
    {
      /** The embed's address: /embed/<slug>/. */
      slug: z
        .string(expecting(slugRule))
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expecting(slugRule))
        .refine((slug) => !(reservedEmbedSlugs as readonly string[]).includes(slug), {
          error: (issue) =>
            `got ${JSON.stringify(issue.input)}; expected a slug other than ${reservedEmbedSlugs.join(', ')} (pages of their own)`,
        }),
      /** The story's `<Scrolly id="...">` block the embed shows. */
      block: z.enum(
        blockIds as [string, ...string[]],
        expectingOneOf(`the id of a <Scrolly> block in ${storyFile}`, blockIds),
      ),
      /** The embed's title; by default the heading above the block in the story. */
      title: z
        .string(expecting('a title of 3 to 80 characters'))
        .min(3, expecting('a title of 3 to 80 characters'))
        .max(80, expecting('a title of 3 to 80 characters'))
        .optional(),
    },
    expecting('a scene as { "slug": ..., "block": ... } with an optional "title"'),
  );
  return z
    .strictObject(
      {
        /**
         * Origins (e.g. "https://www.example-news.com") whose pages may drive the embeds' scrolling.
         * Empty: any page may embed them (messages are still only taken from the frame's own parent).
         */
        acceptMessagesFrom: z.array(
          z
            .url(expecting('an origin such as "https://www.example-news.com"'))
            .refine((url) => new URL(url).origin === url, {
              error: (issue) =>
                `got ${JSON.stringify(issue.input)}; expected an origin only: scheme, host and port, no path or trailing slash`,
            }),
          expecting('a list of origins'),
        ),
        /** The iframe height (px) in snippets for hosts without pym.js. */
        fallbackHeight: z.strictObject(
          { story: height('story'), scene: height('scene') },
          expecting('{ "story": px, "scene": px }'),
        ),
        scenes: z
          .array(scene, expecting('a list of scenes'))
          .min(1, expecting('at least one scene')),
      },
      expecting('an object with "acceptMessagesFrom", "fallbackHeight" and "scenes"'),
    )
    .superRefine((config, context) => {
      const seen = new Set<string>();
      config.scenes.forEach((entry, index) => {
        if (seen.has(entry.slug))
          context.addIssue({
            code: 'custom',
            path: ['scenes', index, 'slug'],
            message: `got "${entry.slug}" twice; expected each slug once`,
          });
        seen.add(entry.slug);
      });
    });
}

export type EmbedsConfig = z.infer<ReturnType<typeof embedsSchema>>;
