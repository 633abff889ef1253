import { readFileSync } from 'node:fs';
import { ContentError, lineAndColumn } from './content-error';
import { readJson } from './read-json';

/**
 * The ids in a content data file (a JSON array of objects with `id`), read when the content
 * config loads, so that schemas of other collections can list them as the valid choices.
 * The file's own collection schema validates it fully; this only needs the ids.
 */
export function readIds(file: string): [string, ...string[]] {
  const entries = readJson(file);
  if (!Array.isArray(entries))
    throw new ContentError(
      `${file}: expected a JSON array of entries, each with an "id": [ { "id": ... }, ... ]`,
      { file },
    );
  const ids = entries.map((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '')
      throw new ContentError(
        `${file}: entry ${index + 1} has no "id" (got ${JSON.stringify(id)}); expected every entry to have one, e.g. "id": "north-gate"`,
        { file },
      );
    return id;
  });
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index + 1);
      return;
    }
    throw new ContentError(
      `${file}: entry ${index + 1} has the id "${id}", already used by entry ${first}; expected every id in the file to be different`,
      {
        file,
        ...secondMention(file, id),
      },
    );
  });
  const [first, ...rest] = ids;
  if (first === undefined) throw new ContentError(`${file}: the file has no entries`, { file });
  return [first, ...rest];
}

/** The line of the second `"id": "<id>"` in the file: where the duplicate is. */
function secondMention(file: string, id: string): { line?: number; column?: number } {
  const text = readFileSync(file, 'utf8');
  const pattern = new RegExp(
    `"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
    'g',
  );
  const second = [...text.matchAll(pattern)][1];
  return second?.index === undefined ? {} : lineAndColumn(text, second.index);
}
