import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './content-root';
import { readIds } from './schemas/read-ids';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';

const sourcesFile = `${contentRoot}/data/sources.json`;

export const collections = {
  stories: defineCollection({
    loader: glob({ base: `${contentRoot}/stories`, pattern: '*.mdx' }),
    schema: storySchema(readIds(sourcesFile)),
  }),
  sources: defineCollection({
    loader: file(sourcesFile),
    schema: sourceSchema,
  }),
};
