import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { relative, resolve } from 'node:path';
import { describeSyntaxProblems, mdxSyntaxProblems } from '../mdx/mdx-syntax';
import { isJsxElement, readProps, textOf, walk, type MdxNode } from '../mdx/mdx-tree';
import { remarkStoryComponents } from '../mdx/remark-story-components';
import { graphics, type Graphic, type StepState } from '../../scenes/registry';
import type { StoryEntry } from './stories';

/** One step of a story: its words and the state its graphic declares. */
export interface StoryStep {
  id: string;
  /** 1-based, within its block. */
  number: number;
  text: string;
  alt: string;
  state: StepState;
}

/** One `<Scrolly>` block of a story. */
export interface StoryBlock {
  id: string;
  /** What its steps drive. */
  graphic: Graphic;
  /** The `## ` heading above the block in the story, if any. */
  heading: string | undefined;
  steps: StoryStep[];
}

/** A story's blocks and what the page needs to know of them, read once per build. */
export interface StoryIndex {
  blocks: StoryBlock[];
  /** Whether a map step shows areas of control or their arrows (their credits are then due). */
  showsControl: boolean;
}

/**
 * Stories already read this build, by file, sources and text: each is parsed and checked once.
 * One map for the process: the story check (server/integrations/story-syntax.ts) runs where Vite
 * loads the config, the pages where it loads them, and each fills it for the other.
 */
const indexed: Map<string, StoryIndex> = ((globalThis as Record<symbol, Map<string, StoryIndex>>)[
  Symbol.for('story.index')
] ??= new Map<string, StoryIndex>());

const keyOf = (body: string, sources: readonly string[], file: string) =>
  `${relative(process.cwd(), resolve(file))}\n${sources.join(' ')}\n${body.trim()}`;

/**
 * Every scrolly block of a story and its steps' states, read from the story's MDX the way the
 * build reads it (the same remark check writes each step's state), so a step added to the story
 * appears in the gallery, the embeds and the step images with nothing else to update.
 */
export function storyIndex(body: string, sources: readonly string[], file: string): StoryBlock[] {
  return indexOf(body, sources, file).blocks;
}

/** The index of a story of the `stories` collection: the page, the gallery and the embeds read it. */
export function indexStory(story: StoryEntry): StoryIndex {
  return indexOf(story.body ?? '', story.data.sources, story.filePath ?? story.id);
}

function indexOf(body: string, sources: readonly string[], file: string): StoryIndex {
  const key = keyOf(body, sources, file);
  const known = indexed.get(key);
  if (known) return known;
  const index = indexTree(readStory(body, sources, file));
  indexed.set(key, index);
  return index;
}

/**
 * Keeps the tree of a story the build has just parsed and checked (the story check, before the
 * MDX compiler), so the index does not parse it again. `body` is the text after the frontmatter.
 */
export function rememberStory(
  tree: MdxNode,
  body: string,
  sources: readonly string[],
  file: string,
): void {
  indexed.set(keyOf(body, sources, file), indexTree(tree));
}

function readStory(body: string, sources: readonly string[], file: string): MdxNode {
  // A mistake the MDX parser would word its own way is said as the build says it (the body's
  // lines count from the end of the frontmatter here, so no line number is given).
  const problems = mdxSyntaxProblems(body);
  if (problems.length > 0)
    throw new Error(
      describeSyntaxProblems(relative(process.cwd(), file), problems).replace(/:\d+ /g, ' '),
    );
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
  remarkStoryComponents()(tree, {
    path: file,
    data: { astro: { frontmatter: { sources: [...sources] } } },
  });
  return tree;
}

/** The blocks of a checked tree, whose steps carry their states. */
function indexTree(tree: MdxNode): StoryIndex {
  const blocks: StoryBlock[] = [];
  let heading: string | undefined;
  for (const node of walk(tree)) {
    if (node.type === 'heading' && (node as MdxNode & { depth?: number }).depth === 2)
      heading = textOf(node);
    if (!isJsxElement(node) || node.name !== 'Scrolly') continue;
    const { id = '', graphic } = readProps(node).props;
    const steps = (node.children ?? []).filter(
      (child) => isJsxElement(child) && child.name === 'Step',
    );
    blocks.push({
      id,
      graphic: graphicOf(graphic),
      heading,
      steps: steps.map((step, index) => {
        const { props } = readProps(step);
        return {
          id: props['id'] ?? '',
          number: index + 1,
          text: textOf(step),
          alt: props['alt'] ?? '',
          state: JSON.parse(props['state'] ?? '{}') as StepState,
        };
      }),
    });
  }
  const showsControl = blocks.some((block) =>
    block.steps.some(
      ({ state }) =>
        state.kind === 'map' &&
        Boolean(state.control || (state.arrows?.length ?? 0) > 0 || state.drawArrow),
    ),
  );
  return { blocks, showsControl };
}

/** A block's `graphic` prop as written (checked at build), the first scene kind when left out. */
function graphicOf(prop: string | undefined): Graphic {
  return graphics.find((graphic) => graphic === prop) ?? graphics[0];
}
