import { Delaunay } from 'd3-delaunay';
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import polygonClipping, { type MultiPolygon, type Pair, type Polygon } from 'polygon-clipping';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Areas of control computed from a table of towns, the way a reader reads a town-level
 * map: each town claims the land nearer to it than to any other town (its Voronoi cell, in the
 * story projection), the cells are merged by who held the town, the borders between holders are
 * smoothed (on shared arcs, so neighbours still meet without gaps), and the result is cut to
 * the country's outline. Hand-drawn zones (a garrison's exclusion zone) then override the cells where they lie.
 * Pure: coordinates in, projected polygons out; run at build only.
 */

/** Who held a town at one snapshot: a faction id, or "not-sourced". */
export interface TownAtSnapshot {
  id: string;
  lon: number;
  lat: number;
  holder: string;
}

export interface ZoneShape {
  id: string;
  faction: string;
  /** Rings in degrees, outer first. */
  rings: [number, number][][];
}

export type Project = (lon: number, lat: number) => [number, number];

/** How far past the country's outline the Voronoi diagram reaches, in projected units (km). */
const margin = 150;
/** Chaikin corner-cutting passes on the borders between holders. */
const smoothing = 3;

/** Projects a GeoJSON polygon or multipolygon in degrees to a planar multipolygon. */
export function projectShape(shape: GeoPolygon | GeoMultiPolygon, project: Project): MultiPolygon {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return polygons.map((rings) =>
    rings.map((ring) => ring.map(([lon, lat]) => project(lon!, lat!))),
  );
}

/** Corner cutting along an open line whose ends stay put (they are shared with other arcs). */
export function chaikin(points: readonly Pair[], passes: number): Pair[] {
  let line = points.map((p): Pair => [p[0], p[1]]);
  for (let pass = 0; pass < passes && line.length > 2; pass += 1) {
    const next: Pair[] = [line[0]!];
    for (let i = 0; i + 1 < line.length; i += 1) {
      const [ax, ay] = line[i]!;
      const [bx, by] = line[i + 1]!;
      if (i > 0) next.push([0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by]);
      if (i + 2 < line.length) next.push([0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by]);
    }
    next.push(line.at(-1)!);
    line = next;
  }
  return line;
}

function bounds(shape: MultiPolygon): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of shape)
    for (const [x, y] of polygon[0] ?? [])
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}

/** Each town's Voronoi cell, over the margin box around the outline. */
function townCells(
  towns: readonly TownAtSnapshot[],
  box: [number, number, number, number],
  project: Project,
): (Polygon | null)[] {
  const voronoi = Delaunay.from(towns.map((town) => project(town.lon, town.lat))).voronoi(box);
  return towns.map((_, index) => {
    const cell = voronoi.cellPolygon(index) as Pair[] | null;
    return cell ? [cell] : null;
  });
}

/** Each holder's cells merged, covering the box without gaps. */
function mergedCells(
  towns: readonly TownAtSnapshot[],
  cells: readonly (Polygon | null)[],
): Map<string, MultiPolygon> {
  const byHolder = new Map<string, Polygon[]>();
  towns.forEach((town, index) => {
    const cell = cells[index];
    if (cell) byHolder.set(town.holder, [...(byHolder.get(town.holder) ?? []), cell]);
  });
  const merged = new Map<string, MultiPolygon>();
  for (const [holder, polygons] of byHolder) {
    const [first, ...rest] = polygons;
    if (first) merged.set(holder, polygonClipping.union(first, ...rest));
  }
  return merged;
}

/**
 * Smoothing cuts corners; where a town sits in a thin cell, a cut can leave it outside its own
 * holder's area. Its whole cell goes back to its holder, so the map never contradicts the table.
 */
function keepTownsInside(
  areas: Map<string, MultiPolygon>,
  towns: readonly TownAtSnapshot[],
  cells: readonly (Polygon | null)[],
  project: Project,
): void {
  towns.forEach((town, index) => {
    const cell = cells[index];
    if (!cell || containsPoint(areas.get(town.holder) ?? [], project(town.lon, town.lat))) return;
    for (const [holder, area] of areas)
      if (holder !== town.holder) areas.set(holder, polygonClipping.difference(area, cell));
    areas.set(town.holder, polygonClipping.union(areas.get(town.holder) ?? [], cell));
  });
}

/** Smooths the borders between holders on their shared arcs, so neighbours stay flush. */
function smoothed(areas: Map<string, MultiPolygon>): Map<string, MultiPolygon> {
  const holders = [...areas.keys()];
  const collection = {
    type: 'FeatureCollection' as const,
    features: holders.map((holder) => ({
      type: 'Feature' as const,
      id: holder,
      properties: {},
      geometry: { type: 'MultiPolygon' as const, coordinates: areas.get(holder)! },
    })),
  };
  const topo = topology({ areas: collection }) as unknown as Topology<{
    areas: GeometryCollection;
  }>;
  topo.arcs = topo.arcs.map((arc) => chaikin(arc as Pair[], smoothing));
  const result = new Map<string, MultiPolygon>();
  const features = (
    feature(topo, topo.objects.areas) as unknown as {
      features: Feature<GeoPolygon | GeoMultiPolygon>[];
    }
  ).features;
  features.forEach((f, index) => {
    const geometry = f.geometry;
    const shape = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    // A pass through the clipper repairs any sliver the smoothing folded over itself.
    result.set(holders[index]!, polygonClipping.union(shape as MultiPolygon));
  });
  return result;
}

/**
 * The areas each holder held at one snapshot, in projected units, cut to `outline` (projected).
 * `zones` are the hand-drawn areas in force at that snapshot.
 */
export function controlAreas(
  towns: readonly TownAtSnapshot[],
  zones: readonly ZoneShape[],
  outline: MultiPolygon,
  project: Project,
): Map<string, MultiPolygon> {
  const [x0, y0, x1, y1] = bounds(outline);
  const cells = townCells(towns, [x0 - margin, y0 - margin, x1 + margin, y1 + margin], project);
  const smooth = smoothed(mergedCells(towns, cells));
  keepTownsInside(smooth, towns, cells, project);
  const areas = new Map<string, MultiPolygon>();
  for (const [holder, shape] of smooth) {
    const inside = polygonClipping.intersection(shape, outline);
    if (inside.length > 0) areas.set(holder, inside);
  }
  for (const zone of zones) {
    const shape = polygonClipping.intersection(
      projectShape({ type: 'Polygon', coordinates: zone.rings }, project),
      outline,
    );
    for (const [holder, area] of areas)
      if (holder !== zone.faction) areas.set(holder, polygonClipping.difference(area, shape));
    areas.set(zone.faction, polygonClipping.union(areas.get(zone.faction) ?? [], shape));
  }
  for (const [holder, area] of areas) if (area.length === 0) areas.delete(holder);
  return areas;
}

/** Planar area of a multipolygon (holes subtracted), in projected units squared. */
export function planarArea(shape: MultiPolygon): number {
  const ringArea = (ring: Pair[]) => {
    let sum = 0;
    for (let i = 0; i + 1 < ring.length; i += 1)
      sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
    return Math.abs(sum) / 2;
  };
  return shape.reduce(
    (total, [outer = [], ...holes]) =>
      total + ringArea(outer) - holes.reduce((h, ring) => h + ringArea(ring), 0),
    0,
  );
}

/** Whether a point lies inside a multipolygon (even-odd over all rings). */
export function containsPoint(shape: MultiPolygon, [x, y]: Pair): boolean {
  let inside = false;
  for (const polygon of shape) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
