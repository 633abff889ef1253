import { z } from 'astro/zod';
import { ContentError } from './content-error';
import { expecting } from './expecting';
import { readJson } from './read-json';

const latitude = (what: string) =>
  z
    .number(expecting(`${what}, a latitude in degrees from -89 to 89`))
    .min(-89, expecting(`${what}, a latitude in degrees from -89 to 89`))
    .max(89, expecting(`${what}, a latitude in degrees from -89 to 89`));

/**
 * The map projection (`content/data/projection.json`): where the Lambert conformal conic of
 * every map is centred and true to scale. The region the story's views cover decides it.
 */
export const projectionSchema = z
  .object({
    about: z.string(expecting('a sentence on why these values, or leave it out')).optional(),
    centralMeridian: z
      .number(
        expecting(
          'the longitude in degrees (-180 to 180) of the middle of the region the maps show, e.g. 37',
        ),
      )
      .min(-180, expecting('a longitude in degrees from -180 to 180'))
      .max(180, expecting('a longitude in degrees from -180 to 180')),
    parallels: z
      .tuple([latitude('the southern standard parallel'), latitude('the northern one')], {
        error: (issue) =>
          `got ${JSON.stringify(issue.input) ?? 'nothing (the field is missing)'}; expected the two standard parallels, e.g. [34, 52]: latitudes near the bottom and top of the region, where the map is true to scale`,
      })
      .refine(([south, north]) => south < north, {
        error: (issue) =>
          `got ${JSON.stringify(issue.input)}; expected the southern standard parallel first, then a northern one`,
      }),
    originLatitude: latitude('the latitude of the map projection origin, e.g. 44'),
  })
  .strict();

export type ProjectionSettings = z.infer<typeof projectionSchema>;

/** Reads and checks the projection file; a mistake names the file, the field and what was expected. */
export function readProjection(file: string): ProjectionSettings {
  const parsed = projectionSchema.safeParse(readJson(file));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || 'the file'}: ${issue.message}`,
  );
  throw new ContentError(`${file}: the map projection is not usable:\n${problems.join('\n')}`, {
    file,
  });
}
