import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { relative } from 'node:path';
import { describeSyntaxProblems, mdxSyntaxProblems } from '../mdx/mdx-syntax';
import { isJsxElement, readProps, textOf, walk, type MdxNode } from '../mdx/mdx-tree';
import { remarkStoryComponents } from '../mdx/remark-story-components';
import { graphics, type Graphic, type StepState } from '../../scenes/registry';

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

/** Stories already read this build, by file and text: each is parsed and checked once. */
const indexed = new Map<string, StoryBlock[]>();

/**
 * Every scrolly block of a story and its steps' states, read from the story's MDX the way the
 * build reads it (the same remark check writes each step's state), so a step added to the story
 * appears in the gallery, the embeds and the step images with nothing else to update.
 */
export function storyIndex(body: string, sources: readonly string[], file: string): StoryBlock[] {
  const key = `${file}\n${sources.join(' ')}\n${body}`;
  const known = indexed.get(key);
  if (known) return known;
  const blocks = readStory(body, sources, file);
  indexed.set(key, blocks);
  return blocks;
}

function readStory(body: string, sources: readonly string[], file: string): StoryBlock[] {
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
  return blocks;
}

/** A block's `graphic` prop as written (checked at build), the first scene kind when left out. */
function graphicOf(prop: string | undefined): Graphic {
  return graphics.find((graphic) => graphic === prop) ?? graphics[0];
}
