import { getCollection } from 'astro:content';
import type { MultiPolygon } from 'polygon-clipping';
import { dataPath } from '../../../../server/content/data-files';
import { readIds } from '../../../../server/schemas/read-ids';
import { pathString } from '../../server/path-string';
import { project } from '../../server/projection';
import { notSourced, type Faction } from '../../../../server/schemas/control';
import { countryOutline } from '../../server/geography';
import { controlAreas, planarArea, projectShape, type TownAtSnapshot } from './control-areas';
import { describeSnapshot } from './describe-control';
import { formatDays } from '../../../../shared/format-date';
import { thrustLine } from './thrust-line';

/**
 * Everything the map draws for the areas of control, computed once per build from
 * content/data/control: each snapshot's areas as SVG path data (projected units), the cities'
 * falls with their dates, the thrust arrows, and each snapshot in words.
 */

export interface ControlSnapshot {
  id: string;
  index: number;
  title: string;
  /** "2031-05-14" or "2031-05-14/2031-05-15". */
  days: string;
  basis: string;
  conflict: string | undefined;
  sources: string[];
  /** Holder id → path data; holders in legend order (factions, then "not-sourced"). */
  areas: { holder: string; d: string }[];
  /** Holder id → its area (projected units), to place the areas' names in each view. */
  shapes: Map<string, MultiPolygon>;
  /** The snapshot in words: who held which city. */
  description: string;
}

export interface ControlFall {
  town: string;
  label: string;
  faction: string;
  /** The snapshot from which the map marks it. */
  snapshot: string;
  days: string;
  point: [number, number];
}

export interface ControlThrust {
  id: string;
  title: string;
  faction: string;
  points: [number, number][];
}

export interface ControlModel {
  factions: ({ id: string } & Faction)[];
  snapshots: ControlSnapshot[];
  falls: ControlFall[];
  thrusts: ControlThrust[];
  zones: { id: string; basis: string }[];
  /** How many towns the table has. */
  townCount: number;
}

/** Rounding of the areas' path data, in projected units (km): finer than any view shows. */
const step = 0.2;
/** Simplification of the country's outline for the cut, in km²: the map's own outline is drawn on top. */
const outlineDetail = 0.05;

const models = new Map<string, Promise<ControlModel>>();

function inFileOrder<T extends { id: string }>(entries: readonly T[], file: string): T[] {
  const order = readIds(dataPath(`control/${file}`));
  return [...entries].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** Who held each town at snapshot `index` (the last entry at or before it). */
export function townsAt(
  towns: readonly {
    id: string;
    data: { lon: number; lat: number; held: { snapshot: string; faction: string }[] };
  }[],
  order: readonly string[],
  index: number,
): TownAtSnapshot[] {
  return towns.map(({ id, data }) => {
    const held = data.held.filter((entry) => order.indexOf(entry.snapshot) <= index).at(-1);
    return { id, lon: data.lon, lat: data.lat, holder: held?.faction ?? notSourced };
  });
}

async function build(country: string): Promise<ControlModel> {
  const [factionEntries, snapshotEntries, townEntries, zones, thrusts, places] = await Promise.all([
    getCollection('factions'),
    getCollection('snapshots'),
    getCollection('towns'),
    getCollection('zones'),
    getCollection('thrusts'),
    getCollection('places'),
  ]);
  // Collections do not keep the files' order, which here is meaning: snapshots in date order,
  // factions in legend order, towns north to south.
  const factions = inFileOrder(factionEntries, 'factions');
  const snapshots = inFileOrder(snapshotEntries, 'snapshots');
  const towns = inFileOrder(townEntries, 'towns');
  const order = snapshots.map((s) => s.id);
  const holderOrder = [...factions.map((f) => f.id), notSourced];
  const outline: MultiPolygon = projectShape(
    countryOutline(country, '10m', outlineDetail).geometry,
    project,
  );
  const placeLabel = new Map(places.map((p) => [p.id, p.data.label]));
  const townLabel = (town: (typeof towns)[number]) =>
    (town.data.place ? placeLabel.get(town.data.place) : undefined) ?? town.data.name;
  const factionLabel = new Map(factions.map((f) => [f.id, f.data.label]));

  const built = snapshots.map(({ id, data }, index): ControlSnapshot => {
    const inForce = zones.filter((zone) => {
      const from = order.indexOf(zone.data.properties.from);
      const until = zone.data.properties.until
        ? order.indexOf(zone.data.properties.until)
        : Infinity;
      return from <= index && index < until;
    });
    const areas = controlAreas(
      townsAt(towns, order, index),
      inForce.map((zone) => ({
        id: zone.id,
        faction: zone.data.properties.faction,
        rings: zone.data.geometry.coordinates as [number, number][][],
      })),
      outline,
      project,
    );
    const days = data.dateTo ? `${data.date}/${data.dateTo}` : data.date;
    const total = planarArea(outline);
    return {
      id,
      index,
      title: data.title,
      days,
      basis: data.basis,
      conflict: data.conflict,
      sources: data.sources,
      areas: holderOrder
        .filter((holder) => areas.has(holder))
        .map((holder) => ({
          holder,
          d: pathString({ type: 'MultiPolygon', coordinates: areas.get(holder)! }, null, step),
        })),
      shapes: areas,
      description: describeSnapshot({
        days: formatDays(days),
        held: towns
          .filter((town) => town.data.place)
          .map((town) => ({
            label: townLabel(town),
            holder: townsAt([town], order, index)[0]!.holder,
          })),
        shares: new Map([...areas].map(([holder, area]) => [holder, planarArea(area) / total])),
        factionLabel,
      }),
    };
  });

  const falls = towns.flatMap((town) =>
    town.data.held.flatMap((entry) =>
      entry.mark && entry.date
        ? [
            {
              town: town.id,
              label: townLabel(town),
              faction: entry.faction,
              snapshot: entry.snapshot,
              days: entry.date,
              point: project(town.data.lon, town.data.lat),
            },
          ]
        : [],
    ),
  );
  const townById = new Map(towns.map((town) => [town.id, town.data]));
  return {
    factions: factions.map((f) => ({ id: f.id, ...f.data })),
    snapshots: built,
    falls,
    thrusts: thrusts.map((t) => ({
      id: t.id,
      title: t.data.title,
      faction: t.data.faction,
      points: thrustLine(
        t.data.towns.map((id) => project(townById.get(id)!.lon, townById.get(id)!.lat)),
      ),
    })),
    zones: zones.map((zone) => ({ id: zone.id, basis: zone.data.properties.basis })),
    townCount: towns.length,
  };
}

/** The control model clipped to `country` (computed once per country, shared by every map that shows it). */
export function controlModel(country: string): Promise<ControlModel> {
  if (!models.has(country)) models.set(country, build(country));
  return models.get(country)!;
}
