import { readJson } from './read-json';

/**
 * The ids in a content data file (a JSON array of objects with `id`), read when the content
 * config loads, so that schemas of other collections can list them as the valid choices.
 * The file's own collection schema validates it fully; this only needs the ids.
 */
export function readIds(file: string): [string, ...string[]] {
  const entries = readJson(file);
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of entries, each with an "id"`);
  const ids = entries.map((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${file}: entry ${index + 1} has no "id" (got ${JSON.stringify(id)})`);
    return id;
  });
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) throw new Error(`${file}: entry ${index + 1} has the id "${id}", already used by entry ${first}; expected every id in the file to be different`);
    seen.set(id, index + 1);
  });
  const [first, ...rest] = ids;
  if (first === undefined) throw new Error(`${file}: the file has no entries`);
  return [first, ...rest];
}
