import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isJsxElement, readProps, textOf, walk, type MdxNode } from '../mdx/mdx-tree';
import { graphics, type Graphic } from '../schemas/step';

/** A story's `<Scrolly>` block as an embed sees it. */
export interface StoryBlock {
  id: string;
  /** What its steps drive. */
  graphic: Graphic;
  /** The `## ` heading above the block in the story, if any. */
  heading: string | undefined;
  /** How many steps it has now. */
  steps: number;
}

/**
 * The scrolly blocks of a story's MDX body, in order, read from the source itself: an embed picks
 * up whatever blocks and steps the story has at build time.
 */
export function storyBlocks(body: string): StoryBlock[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
  const blocks: StoryBlock[] = [];
  let heading: string | undefined;
  for (const node of walk(tree)) {
    if (node.type === 'heading' && (node as MdxNode & { depth?: number }).depth === 2) heading = textOf(node);
    if (!isJsxElement(node) || node.name !== 'Scrolly') continue;
    const { props } = readProps(node);
    const id = props['id'];
    if (!id) continue;
    const steps = (node.children ?? []).filter((child) => isJsxElement(child) && child.name === 'Step').length;
    blocks.push({ id, graphic: graphicOf(props['graphic']), heading, steps });
  }
  return blocks;
}

/** A block's `graphic` prop as written (checked at build), the map when left out. */
export function graphicOf(prop: string | undefined): Graphic {
  return graphics.find((graphic) => graphic === prop) ?? 'map';
}
