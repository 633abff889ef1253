import { fields } from '@keystatic/core';

/**
 * Pickers for the ids a story names (views, places, sources ...), stored as the story writes
 * them: one id, or ids separated by spaces, in a plain string prop (`highlight="north_gate port_base"`).
 * Keystatic's own select and multiselect store arrays and always write the prop; these leave an
 * unset prop out of the file, so a step saved without a change is written as it was.
 * Runs in the browser, in the editor of `astro dev` only.
 */
export interface IdOption {
  value: string;
  label: string;
}

const none = '';

/** One id from `options`, or none: the prop is then left out. */
export function pickOne(label: string, options: readonly IdOption[], description?: string) {
  const base = fields.select({
    label,
    ...(description ? { description } : {}),
    options: [{ value: none, label: '(none)' }, ...options],
    defaultValue: none,
  });
  return {
    ...base,
    parse: (value: unknown) => base.parse(value === undefined ? none : (value as string)),
    serialize: (value: string) => ({ value: value === none ? undefined : value }),
  };
}

/** Ids from `options`, in the order the story lists them; none leaves the prop out. */
export function pickMany(label: string, options: readonly IdOption[], description?: string) {
  const base = fields.multiselect({
    label,
    ...(description ? { description } : {}),
    options: [...options],
  });
  return {
    ...base,
    parse: (value: unknown) =>
      base.parse(
        typeof value === 'string'
          ? value.split(/[\s,]+/).filter(Boolean)
          : (value as string[] | undefined),
      ),
    serialize: (value: readonly string[]) => ({
      value: value.length > 0 ? value.join(' ') : undefined,
    }),
  };
}

/** Free text that is left out of the file when empty (a step's date, a route's progress). */
export function optionalText(label: string, description?: string, multiline = false) {
  const base = fields.text({ label, ...(description ? { description } : {}), multiline });
  return { ...base, serialize: (value: string) => ({ value: value === '' ? undefined : value }) };
}
