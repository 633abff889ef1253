import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readIds } from '../schemas/read-ids';

/**
 * Astro's loaders, with the checks a journalist's edit needs before its entries are validated.
 * Both run on every load: at build, and in `astro dev` each time content changes (see
 * server/integrations/live-content.ts), so a mistake shows without a restart.
 */

/**
 * A JSON data file (an array of entries with `id`). Astro's file loader only logs "Error reading
 * data" for broken JSON and keeps the last of two entries with the same id, so first: valid JSON
 * (else the file, line and column), an id on every entry, no id twice; then `check` (e.g. order).
 */
export function dataFile(
  path: string,
  options: {
    parser?: (text: string) => Record<string, unknown>[];
    check?: (path: string) => void;
  } = {},
): Loader {
  const inner = file(path, options.parser ? { parser: options.parser } : {});
  return {
    name: 'data-file',
    load: async (context) => {
      if (!options.parser) readIds(path);
      options.check?.(path);
      await inner.load(context);
    },
  };
}

/**
 * The story files. Astro's glob loader skips a file that has not changed, so a story's frontmatter
 * would keep an error about a source that has since been added to sources.json: clearing the
 * store makes every load validate the stories again (there are a handful).
 */
export function storyFiles(base: string): Loader {
  const inner = glob({ base, pattern: '*.mdx' });
  return {
    name: 'story-files',
    load: async (context) => {
      context.store.clear();
      await inner.load(context);
    },
  };
}
