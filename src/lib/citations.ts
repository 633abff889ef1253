import type { AstroGlobal } from 'astro';

/**
 * The story being rendered tells its citation components which sources it lists and in which
 * order, through `Astro.locals` (one object per rendered page), so that `<Cite>` in MDX needs
 * nothing but a source id.
 */
interface CitationContext {
  storyFile: string;
  sourceOrder: readonly string[];
}

const key = Symbol.for('story.citations');

export function setCitationContext(astro: Pick<AstroGlobal, 'locals'>, context: CitationContext): void {
  (astro.locals as Record<symbol, CitationContext>)[key] = context;
}

/** The 1-based number of a source in the story's list; a clear error when it is not listed. */
export function citationNumber(astro: Pick<AstroGlobal, 'locals'>, sourceId: string): number {
  const context = (astro.locals as Record<symbol, CitationContext | undefined>)[key];
  if (!context) throw new Error('<Cite> was used outside a story page.');
  const index = context.sourceOrder.indexOf(sourceId);
  if (index === -1) {
    throw new Error(
      `${context.storyFile}: <Cite source="${sourceId}"> names a source that is not in the story's "sources" list. ` +
        `Expected one of: ${context.sourceOrder.join(', ')}. Add it to "sources" in the frontmatter (and to content/data/sources.json if it is new).`,
    );
  }
  return index + 1;
}

/** The file of the story being rendered (content/stories/<id>.mdx), or undefined outside a story. */
export function currentStoryFile(astro: Pick<AstroGlobal, 'locals'>): string | undefined {
  return (astro.locals as Record<symbol, CitationContext | undefined>)[key]?.storyFile;
}

export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
