import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { relative } from 'node:path';
import { describeSyntaxProblems, mdxSyntaxProblems } from '../mdx/mdx-syntax';
import { isJsxElement, readProps, textOf, walk, type MdxNode } from '../mdx/mdx-tree';
import { remarkStoryComponents } from '../mdx/remark-story-components';
import type { Graphic } from '../schemas/step';
import { graphicOf } from '../embed/story-blocks';
import type { StepState } from '../../scenes/registry';

/** One step of a story as the scene gallery shows it: its words and the state its graphic declares. */
export interface GalleryStep {
  id: string;
  /** 1-based, within its block. */
  number: number;
  text: string;
  alt: string;
  state: StepState;
}

export interface GalleryBlock {
  id: string;
  graphic: Graphic;
  steps: GalleryStep[];
}

/**
 * Every scrolly block of a story and its steps' states, read from the story's MDX the way the
 * build reads it (the same remark check writes each step's state), so a step added to the story
 * appears in the gallery with nothing else to update.
 */
export function storyBlocks(body: string, sources: readonly string[], file: string): GalleryBlock[] {
  // A mistake the MDX parser would word its own way is said as the build says it (the body's
  // lines count from the end of the frontmatter here, so no line number is given).
  const problems = mdxSyntaxProblems(body);
  if (problems.length > 0) throw new Error(describeSyntaxProblems(relative(process.cwd(), file), problems).replace(/:\d+ /g, ' '));
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
  remarkStoryComponents()(tree, { path: file, data: { astro: { frontmatter: { sources: [...sources] } } } });
  return [...walk(tree)]
    .filter((node) => isJsxElement(node) && node.name === 'Scrolly')
    .map((scrolly) => {
      const { id = '', graphic } = readProps(scrolly).props;
      const steps = (scrolly.children ?? []).filter((child) => isJsxElement(child) && child.name === 'Step');
      return {
        id,
        graphic: graphicOf(graphic),
        steps: steps.map((step, index) => {
          const { props } = readProps(step);
          return { id: props['id'] ?? '', number: index + 1, text: textOf(step), alt: props['alt'] ?? '', state: JSON.parse(props['state'] ?? '{}') as StepState };
        }),
      };
    });
}
