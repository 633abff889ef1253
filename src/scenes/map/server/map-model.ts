import { getCollection } from 'astro:content';
import { homeStory } from '../../../server/content/stories';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { revealedRect, unionRect, viewRect, type Rect } from '../../../shared/geo/fit-view';
import {
  placeLabels,
  narrowLabels as narrowLayout,
  placeNarrowLabels,
  viewLabels,
  type LabelCandidate,
} from '../../../shared/geo/label-layout';
import { buildMapLayers, type Level } from './geography';
import { project } from './projection';
import { northAngle, scaleBar } from './scale-bar';
import { labelOrder, mapItems, type MapItem } from './map-items';
import { placeKinds } from './place-kinds';
import { labelTiers, maxStageWidth } from './map-tiers';

/**
 * Everything the map draws, computed once per build from content/data: geometry for both levels
 * of detail, and for each view its rectangle, labels, scale bar and north arrow.
 */

export { labelTiers, maxStageWidth } from './map-tiers';
/** Aspect ratios (width / height) of the boxes a view may be fitted into: tall phone to wide desktop. */
const aspectRange = [0.45, 1.8] as const;

import type { NarrowLabel, ViewLabel } from '../../../shared/geo/label-tiers';
export type { MapItem } from './map-items';

export interface MapViewModel {
  id: string;
  title: string;
  detail: 'high' | 'low';
  rect: Rect;
  /**
   * Labels shown: id → [tier, side, text variant], plus [tier, side, variant] of a label that a
   * symbol-only key place (variant -1) gets on wider stages.
   */
  labels: Record<string, ViewLabel>;
  /** Labels on stages narrower than the smallest wide tier: one layout per narrow tier. */
  narrowLabels: Record<string, NarrowLabel>[];
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

interface Geometry {
  regional: Level;
  detail: Level;
  droppedFeatures: MapModel['droppedFeatures'];
  rects: Map<string, Rect>;
}

/** One geometry per focus country (a build's stories may focus on different countries). */
const geometries = new Map<string, Promise<Geometry>>();

async function buildGeometry(focusCountry: string): Promise<Geometry> {
  const views = await getCollection('views');
  const governorates = await getCollection('governorates');
  const rects = new Map(views.map((view) => [view.id, viewRect(view.data.bounds, project)]));
  const reach = (detail?: 'high') =>
    unionRect(
      views
        .filter((view) => !detail || view.data.detail === detail)
        .map((view) => revealedRect(rects.get(view.id)!, ...aspectRange)),
    );
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
    focusCountry,
  );
  return {
    regional: layers.regional,
    detail: layers.detail,
    droppedFeatures: layers.report.droppedFeatures,
    rects,
  };
}

/**
 * The map model for a set of highlighted place ids, its geometry drawn for `focusCountry` (default:
 * the home story's); geometry is shared by all maps of a build with the same focus.
 */
export async function mapModel(
  highlight: readonly string[] = [],
  focusCountry?: string,
): Promise<MapModel> {
  const focus = focusCountry ?? (await homeStory()).data.focusCountry;
  if (!geometries.has(focus)) geometries.set(focus, buildGeometry(focus));
  const { regional, detail, droppedFeatures, rects } = await geometries.get(focus)!;
  const places = await getCollection('places');
  const areaLabels = await getCollection('mapLabels');
  const views = await getCollection('views');

  const kinds = new Map((await placeKinds()).map((kind) => [kind.id, kind]));
  const items = mapItems(places, areaLabels, highlight, kinds);
  const itemById = new Map(items.map((item) => [item.id, item]));

  const viewModels = views.map(({ id, data }): MapViewModel => {
    const rect = rects.get(id)!;
    const order = labelOrder(
      data,
      places,
      areaLabels.filter((a) => a.data.views.includes(id)).map((a) => `area-${a.id}`),
      highlight,
      kinds,
    );
    const candidates: LabelCandidate[] = order.map((itemId) => itemById.get(itemId)!);
    const reserved = new Set([...highlight, ...data.keyPlaces]);
    const placement = placeLabels(candidates, rect, labelTiers.wide, maxStageWidth, reserved);
    const narrow = placeNarrowLabels(placement, itemById, rect, labelTiers, reserved);
    const labels = viewLabels(placement);
    const narrowLabels = narrow.map(narrowLayout);
    const [[west, south], [east, north]] = data.bounds;
    const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
    const angle = northAngle(centre[0], centre[1], project);
    return {
      id,
      title: data.title,
      detail: data.detail,
      rect,
      labels,
      narrowLabels,
      scale: scaleBar(rect, centre, project),
      north: east - west > 10 ? Math.round(angle * 10) / 10 : null,
    };
  });
  return { regional, detail, items, views: viewModels, droppedFeatures };
}
