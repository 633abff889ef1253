import { geoArea } from 'd3-geo';
import { z } from 'astro/zod';
import { isCalendarDay } from './event';
import { schemeColour } from './colour';
import { expecting, expectingOneOf, showValue } from './expecting';
import { latitude, longitude } from './place';

/**
 * Areas of control by date (`content/data/control/`): the factions, the dated snapshots, a table
 * of towns with who held each at each snapshot, and hand-drawn zones where the town table cannot
 * say (a garrison's exclusion zone). The map's areas are computed from these at build
 * (src/scenes/map/control/server/control-areas.ts); every change of hands names its sources.
 */

/** A town whose holder our sources do not give at a snapshot: drawn hatched, never guessed. */
export const notSourced = 'not-sourced';

/** One side of the war (`factions.json`), in legend order, with the colours of its areas and marks. */
export const factionSchema = z.object({
  /** What the legend calls it. */
  label: z
    .string(expecting('a legend label of 3 to 32 characters'))
    .min(3, expecting('a legend label of 3 to 32 characters'))
    .max(32, expecting('a legend label of 3 to 32 characters')),
  /** The name written on the map inside its areas, where it fits (default: the label). */
  mapLabel: z
    .string(expecting('a short name for the map of 2 to 20 characters'))
    .min(2, expecting('a short name for the map of 2 to 20 characters'))
    .max(20, expecting('a short name for the map of 2 to 20 characters'))
    .optional(),
  /** One sentence for the text alternative and the legend. */
  description: z
    .string(expecting('one sentence on who they are'))
    .min(10, expecting('one sentence on who they are')),
  /** The fill of its areas and legend swatch, light and dark: pale enough for labels to read on. */
  colour: schemeColour,
  /** The colour of its arrows and of the rings on towns it took; left out, the map's arrow colour. */
  markColour: schemeColour.optional(),
});

export type Faction = z.infer<typeof factionSchema>;

/** A dated snapshot of the areas (`snapshots.json`), in date order. */
export function snapshotSchema(sourceIds: readonly string[]) {
  const day = z.string(expecting('a day as YYYY-MM-DD')).refine(isCalendarDay, {
    error: (issue) => `got ${showValue(issue.input)}; expected a real day as YYYY-MM-DD`,
  });
  return z
    .object({
      /** The day the areas show, or the first day of the range when sources disagree. */
      date: day,
      /** The last day of the range when sources disagree on the date (e.g. a city taken on 7 or 8 May). */
      dateTo: day.optional(),
      /** A short name, e.g. "The capital falls". */
      title: z
        .string(expecting('a short title, e.g. "The capital falls"'))
        .min(3, expecting('a short title, e.g. "The capital falls"')),
      /** How the areas were drawn and from what: printed on the page. */
      basis: z
        .string(expecting('one or two sentences on what the areas are based on'))
        .min(20, expecting('one or two sentences on what the areas are based on')),
      sources: z
        .array(
          z.enum(
            sourceIds as [string, ...string[]],
            expectingOneOf('a source id from content/data/sources.json', sourceIds),
          ),
        )
        .min(1, expecting('at least one source id')),
      /** What the sources disagree on, shown to readers. */
      conflict: z
        .string(expecting('a sentence on what the sources disagree on, or leave the field out'))
        .min(10)
        .optional(),
    })
    .superRefine((snapshot, ctx) => {
      if (snapshot.dateTo && snapshot.dateTo <= snapshot.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateTo'],
          message: `got "${snapshot.dateTo}"; expected a day after "date" (${snapshot.date}), or no dateTo`,
        });
      }
      if (snapshot.dateTo && !snapshot.conflict) {
        ctx.addIssue({
          code: 'custom',
          path: ['conflict'],
          message:
            'got nothing; expected a sentence on why the date is a range (what the sources disagree on)',
        });
      }
    });
}

export type Snapshot = z.infer<ReturnType<typeof snapshotSchema>>;

/** What a town's table and the zones are checked against: the snapshots in order, with their days. */
export interface ControlChoices {
  snapshots: readonly { id: string; date: string; dateTo?: string | undefined }[];
  factions: readonly string[];
  sources: readonly string[];
  places: readonly string[];
}

/** A day or a range "YYYY-MM-DD/YYYY-MM-DD", as [from, to]. */
function readDays(text: string): [string, string] | undefined {
  const [from = '', to = from, extra] = text.split('/');
  if (extra !== undefined || !isCalendarDay(from) || !isCalendarDay(to) || to < from)
    return undefined;
  return [from, to];
}

/** A town of the table (`towns.json`): where it is (GeoNames) and who held it, snapshot by snapshot. */
export function townSchema(choices: ControlChoices) {
  const snapshotIds = choices.snapshots.map((s) => s.id);
  const holders = [...choices.factions, notSourced];
  const change = z
    .object(
      {
        snapshot: z.enum(
          snapshotIds as [string, ...string[]],
          expectingOneOf('a snapshot id from content/data/control/snapshots.json', snapshotIds),
        ),
        faction: z.enum(
          holders as [string, ...string[]],
          expectingOneOf(
            `a faction id from content/data/control/factions.json, or "${notSourced}"`,
            holders,
          ),
        ),
        /** The day (or range) of the change, when the sources give it; the fall of a city must have one. */
        date: z
          .string(expecting('a day as YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD'))
          .optional(),
        /** Mark the town's fall on the map with its date (the big cities). */
        mark: z.boolean(expecting('true or false')).optional(),
        sources: z
          .array(
            z.enum(
              choices.sources as [string, ...string[]],
              expectingOneOf('a source id from content/data/sources.json', choices.sources),
            ),
          )
          .optional(),
        /** Why the change is drawn this way, for editors and the text alternative. */
        note: z.string(expecting('a note')).optional(),
      },
      { error: () => 'expected an entry written as { "snapshot": ..., "faction": ... }' },
    )
    .strict();
  return z
    .object({
      name: z
        .string(expecting('the GeoNames name of the town'))
        .min(2, expecting('the GeoNames name of the town')),
      geonameId: z
        .int(expecting('the GeoNames id, a whole number'))
        .positive(expecting('the GeoNames id, a whole number')),
      lon: longitude,
      lat: latitude,
      /** The same town in content/data/places.json, whose label the text alternative uses. */
      place: z
        .enum(
          choices.places as [string, ...string[]],
          expectingOneOf('a place id from content/data/places.json', choices.places),
        )
        .optional(),
      /** Who held the town: the first entry at the first snapshot, then each change, in snapshot order. */
      held: z
        .array(change, expecting('a list of holders, the first at the first snapshot'))
        .min(1, expecting('a list of holders, the first at the first snapshot')),
    })
    .superRefine((town, ctx) => {
      const first = town.held[0];
      if (first && first.snapshot !== snapshotIds[0]) {
        ctx.addIssue({
          code: 'custom',
          path: ['held', 0, 'snapshot'],
          message: `got "${first.snapshot}"; expected the first snapshot, "${snapshotIds[0]}": every town needs a holder from the start`,
        });
      }
      let previous = -1;
      town.held.forEach((entry, index) => {
        const at = snapshotIds.indexOf(entry.snapshot);
        if (at <= previous) {
          ctx.addIssue({
            code: 'custom',
            path: ['held', index, 'snapshot'],
            message: `got "${entry.snapshot}" after "${snapshotIds[previous]}"; expected changes in date order, each at a later snapshot (${snapshotIds.join(', ')})`,
          });
        }
        previous = Math.max(previous, at);
        if (index > 0 && entry.faction !== notSourced && !entry.sources?.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['held', index, 'sources'],
            message: 'got nothing; expected the source ids that report this change',
          });
        }
        if (entry.faction === notSourced && !entry.note) {
          ctx.addIssue({
            code: 'custom',
            path: ['held', index, 'note'],
            message: 'got nothing; expected a note saying why the holder is not sourced',
          });
        }
        if (entry.mark && !entry.date) {
          ctx.addIssue({
            code: 'custom',
            path: ['held', index, 'date'],
            message: 'got nothing; expected the day (or range) of the fall, which the map prints',
          });
        }
        if (entry.date === undefined) return;
        const days = readDays(entry.date);
        const snapshot = choices.snapshots[at];
        if (!days) {
          ctx.addIssue({
            code: 'custom',
            path: ['held', index, 'date'],
            message: `got ${showValue(entry.date)}; expected a day as YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD with the later day second`,
          });
        } else if (snapshot && days[1] > (snapshot.dateTo ?? snapshot.date)) {
          ctx.addIssue({
            code: 'custom',
            path: ['held', index, 'date'],
            message: `got "${entry.date}", after the snapshot "${snapshot.id}" (${snapshot.date}${snapshot.dateTo ? `/${snapshot.dateTo}` : ''}); expected a date out of order to go in a later snapshot`,
          });
        }
      });
    });
}

export type Town = z.infer<ReturnType<typeof townSchema>>;

type Position = [number, number];

/** Whether segments ab and cd cross (touching at shared ends does not count). */
function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const side = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** The first place a ring crosses itself, as a readable position, or undefined. */
export function selfIntersection(ring: readonly Position[]): string | undefined {
  const n = ring.length - 1;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 2; j < n; j += 1) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!))
        return `between positions ${i + 1} and ${j + 1}, near ${ring[i]!.join(', ')}`;
    }
  }
  return undefined;
}

const position = z.tuple(
  [longitude, latitude],
  expecting('a position [longitude, latitude] in degrees'),
);
const ring = z
  .array(position, expecting('a ring of positions'))
  .min(4, expecting('a closed ring of at least 4 positions'))
  .superRefine((points, ctx) => {
    const [first, last] = [points[0], points.at(-1)];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
      ctx.addIssue({
        code: 'custom',
        message: `got a ring that ends at ${last.join(', ')}, not where it starts (${first.join(', ')}); expected a closed ring`,
      });
      return;
    }
    const crossing = selfIntersection(points as Position[]);
    if (crossing)
      ctx.addIssue({
        code: 'custom',
        message: `got a ring that crosses itself ${crossing}; expected a simple ring (redraw the outline so it does not cross)`,
      });
  });

/** A hand-drawn zone (`zones.geojson` feature): a faction's area the town table cannot give. */
export function zoneSchema(choices: ControlChoices) {
  const snapshotIds = choices.snapshots.map((s) => s.id);
  return z
    .object({
      type: z.literal('Feature', expecting('"Feature"')),
      properties: z
        .object({
          id: z
            .string(expecting('an id for the zone, e.g. "exclusion-zone"'))
            .regex(/^[a-z][a-z0-9-]*$/, expecting('an id for the zone, e.g. "exclusion-zone"')),
          faction: z.enum(
            choices.factions as [string, ...string[]],
            expectingOneOf(
              'a faction id from content/data/control/factions.json',
              choices.factions,
            ),
          ),
          /** The first snapshot the zone shows in; it stays until `until` (exclusive) or the end. */
          from: z.enum(
            snapshotIds as [string, ...string[]],
            expectingOneOf('a snapshot id from content/data/control/snapshots.json', snapshotIds),
          ),
          until: z
            .enum(
              snapshotIds as [string, ...string[]],
              expectingOneOf('a snapshot id from content/data/control/snapshots.json', snapshotIds),
            )
            .optional(),
          /** How the zone was drawn, printed in the credits. */
          basis: z
            .string(expecting('a sentence on how the zone was drawn'))
            .min(20, expecting('a sentence on how the zone was drawn')),
        })
        .strict(),
      geometry: z.object({
        type: z.literal('Polygon', expecting('a Polygon (draw one zone per feature)')),
        coordinates: z.array(ring).min(1, expecting('at least one ring')),
      }),
    })
    .superRefine((zone, ctx) => {
      // d3 reads a ring wound counter-clockwise as "everything but this area": a zone the size of the globe.
      if (geoArea(zone) > 2 * Math.PI) {
        ctx.addIssue({
          code: 'custom',
          path: ['geometry', 'coordinates'],
          message:
            'got a polygon wound inside out (d3 would fill the whole globe except this area); expected its outer ring clockwise: reverse the order of its positions',
        });
      }
      const { from, until } = zone.properties;
      if (until && snapshotIds.indexOf(until) <= snapshotIds.indexOf(from)) {
        ctx.addIssue({
          code: 'custom',
          path: ['properties', 'until'],
          message: `got "${until}"; expected a snapshot after "from" (${from}), in date order (${snapshotIds.join(', ')})`,
        });
      }
    });
}

export type Zone = z.infer<ReturnType<typeof zoneSchema>>;

/** A main thrust of an advance (`thrusts.json`): an arrow through towns of the table. */
export function thrustSchema(townIds: readonly string[], factionIds: readonly string[]) {
  return z.object({
    title: z
      .string(expecting('a title, e.g. "From the coast to the capital"'))
      .min(5, expecting('a title, e.g. "From the coast to the capital"')),
    /** Whose advance it was; the arrow takes the faction's colour. */
    faction: z.enum(
      factionIds as [string, ...string[]],
      expectingOneOf('a faction id from content/data/control/factions.json', factionIds),
    ),
    towns: z
      .array(
        z.enum(
          townIds as [string, ...string[]],
          expectingOneOf('a town id from content/data/control/towns.json', townIds),
        ),
      )
      .min(2, expecting('at least two town ids, from the start to the head of the arrow')),
  });
}

export type Thrust = z.infer<ReturnType<typeof thrustSchema>>;
