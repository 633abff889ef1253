import { z } from 'astro/zod';
import { graphics, scenes, type Graphic, type StepState } from '../../scenes/registry';
import { expecting, expectingOneOf, showValue } from './expecting';
import { didYouMean, editDistance } from './did-you-mean';
import { isCalendarDay } from './event';

/** The valid choices a step's props are checked against, read from content/data. */
export interface StepChoices {
  views: readonly string[];
  places: readonly string[];
  layers: readonly string[];
  /** The sources the story lists in its frontmatter. */
  sources: readonly string[];
  /** Every source in content/data/sources.json: one of these missing from `sources` needs adding there. */
  knownSources?: readonly string[];
  /** Route ids from content/data/routes.json. */
  routes: readonly string[];
  /** Sites with a note in content/data/base-notes.json. */
  notes: readonly string[];
  /** The timeline's events (content/data/events.json): their ids and days. */
  events: readonly { id: string; date: string; dateTo?: string | undefined }[];
  /** Snapshots of the areas of control (content/data/control/snapshots.json), in date order. */
  snapshots: readonly { id: string; date: string; dateTo?: string | undefined }[];
  /** Thrust arrows (content/data/control/thrusts.json). */
  thrusts: readonly string[];
  /** Satellite imagery entries (content/data/imagery.json) and the site each shows. */
  imagery?: readonly { id: string; place: string }[];
  /** Sites with an airfield's runway figures (content/data/airfields.json, by place id). */
  airfieldPlaces?: readonly string[];
}

/** What a scrolly block draws: one of the scene kinds of src/scenes/registry.ts (the first by default). */
export { graphics, type Graphic };

/**
 * The most words a step's text should have: on a phone the card holds about this many in the
 * lower third of the screen, leaving the map above it clear. The build warns past it.
 */
export const stepWordLimit = 50;

/** How a block's graphic is named to readers (the step buttons, the text alternative's label). */
export const graphicNames = Object.fromEntries(
  graphics.map((graphic) => [graphic, scenes[graphic].name]),
) as Record<Graphic, string>;

/** Why a source id is refused when sources.json has it: the story's list lacks it. */
export function unlistedSource(id: string): string {
  return `got "${id}", which content/data/sources.json has but the story's "sources" list (in the frontmatter) does not; expected it added there as "  - ${id}"`;
}

/**
 * A source no data file has. Dated ids differ by a digit or two from unrelated outlets' (a
 * wire report and another agency's of the same week), so only a near-identical spelling is offered.
 */
export function unknownSource(source: string, known: readonly string[]): string {
  const close = known.filter((id) => editDistance(source, id) <= 2);
  return (
    `got "${source}", which is not in content/data/sources.json${close.length ? ` (a similar id there: ${close.map((id) => `"${id}"`).join(' or ')}; check it is the report you mean)` : ''}. ` +
    `To cite a new source, add it to content/data/sources.json (in the editor: Sources) with its id, publisher, title, url and date, then list its id in the story's "sources"`
  );
}

/** A space- or comma-separated list, each item one of `choices`; `why` may explain a refusal better. */
function idList(
  what: string,
  choices: readonly string[],
  why?: (id: string) => string | undefined,
) {
  return z.string(expecting(`${what}, separated by spaces`)).transform((text, context) => {
    const ids = text.split(/[\s,]+/).filter(Boolean);
    for (const id of ids) {
      if (choices.includes(id)) continue;
      const guess = didYouMean(id, choices);
      context.addIssue({
        code: 'custom',
        input: id,
        message:
          why?.(id) ??
          `got ${showValue(id)}${guess ? ` (did you mean "${guess}"?)` : ''}; expected ${what}: ${choices.join(', ') || '(none defined yet)'}`,
      });
    }
    return ids;
  });
}

const dateOrRange = z
  .string(expecting('a date as YYYY-MM-DD, or a range as YYYY-MM-DD/YYYY-MM-DD'))
  .transform((text, context) => {
    const [from, to = from, extra] = text.split('/');
    const valid = (day: string | undefined): day is string => !!day && isCalendarDay(day);
    if (extra !== undefined || !valid(from) || !valid(to) || Date.parse(to) < Date.parse(from)) {
      context.addIssue({
        code: 'custom',
        input: text,
        message: `got ${showValue(text)}; expected a date as YYYY-MM-DD, or a range as YYYY-MM-DD/YYYY-MM-DD with the later date second`,
      });
      return z.NEVER;
    }
    return { from, to };
  });

const share = /^(0(\.\d+)?|1(\.0+)?)$/;

/** How much of a route is drawn: a number from 0 to 1, or a range "0/1" drawn with scroll progress. */
const progressOrRange = z
  .string(expecting('a number from 0 to 1, or a range such as 0/1'))
  .transform((text, context) => {
    const [from, to = from, extra] = text.split('/');
    const valid = (value: string | undefined): value is string => !!value && share.test(value);
    if (extra !== undefined || !valid(from) || !valid(to)) {
      context.addIssue({
        code: 'custom',
        input: text,
        message: `got ${showValue(text)}; expected a number from 0 to 1 (how much of the route is drawn), or a range such as 0/1 drawn as the reader scrolls`,
      });
      return z.NEVER;
    }
    return { from: Number(from), to: Number(to) };
  });

const snapshotIds = (choices: StepChoices) =>
  (choices.snapshots.length ? choices.snapshots.map((s) => s.id) : ['(none defined yet)']) as [
    string,
    ...string[],
  ];
const imageryIds = (choices: StepChoices) =>
  (choices.imagery?.length ? choices.imagery.map((entry) => entry.id) : ['(none defined yet)']) as [
    string,
    ...string[],
  ];
const thrustIds = (choices: StepChoices) =>
  (choices.thrusts.length ? [...choices.thrusts] : ['(none defined yet)']) as [string, ...string[]];

/** The props a journalist writes on `<Step>`, checked at build against the story's data. */
export function stepPropsSchema(choices: StepChoices) {
  return z
    .object(
      {
        id: z
          .string(expecting('an id for the step, e.g. "city-falls" (lower case, digits, dashes)'))
          .regex(
            /^[a-z][a-z0-9-]*$/,
            expecting('an id for the step, e.g. "city-falls" (lower case, digits, dashes)'),
          ),
        // Required for map blocks, not allowed in timeline blocks: see remark-story-components.ts.
        view: z
          .enum(
            choices.views as [string, ...string[]],
            expectingOneOf('a view id from content/data/views.json', choices.views),
          )
          .optional(),
        event: z
          .string(expecting('an event id from content/data/events.json'))
          .refine((id) => choices.events.some((event) => event.id === id), {
            error: (issue) => {
              const ids = choices.events.map((event) => event.id);
              const guess = didYouMean(issue.input, ids);
              return `got ${showValue(issue.input)}${guess ? ` (did you mean "${guess}"?)` : ''}; expected an event id from content/data/events.json: ${ids.join(', ')}`;
            },
          })
          .optional(),
        highlight: idList('place ids from content/data/places.json', choices.places).optional(),
        layers: idList('map layers', choices.layers).optional(),
        date: dateOrRange.optional(),
        status: z
          .enum(
            ['confirmed', 'reported', 'unverified'],
            expectingOneOf('how sure the sources are', ['confirmed', 'reported', 'unverified']),
          )
          .optional(),
        sources: idList('source ids from the story\'s "sources" list', choices.sources, (id) =>
          !choices.knownSources
            ? undefined
            : choices.knownSources.includes(id)
              ? unlistedSource(id)
              : unknownSource(id, choices.knownSources),
        ).optional(),
        route: z
          .enum(
            choices.routes as [string, ...string[]],
            expectingOneOf('a route id from content/data/routes.json', choices.routes),
          )
          .optional(),
        routeProgress: progressOrRange.optional(),
        notes: idList('site ids from content/data/base-notes.json', choices.notes).optional(),
        control: z
          .enum(
            snapshotIds(choices),
            expectingOneOf(
              'a snapshot id from content/data/control/snapshots.json',
              snapshotIds(choices),
            ),
          )
          .optional(),
        arrows: idList(
          'thrust ids from content/data/control/thrusts.json',
          choices.thrusts,
        ).optional(),
        imagery: z
          .enum(
            imageryIds(choices),
            expectingOneOf('an imagery id from content/data/imagery.json', imageryIds(choices)),
          )
          .optional(),
        drawArrow: z
          .enum(
            thrustIds(choices),
            expectingOneOf(
              'a thrust id from content/data/control/thrusts.json, drawn as the reader scrolls',
              thrustIds(choices),
            ),
          )
          .optional(),
        alt: z
          .string(
            expecting(
              'a text alternative: one or two sentences saying what the graphic shows at this step',
            ),
          )
          .min(
            15,
            expecting(
              'a text alternative: one or two sentences saying what the graphic shows at this step',
            ),
          ),
      },
      { error: () => 'expected props written as name="value"' },
    )
    .strict();
}

/** Problems between props that are each valid alone (kept out of the schema so it can be picked from). */
export function stepPropsProblems(props: z.infer<ReturnType<typeof stepPropsSchema>>): string[] {
  if (props.routeProgress !== undefined && props.route === undefined) {
    return [
      'routeProgress: got a route progress but no route; expected route="..." naming the route to draw, or no routeProgress',
    ];
  }
  return [];
}

/** The complete state of the graphic declared by a step's props, by its block's scene kind. */
export function stepStateFromProps(
  graphic: Graphic,
  props: z.infer<ReturnType<typeof stepPropsSchema>>,
): StepState {
  const base = {
    id: props.id,
    ...(props.date ? { date: props.date } : {}),
    ...(props.status ? { status: props.status } : {}),
    sources: props.sources ?? [],
  };
  return scenes[graphic].fromProps(props, base);
}
