import { z } from 'astro/zod';
import { expecting, expectingOneOf } from './expecting';

/**
 * One sourced figure about an aircraft: a number, its unit and the source that gives it. The unit
 * is fixed per field (a length in metres, a payload in tonnes), so a figure copied in another unit
 * fails the build instead of being drawn at the wrong scale.
 */
export function figure(what: string, unit: string, sourceIds: readonly string[]) {
  return z
    .object(
      {
        value: z
          .number(expecting(`${what} as a number in ${unit}, e.g. 46.59`))
          .positive(expecting(`${what} as a positive number in ${unit}`)),
        unit: z.literal(unit, expecting(`the unit "${unit}"`)),
        source: z.enum(
          sourceIds as [string, ...string[]],
          expectingOneOf('a source id from content/data/sources.json', sourceIds),
        ),
        /** What the figure depends on, e.g. "with 40 t on board". */
        note: z
          .string(expecting('a short note, or leave the field out'))
          .min(3, expecting('a short note'))
          .optional(),
      },
      {
        error: (issue) =>
          `got ${issue.input === undefined ? 'nothing (the field is missing)' : JSON.stringify(issue.input)}; expected ${what} written as { "value": ..., "unit": "${unit}", "source": "..." }`,
      },
    )
    .strict();
}

const share = (what: string) =>
  z
    .number(expecting(`${what}, a share from 0 to 1`))
    .min(0, expecting(`${what}, a share from 0 to 1`))
    .max(1, expecting(`${what}, a share from 0 to 1`));

/** The proportions the silhouette is drawn with: a drawing choice, not a sourced measurement. */
const planformSchema = z
  .object({
    note: z
      .string(expecting('a note saying these are drawing proportions'))
      .min(10, expecting('a note saying these are drawing proportions')),
    fuselageWidth: share('the fuselage width as a share of the length'),
    wingAt: share(
      "where the wing's leading edge meets the fuselage, as a share of the length from the nose",
    ),
    rootChord: share("the wing's chord at the fuselage, as a share of the length"),
    tipChord: share("the wing's chord at the tip, as a share of the length"),
    sweep: z
      .number(expecting('the wing sweep in degrees, 0 to 45'))
      .min(0, expecting('the wing sweep in degrees, 0 to 45'))
      .max(45, expecting('the wing sweep in degrees, 0 to 45')),
    tailAt: share(
      "where the tailplane's leading edge meets the fuselage, as a share of the length",
    ),
    tailSpan: share("the tailplane's span as a share of the wingspan"),
    tailChord: share("the tailplane's chord as a share of the length"),
    enginesAt: z.array(
      share('where an engine hangs, as a share of the half-span'),
      expecting('a list of engine positions, shares of the half-span'),
    ),
  })
  .strict();

/** A transport aircraft (`content/data/aircraft.json`): its sourced figures and how to draw it. */
export function aircraftSchema(sourceIds: readonly string[]) {
  return z
    .object({
      id: z
        .string(expecting('an id, e.g. "c-130"'))
        .regex(
          /^[a-z0-9-]+$/,
          expecting('an id of lower-case letters, digits and dashes, e.g. "c-130"'),
        ),
      name: z
        .string(expecting('the full name, e.g. "Lockheed C-130 Hercules"'))
        .min(3, expecting('the full name, e.g. "Lockheed C-130 Hercules"')),
      shortName: z
        .string(expecting('a short name, e.g. "C-130"'))
        .min(2, expecting('a short name, e.g. "C-130"'))
        .max(12, expecting('a short name of at most 12 characters')),
      description: z
        .string(expecting('one sentence on what the aircraft is'))
        .min(10, expecting('one sentence on what the aircraft is')),
      length: figure('the length', 'm', sourceIds),
      wingspan: figure('the wingspan', 'm', sourceIds),
      payload: figure('the payload', 't', sourceIds),
      range: figure('the range', 'km', sourceIds),
      people: figure('the number of people one flight carries', 'people', sourceIds),
      planform: planformSchema,
    })
    .strict();
}

export type Aircraft = z.infer<ReturnType<typeof aircraftSchema>>;
