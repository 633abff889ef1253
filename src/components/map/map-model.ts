import { getCollection } from 'astro:content';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { revealedRect, unionRect, viewRect, type Rect } from '../../lib/geo/fit-view';
import { placeLabels, type LabelCandidate, type Side } from '../../lib/geo/label-layout';
import { buildMapLayers, type Level } from '../../lib/geo/map-layers';
import { project } from '../../lib/geo/projection';
import { northAngle, scaleBar } from '../../lib/geo/scale-bar';
import type { Place } from '../../schemas/place';

/**
 * Everything the map draws, computed once per build from content/data: geometry for both levels
 * of detail, and for each view its rectangle, labels, scale bar and north arrow.
 */

/** Screen boxes the label layout must hold on, by their stage width in px (phone, desktop). */
export const labelTiers = [330, 700] as const;
/** The widest stage the layout is checked for. */
export const maxStageWidth = 2400;
/** Aspect ratios (width / height) of the boxes a view may be fitted into: tall phone to wide desktop. */
const aspectRange = [0.45, 1.8] as const;

export type Symbol = 'city' | 'town' | 'russian_base' | 'us_base' | 'airport';

/** A label the map can show: a place with its symbol, or an area name. */
export interface MapItem {
  id: string;
  /** The label, then shorter variants. */
  texts: string[];
  point: [number, number];
  kind: Place['kind'] | 'country' | 'sea' | 'region';
  symbol: Symbol | null;
  fontSize: number;
  symbolRadius: number;
  widthFactor: number;
  highlight: boolean;
  /** Place details for the accessible description. */
  approximate: boolean;
}

export interface MapViewModel {
  id: string;
  title: string;
  detail: 'high' | 'low';
  rect: Rect;
  /**
   * Labels shown: id → [tier, side, text variant], plus [tier, side, variant] of a label that a
   * symbol-only key place (variant -1) gets on wider stages.
   */
  labels: Record<string, [number, Side, number] | [number, Side, number, number, Side, number]>;
  scale: { km: number; share: number };
  /** Degrees clockwise from up; null when north is up enough not to need an arrow. */
  north: number | null;
}

export interface MapModel {
  regional: Level;
  detail: Level;
  items: MapItem[];
  views: MapViewModel[];
  droppedFeatures: { scale: string; id: string; name: string; reason: string }[];
}

const symbolRadius: Record<Symbol, number> = { city: 3.5, town: 2.5, russian_base: 4.5, us_base: 4.5, airport: 3.5 };
const kindOrder: Place['kind'][] = ['russian_base', 'city', 'us_base', 'airbase', 'airport', 'town'];

function symbolFor(kind: Place['kind']): Symbol {
  return kind === 'airbase' ? 'airport' : kind;
}

interface Geometry {
  regional: Level;
  detail: Level;
  droppedFeatures: MapModel['droppedFeatures'];
  rects: Map<string, Rect>;
}

let geometry: Promise<Geometry> | undefined;

async function buildGeometry(): Promise<Geometry> {
  const views = await getCollection('views');
  const governorates = await getCollection('governorates');
  const rects = new Map(views.map((view) => [view.id, viewRect(view.data.bounds, project)]));
  const reach = (detail?: 'high') =>
    unionRect(views.filter((view) => !detail || view.data.detail === detail).map((view) => revealedRect(rects.get(view.id)!, ...aspectRange)));
  const collection = {
    type: 'FeatureCollection',
    features: governorates.map((entry) => entry.data),
  } as FeatureCollection<Polygon | MultiPolygon>;
  const layers = buildMapLayers(
    {
      regional: { scale: '50m', clip: reach(), minAreaKm2: 20, step: 1 },
      detail: { scale: '10m', clip: reach('high'), minAreaKm2: 0.05, step: 0.1 },
    },
    collection,
  );
  return { regional: layers.regional, detail: layers.detail, droppedFeatures: layers.report.droppedFeatures, rects };
}

/** The map model for a set of highlighted place ids (geometry is shared by all maps of a build). */
export async function mapModel(highlight: readonly string[] = []): Promise<MapModel> {
  geometry ??= buildGeometry();
  const { regional, detail, droppedFeatures, rects } = await geometry;
  const places = await getCollection('places');
  const areaLabels = await getCollection('mapLabels');
  const views = await getCollection('views');

  const items: MapItem[] = [
    ...places.map(({ id, data }): MapItem => {
      const symbol = symbolFor(data.kind);
      const strong = data.labelPriority <= 2 || data.kind === 'russian_base';
      const isHighlight = highlight.includes(id);
      return {
        id,
        texts: data.shortLabel ? [data.label, data.shortLabel] : [data.label],
        point: project(data.lon, data.lat),
        kind: data.kind,
        symbol,
        fontSize: isHighlight ? 14 : strong ? 13 : 12,
        symbolRadius: symbolRadius[symbol],
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
      fontSize: data.kind === 'country' ? 11 : 12,
      symbolRadius: 0,
      widthFactor: data.kind === 'country' ? 0.82 : 0.54,
      highlight: false,
      approximate: false,
    })),
  ];
  const placeById = new Map(places.map((p) => [p.id, p.data]));
  const itemById = new Map(items.map((item) => [item.id, item]));

  const viewModels = views.map(({ id, data }): MapViewModel => {
    const rect = rects.get(id)!;
    const rank = (placeId: string): number => {
      const place = placeById.get(placeId)!;
      if (highlight.includes(placeId)) return 0;
      const key = data.keyPlaces.indexOf(placeId);
      if (key >= 0) return 1 + key / 100;
      const base = place.labelPriority <= 2 ? 10 + place.labelPriority : 30 + place.labelPriority;
      return base + kindOrder.indexOf(place.kind) / 10;
    };
    const pointIds = places
      .filter((p) => p.data.labelPriority <= data.maxLabelPriority || highlight.includes(p.id) || data.keyPlaces.includes(p.id))
      .map((p) => p.id)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const areaIds = areaLabels.filter((a) => a.data.views.includes(id)).map((a) => `area-${a.id}`);
    // Area names go after the cities of the first two priorities and before the small places.
    const firstSmall = pointIds.findIndex((placeId) => rank(placeId) >= 30);
    const split = firstSmall === -1 ? pointIds.length : firstSmall;
    const order = [...pointIds.slice(0, split), ...areaIds, ...pointIds.slice(split)];
    const candidates: LabelCandidate[] = order.map((itemId) => itemById.get(itemId)!);
    const reserved = new Set([...highlight, ...data.keyPlaces]);
    const placement = placeLabels(candidates, rect, labelTiers, maxStageWidth, reserved);
    const labels: MapViewModel['labels'] = {};
    for (const [itemId, { tier, side, variant, wide }] of placement) {
      labels[itemId] = wide ? [tier, side, variant, wide.tier, wide.side, wide.variant] : [tier, side, variant];
    }
    const [[west, south], [east, north]] = data.bounds;
    const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
    const angle = northAngle(centre[0], centre[1], project);
    return {
      id,
      title: data.title,
      detail: data.detail,
      rect,
      labels,
      scale: scaleBar(rect, centre, project),
      north: east - west > 10 ? Math.round(angle * 10) / 10 : null,
    };
  });
  return { regional, detail, items, views: viewModels, droppedFeatures };
}
