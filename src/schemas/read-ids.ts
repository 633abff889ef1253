import { readFileSync } from 'node:fs';

/**
 * The ids in a content data file (a JSON array of objects with `id`), read when the content
 * config loads, so that schemas of other collections can list them as the valid choices.
 * The file's own collection schema validates it fully; this only needs the ids.
 */
export function readIds(file: string): [string, ...string[]] {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read it as JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of entries, each with an "id"`);
  const ids = entries.map((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${file}: entry ${index + 1} has no "id" (got ${JSON.stringify(id)})`);
    return id;
  });
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`${file}: the id "${id}" is used twice; ids must be unique`);
    seen.add(id);
  }
  const [first, ...rest] = ids;
  if (first === undefined) throw new Error(`${file}: the file has no entries`);
  return [first, ...rest];
}
