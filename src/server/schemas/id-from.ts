import { z } from 'astro/zod';
import { didYouMean } from './did-you-mean';
import { expecting, showValue } from './expecting';

/** The valid ids: a list, or a function that reads the current list when a value is checked (see live-file.ts). */
export type IdChoices = readonly string[] | (() => readonly string[]);

export const currentIds = (choices: IdChoices): readonly string[] =>
  typeof choices === 'function' ? choices() : choices;

/** An id that must be one of `choices`; a typo gets the nearest id and the full list. */
export function idFrom(what: string, choices: IdChoices) {
  return z.string(expecting(what)).superRefine((id, context) => {
    const ids = currentIds(choices);
    if (ids.includes(id)) return;
    const guess = didYouMean(id, ids);
    context.addIssue({
      code: 'custom',
      input: id,
      message: `got ${showValue(id)}${guess ? ` (did you mean "${guess}"?)` : ''}; expected ${what}: ${ids.join(', ')}`,
    });
  });
}
