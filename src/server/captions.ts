import { getEntry } from 'astro:content';
import { dataPath, readEntries } from './content/data-files';
import { ContentError } from './schemas/content-error';

const file = dataPath('captions');

/** Fills `{name}` in a caption's text; a name the caller does not give is the file's mistake. */
export function fillCaption(
  id: string,
  text: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      const known = Object.keys(values).map((key) => `{${key}}`);
      throw new ContentError(
        `${file}: caption "${id}" has {${name}}; expected ${known.length > 0 ? `only ${known.join(', ')}` : 'no {…} placeholders'}`,
        { file },
      );
    }
    return String(value);
  });
}

const missing = (id: string) =>
  new ContentError(`${file}: no caption with "id": "${id}"; expected one, as the page prints it`, {
    file,
  });

/** A caption by id, with its placeholders filled from `values`. */
export async function caption(
  id: string,
  values: Readonly<Record<string, string | number>> = {},
): Promise<string> {
  const entry = await getEntry('captions', id);
  if (!entry) throw missing(id);
  return fillCaption(id, entry.data.text, values);
}

/**
 * The same, read from the file without waiting (its collection has checked it): for a model
 * that scenes render from, where an extra wait would move their scripts in the page.
 */
export function captionNow(
  id: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const text = readEntries('captions').find((entry) => entry['id'] === id)?.['text'];
  if (typeof text !== 'string') throw missing(id);
  return fillCaption(id, text, values);
}
