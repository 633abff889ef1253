import { existsSync } from 'node:fs';
import { readIds } from '../schemas/read-ids';
import { readJson } from '../schemas/read-json';
import { contentRoot } from './content-root';

/**
 * The one reader of content/data files outside Astro's collections: the content config's
 * choices, the story check, the citations' order and the build models that need a file's order.
 * A file is named by its path under content/data without ".json" ("places", "control/towns");
 * a syntax error names the file, line and column (read-json.ts). Build time.
 */
export const dataPath = (name: string): string => `${contentRoot}/data/${name}.json`;

/** A data file's JSON. */
export function readData(name: string): unknown {
  return readJson(dataPath(name));
}

/** A list file's entries, or none when the site has no such file (a story that draws no apron). */
export function readEntries(name: string): Record<string, unknown>[] {
  if (!existsSync(dataPath(name))) return [];
  const entries = readData(name);
  return Array.isArray(entries) ? (entries as Record<string, unknown>[]) : [];
}

/** A list file's ids (each entry's `id`, none missing or twice), or none when there is no such file. */
export function readOptionalIds(name: string): string[] {
  return existsSync(dataPath(name)) ? readIds(dataPath(name)) : [];
}
