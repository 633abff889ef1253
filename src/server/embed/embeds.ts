import { contentRoot } from '../content/content-root';
import { dataPath } from '../content/data-files';
import { readJson } from '../schemas/read-json';
import { embedsSchema } from '../schemas/embeds';
import { homeStory, type StoryEntry } from '../content/stories';
import { indexStory, type StoryBlock } from '../content/story-index';

export const embedsFile = dataPath('embeds');

/** One embeddable page: the whole story or one of its scrolly blocks. */
export interface Embed {
  /** "story", or the scene's slug. */
  slug: string;
  /** The scrolly block a scene shows; none for the whole story. */
  block?: string;
  /** What the scene's steps drive (the whole story has both). */
  graphic?: StoryBlock['graphic'];
  title: string;
  description: string;
  /** Its address under the site's base path: "/embed/" or "/embed/<slug>/". */
  path: string;
  /** The iframe's height (px) for hosts without pym.js. */
  fallbackHeight: number;
}

export interface StoryEmbeds {
  story: StoryEntry;
  /** The whole story first, then the scenes in the order of embeds.json. */
  embeds: Embed[];
  acceptMessagesFrom: string[];
}

/** Reads and checks embeds.json against `blocks`; errors name the file, the field and the fix. */
export function resolveEmbeds(
  json: unknown,
  blocks: readonly StoryBlock[],
  story: { file: string; headline: string },
): Omit<StoryEmbeds, 'story'> {
  const result = embedsSchema(
    blocks.map((block) => block.id),
    story.file,
  ).safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(the file)'}: ${issue.message}`,
    );
    throw new Error(`${embedsFile}:\n${problems.join('\n')}`);
  }
  const config = result.data;
  const whole: Embed = {
    slug: 'story',
    title: story.headline,
    description: `The whole story, ${story.headline}, with its maps and timeline.`,
    path: '/embed/',
    fallbackHeight: config.fallbackHeight.story,
  };
  const scenes = config.scenes.map((scene): Embed => {
    const block = blocks.find((candidate) => candidate.id === scene.block);
    const title = scene.title ?? block?.heading;
    if (!block || !title) {
      throw new Error(
        `${embedsFile}: scene "${scene.slug}" needs a "title": its block "${scene.block}" has no "## " heading above it in ${story.file}.`,
      );
    }
    return {
      slug: scene.slug,
      block: block.id,
      graphic: block.graphic,
      title,
      description: `${title}: ${block.steps.length} steps from ${story.headline}`,
      path: `/embed/${scene.slug}/`,
      fallbackHeight: config.fallbackHeight.scene,
    };
  });
  return { embeds: [whole, ...scenes], acceptMessagesFrom: config.acceptMessagesFrom };
}

/** The embeds of the home story, as content/data/embeds.json lists them. */
export async function loadEmbeds(): Promise<StoryEmbeds> {
  const story = await homeStory();
  // A syntax error names the file, line and column (read-json.ts).
  const json = readJson(embedsFile);
  const file = story.filePath ?? `${contentRoot}/stories/${story.id}.mdx`;
  return {
    story,
    ...resolveEmbeds(json, indexStory(story).blocks, {
      file,
      headline: story.data.headline,
    }),
  };
}
