/**
 * The data files that hold a JSON list (sources, places, events) and how the editor sees each:
 * Keystatic edits a file whose top level is an object, so the dev server's editor API shows it
 * `{ "entries": [...] }` and writes back the plain list (server/integrations/editor-list-files.ts).
 * `flat` names nested objects shown as flat fields (`readVia.url` as `readViaUrl`), which the
 * form can leave empty. Shared by the editor (browser) and the dev server.
 */
/** Where the stories are, for the editor's collection and the dev server's editor API. */
export const storiesPath = 'content/stories/*';

/** Where and how the stories collection is stored: the editor's config and its API both use it. */
export const storyStorage = {
  label: 'Stories',
  path: storiesPath,
  slugField: 'headline',
  format: { contentField: 'body' },
} as const;

export interface ListFile {
  /** The singleton's key in the editor's config, and its path without ".json". */
  key: string;
  path: string;
  flat?: Record<string, readonly string[]>;
}

export const listFiles: readonly ListFile[] = [
  { key: 'sources', path: 'content/data/sources', flat: { readVia: ['publisher', 'url'] } },
  { key: 'places', path: 'content/data/places' },
  { key: 'events', path: 'content/data/events' },
];

type Entry = Record<string, unknown>;
const flatName = (object: string, field: string) =>
  `${object}${field.charAt(0).toUpperCase()}${field.slice(1)}`;

/** An entry as the form shows it: nested objects as flat fields. */
export function toForm(file: ListFile, entry: Entry): Entry {
  const flat = file.flat ?? {};
  return Object.fromEntries(
    Object.entries(entry).flatMap(([name, value]) => {
      const fields = flat[name];
      if (!fields) return [[name, value]];
      const nested = (value ?? {}) as Entry;
      return fields
        .filter((field) => nested[field] !== undefined)
        .map((field) => [flatName(name, field), nested[field]]);
    }),
  );
}

/** An entry as the data file holds it: flat fields back in their object (where the first of them stands), left out when all are empty. */
export function fromForm(file: ListFile, entry: Entry): Entry {
  const out: Entry = {};
  const flatOf = new Map(
    Object.entries(file.flat ?? {}).flatMap(([object, fields]) =>
      fields.map((field) => [flatName(object, field), [object, field] as const]),
    ),
  );
  for (const [name, value] of Object.entries(entry)) {
    const target = flatOf.get(name);
    if (!target) {
      out[name] = value;
      continue;
    }
    const [object, field] = target;
    const nested = (out[object] ??= {}) as Entry;
    if (value !== undefined && value !== '') nested[field] = value;
  }
  for (const object of Object.keys(file.flat ?? {}))
    if (out[object] && Object.keys(out[object] as Entry).length === 0) delete out[object];
  return out;
}

/** The text the data file is written as: the list, two spaces, one entry after another. */
export function listFileText(file: ListFile, form: { entries?: Entry[] }): string {
  return `${JSON.stringify(
    (form.entries ?? []).map((entry) => fromForm(file, entry)),
    null,
    2,
  )}\n`;
}

/** The object the editor reads for a data file's text. */
export function formText(file: ListFile, text: string): string {
  return `${JSON.stringify({ entries: (JSON.parse(text) as Entry[]).map((entry) => toForm(file, entry)) }, null, 2)}\n`;
}
