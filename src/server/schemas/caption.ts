import { z } from 'astro/zod';
import { expecting } from './expecting';

/**
 * Words the site prints around the story's own text (`content/data/captions.json`): credits, key
 * entries, a figure's introduction. `{name}` marks a value the page fills in, e.g. `{towns}`.
 */
export const captionSchema = z.object({
  text: z
    .string(expecting('the words to print, at least 2 characters'))
    .min(2, expecting('the words to print, at least 2 characters')),
});
