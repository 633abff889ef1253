import { project } from './projection';
import type { MapLabel } from '../../../server/schemas/map-label';
import type { Place } from '../../../server/schemas/place';
import type { View } from '../../../server/schemas/view';
import type { PlaceKind } from '../../../server/schemas/place-kind';

/**
 * What the map labels, and in which order labels claim space in a view. Pure: takes content
 * entries ({ id, data }) and returns plain objects, so tests can use the real data files.
 */

export type Symbol = PlaceKind['symbol'];

/** A label the map can show: a place with its symbol, or an area name. */
export interface MapItem {
  id: string;
  /** The label, then shorter variants. */
  texts: string[];
  /** Anchor in projected units. */
  point: [number, number];
  kind: Place['kind'] | MapLabel['kind'];
  symbol: Symbol | null;
  /** How the label reads (PlaceKind's labelStyle); area names are "standard". */
  labelStyle: PlaceKind['labelStyle'];
  /** The symbol's fill in each scheme, when its kind has one. */
  colour?: PlaceKind['colour'];
  fontSize: number;
  symbolRadius: number;
  widthFactor: number;
  highlight: boolean;
  approximate: boolean;
}

interface Entry<T> {
  id: string;
  data: T;
}

/** The kind of a place, which the content schema has checked exists. */
function kindOf(kinds: ReadonlyMap<string, PlaceKind>, kind: string): PlaceKind {
  const found = kinds.get(kind);
  if (!found)
    throw new Error(
      `content/data/place-kinds.json: no kind "${kind}"; expected one of ${[...kinds.keys()].join(', ')}`,
    );
  return found;
}

/** Every place and area name as a map item; area ids are prefixed `area-`. */
export function mapItems(
  places: readonly Entry<Place>[],
  areaLabels: readonly Entry<MapLabel>[],
  highlight: readonly string[],
  kinds: ReadonlyMap<string, PlaceKind>,
): MapItem[] {
  return [
    ...places.map(({ id, data }): MapItem => {
      const kind = kindOf(kinds, data.kind);
      const strong = data.labelPriority <= 2 || kind.labelStyle === 'prominent';
      const isHighlight = highlight.includes(id);
      return {
        id,
        texts: data.shortLabel ? [data.label, data.shortLabel] : [data.label],
        point: project(data.lon, data.lat),
        kind: data.kind,
        symbol: kind.symbol,
        labelStyle: kind.labelStyle,
        ...(kind.colour ? { colour: kind.colour } : {}),
        fontSize: isHighlight ? 14 : strong ? 13 : 12,
        symbolRadius: kind.size,
        widthFactor: isHighlight || strong ? 0.6 : 0.56,
        highlight: isHighlight,
        approximate: data.confidence === 'low',
      };
    }),
    ...areaLabels.map(({ id, data }): MapItem => ({
      id: `area-${id}`,
      texts: [data.kind === 'country' ? data.text.toUpperCase() : data.text],
      point: project(data.lon, data.lat),
      kind: data.kind,
      symbol: null,
      labelStyle: 'standard',
      fontSize: data.kind === 'country' ? 11 : 12,
      symbolRadius: 0,
      widthFactor: data.kind === 'country' ? 0.82 : 0.54,
      highlight: false,
      approximate: false,
    })),
  ];
}

/**
 * The order in which a view's labels claim space: highlighted places, the view's key places, the
 * other places up to its maxLabelPriority (priority 1 and 2 first), with area names (`areaIds`)
 * after the first two priorities and before the small places.
 */
export function labelOrder(
  view: View,
  places: readonly Entry<Place>[],
  areaIds: readonly string[],
  highlight: readonly string[],
  kinds: ReadonlyMap<string, PlaceKind>,
): string[] {
  const placeById = new Map(places.map((p) => [p.id, p.data]));
  const rank = (placeId: string): number => {
    const place = placeById.get(placeId)!;
    // Highlighted places first, the view's key places among them in the order the view lists them.
    const key = view.keyPlaces.indexOf(placeId);
    if (highlight.includes(placeId)) return key >= 0 ? (0.5 * key) / view.keyPlaces.length : 0.5;
    if (key >= 0) return 1 + key / view.keyPlaces.length;
    const base = place.labelPriority <= 2 ? 10 + place.labelPriority : 30 + place.labelPriority;
    return base + kindOf(kinds, place.kind).labelRank / 10;
  };
  const pointIds = places
    .filter(
      (p) =>
        p.data.labelPriority <= view.maxLabelPriority ||
        highlight.includes(p.id) ||
        view.keyPlaces.includes(p.id),
    )
    .map((p) => p.id)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const firstSmall = pointIds.findIndex((placeId) => rank(placeId) >= 30);
  const split = firstSmall === -1 ? pointIds.length : firstSmall;
  return [...pointIds.slice(0, split), ...areaIds, ...pointIds.slice(split)];
}
