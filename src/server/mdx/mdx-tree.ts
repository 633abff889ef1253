/** The small part of the MDX syntax tree that story validation reads. */
export interface MdxNode {
  type: string;
  name?: string | null | undefined;
  value?: unknown;
  attributes?: MdxAttribute[] | undefined;
  children?: MdxNode[] | undefined;
  position?: { start: { line: number; column: number } } | undefined;
}

export interface MdxAttribute {
  type: string;
  name?: string | undefined;
  value?: string | null | undefined | { type: string; value: string };
}

export const isJsxElement = (node: MdxNode): boolean =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Every node of the tree, parents before children. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The plain text inside a node. */
export function textOf(node: MdxNode): string {
  if (typeof node.value === 'string' && node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

/** How many words a reader reads in a node (its text, not its components' props). */
export function wordCount(node: MdxNode): number {
  return textOf(node)
    .split(' ')
    .filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

/** The first few words of a node's text, to name it in an error. */
export function firstWords(node: MdxNode, count = 6): string {
  const words = textOf(node).split(' ').filter(Boolean);
  return words.slice(0, count).join(' ') + (words.length > count ? ' ...' : '');
}

/**
 * An element's props as strings. Journalists write props as name="value"; an expression
 * ({...}) is reported so the message can say how to write it instead.
 */
export function readProps(node: MdxNode): { props: Record<string, string>; expressions: string[] } {
  const props: Record<string, string> = {};
  const expressions: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const { value } = attribute;
    if (typeof value === 'string') props[attribute.name] = value;
    else if (value === null || value === undefined) props[attribute.name] = 'true';
    else expressions.push(attribute.name);
  }
  return { props, expressions };
}

/** Sets (or replaces) a string prop on an element. */
export function setProp(node: MdxNode, name: string, value: string): void {
  const attributes = (node.attributes ??= []).filter((attribute) => attribute.name !== name);
  attributes.push({ type: 'mdxJsxAttribute', name, value });
  node.attributes = attributes;
}
