import { z } from 'astro/zod';
import { expecting } from './expecting';

const hex = (scheme: string) =>
  z
    .string(expecting(`a ${scheme} colour as #rrggbb, e.g. "#1f5fa8"`))
    .regex(/^#[0-9a-f]{6}$/i, expecting(`a ${scheme} colour as #rrggbb, e.g. "#1f5fa8"`));

/** A colour for each scheme: the page switches with the reader's light or dark preference. */
export const schemeColour = z.object(
  {
    light: hex('light-scheme'),
    dark: hex('dark-scheme'),
  },
  expecting('{ "light": "#rrggbb", "dark": "#rrggbb" }'),
);

export type SchemeColour = z.infer<typeof schemeColour>;
