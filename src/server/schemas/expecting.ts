import { didYouMean } from './did-you-mean';

/**
 * Error messages for content schemas that a journalist can act on.
 *
 * Zod's defaults ("Invalid input") name neither the bad value nor what was wanted. Every field
 * of a content schema passes `expecting('what a good value looks like')`, so a build error reads
 * `headline: got "" ; expected a headline of 10 to 140 characters`. Astro adds the file name.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') return JSON.stringify(value);
  // YAML turns an unquoted date into a Date and drops its time zone, so dates must be quoted.
  if (value instanceof Date)
    return `an unquoted date (${value.toISOString()}): put the date in quotes`;
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}

/** For a field that must be one of a list: names the list and the likely intended choice. */
export function expectingOneOf(what: string, choices: readonly string[]) {
  return {
    error: (issue: { input?: unknown }) => {
      const guess = didYouMean(issue.input, choices);
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      return `got ${showValue(issue.input)}${hint}; expected ${what}: ${choices.join(', ')}`;
    },
  };
}

export function expecting(expected: string) {
  return {
    error: (issue: { input?: unknown }) => `got ${showValue(issue.input)}; expected ${expected}`,
  };
}
