import type { AstroGlobal } from 'astro';

/**
 * A scene embed renders the story's MDX with every scrolly block but one left out, then keeps only
 * that block's markup (between two markers), so the scene's steps are exactly the story's, with
 * their citations, whatever the editors change. The page tells its blocks which one to keep
 * through `Astro.locals` (one object per rendered page), as the citations do.
 */
const key = Symbol.for('story.embedBlock');
const start = '<!--embed-scene-start-->';
const end = '<!--embed-scene-end-->';
export const sceneMarkers = { start, end };

type Locals = Pick<AstroGlobal, 'locals'>;

export function setEmbedBlock(astro: Locals, block: string): void {
  (astro.locals as Record<symbol, string>)[key] = block;
}

export function embedBlock(astro: Locals): string | undefined {
  return (astro.locals as Record<symbol, string | undefined>)[key];
}

/** The kept block's markup out of the whole rendered story. */
export function sliceScene(html: string, block: string): string {
  const from = html.indexOf(start);
  const to = html.indexOf(end);
  if (from === -1 || to < from || html.indexOf(start, from + 1) !== -1) {
    throw new Error(
      `embed of block "${block}": expected the story to render that <Scrolly> block exactly once`,
    );
  }
  return html.slice(from + start.length, to);
}

/**
 * The sources a scene's markup refers to, in the story's order: its citation links
 * (`#source-<id>`) and the step states' source lists (JSON in its attributes).
 */
export function sourcesMentioned(html: string, sourceIds: readonly string[]): string[] {
  return sourceIds.filter(
    (id) => html.includes(`#source-${id}"`) || html.includes(`&quot;${id}&quot;`),
  );
}
