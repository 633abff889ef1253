import { statSync } from 'node:fs';

/**
 * What `read` makes of a data file, as a function that reads the file again whenever it has
 * changed. Schemas are built once, when `astro dev` starts; handing them this function instead of
 * the ids read at that moment means a place or source added while the dev server runs is a valid
 * choice as soon as the file is saved, with no restart.
 */
export function liveFile<T>(file: string, read: (file: string) => T): () => T {
  let cached: { modified: number; value: T } | undefined;
  return () => {
    const modified = statSync(file).mtimeMs;
    if (cached?.modified !== modified) cached = { modified, value: read(file) };
    return cached.value;
  };
}
