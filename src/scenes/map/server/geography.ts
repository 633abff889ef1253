import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { pathString } from './path-string';
import { storyProjection } from './projection';
import type { Rect } from '../../../shared/geo/fit-view';

/**
 * Builds the map's geometry once, at build time, in Node: Natural Earth countries from the npm
 * package world-atlas and the focus country's subdivisions, simplified, projected with the story
 * projection, clipped to where the views can reach and written as SVG path data in projected units.
 *
 * Two levels of detail: `regional` (1:50m, the whole story region) and `detail` (1:10m plus the
 * subdivision lines, only where close views reach). Views with detail "high" show both, the detail
 * group on top. The focus country (the story's `focusCountry`) is drawn apart from the other land.
 */

/** How one level of detail is made. */
export interface LevelSpec {
  /** The world-atlas scale. */
  scale: '10m' | '50m';
  /** Rectangle (projected units) the geometry is clipped to. */
  clip: Rect;
  /** Drop vertices whose triangle is smaller than this area, in km² (topojson-simplify weight). */
  minAreaKm2: number;
  /** Rounding step of the path data, in projected units (km). */
  step: number;
}

/** SVG path data of one level of detail, in projected units. */
export interface Level {
  clip: Rect;
  /** Every country but the focus country. */
  land: string;
  /** The focus country, de facto outline as drawn by Natural Earth. */
  focus: string;
  /** Land borders between countries. */
  borders: string;
  /** Internal boundaries between subdivisions (detail level only; empty otherwise). */
  governorates: string;
}

/** What the builder reports about the traps it handled, for tests and the build log. */
export interface LayerReport {
  droppedFeatures: { scale: string; id: string; name: string; reason: string }[];
}

const EARTH_RADIUS_KM = 6371;
/** Natural Earth's Maldives polygon (ISO 3166-1 numeric 462) is wound so d3 fills the globe. */
const MALDIVES_ID = '462';

interface CountryProperties {
  name?: string;
}

type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  land: GeometryCollection;
}>;

function readWorldAtlas(scale: '10m' | '50m'): CountriesTopology {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = require.resolve(`world-atlas/countries-${scale}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
}

const kmToSteradians = (km2: number) => km2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);

function clipProjection(clip: Rect) {
  return storyProjection().clipExtent([
    [clip.x, clip.y],
    [clip.x + clip.width, clip.y + clip.height],
  ]);
}

/** Geographic bounds a projected rectangle covers, widened a little, to pre-filter features. */
function lonLatFilter(clip: Rect): (f: Feature) => boolean {
  const projection = storyProjection();
  const corners: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const t = i / 8;
    corners.push(
      [clip.x + clip.width * t, clip.y],
      [clip.x + clip.width * t, clip.y + clip.height],
    );
    corners.push(
      [clip.x, clip.y + clip.height * t],
      [clip.x + clip.width, clip.y + clip.height * t],
    );
  }
  const lonLat = corners.map((c): [number, number] => projection.invert?.(c) ?? [0, 0]);
  const west = Math.min(...lonLat.map(([lon]) => lon)) - 2;
  const east = Math.max(...lonLat.map(([lon]) => lon)) + 2;
  const south = Math.min(...lonLat.map(([, lat]) => lat)) - 2;
  const north = Math.max(...lonLat.map(([, lat]) => lat)) + 2;
  return (f) => {
    const [[w, s], [e, n]] = geoBounds(f);
    // geoBounds gives w > e for features crossing the antimeridian: keep those.
    if (w > e) return s <= north && n >= south;
    return w <= east && e >= west && s <= north && n >= south;
  };
}

/** The countries world-atlas names, for the story schema's choices. */
export function countryNames(): string[] {
  return readWorldAtlas('50m')
    .objects.countries.geometries.map((g) => nameOf(g) ?? '')
    .filter(Boolean)
    .sort();
}

const nameOf = (shape: { properties?: unknown }) =>
  (shape.properties as CountryProperties | null | undefined)?.name;

function focusFeature<T extends { properties?: unknown }>(
  features: readonly T[],
  focusCountry: string,
  scale: string,
): T {
  const found = features.find((f) => nameOf(f) === focusCountry);
  if (!found)
    throw new Error(
      `world-atlas ${scale}: no country named ${JSON.stringify(focusCountry)}; expected a name from countryNames()`,
    );
  return found;
}

function buildCountries(spec: LevelSpec, report: LayerReport, focusCountry: string) {
  const raw = readWorldAtlas(spec.scale);
  // Trap: features that d3 would draw as (nearly) the whole globe. The Maldives in 10m is one.
  const keep = raw.objects.countries.geometries.filter((g) => {
    const f = feature(raw, g) as Feature;
    const tooBig = geoArea(f) > 2 * Math.PI;
    if (g.id === MALDIVES_ID || tooBig) {
      report.droppedFeatures.push({
        scale: spec.scale,
        id: String(g.id ?? ''),
        name: (g.properties as CountryProperties | undefined)?.name ?? '',
        reason: tooBig
          ? 'wound inside out: d3 would fill the whole globe with it'
          : 'Maldives, outside the story region',
      });
      return false;
    }
    return true;
  });
  const filtered: CountriesTopology = {
    ...raw,
    objects: { ...raw.objects, countries: { ...raw.objects.countries, geometries: keep } },
  };
  const simplified = simplify(
    presimplify(filtered, sphericalTriangleArea),
    kmToSteradians(spec.minAreaKm2),
  ) as CountriesTopology;
  const countries = feature(simplified, simplified.objects.countries) as FeatureCollection<
    Geometry,
    CountryProperties
  >;
  const inRegion = lonLatFilter(spec.clip);
  const near = countries.features.filter(inRegion);
  const projection = clipProjection(spec.clip);
  // A level whose region does not reach the focus country draws it as no path at all; a name
  // world-atlas does not have stops the build.
  const focusShape = near.find((f) => nameOf(f) === focusCountry);
  if (!focusShape) focusFeature(countries.features, focusCountry, spec.scale);
  const land = pathString(
    { type: 'FeatureCollection', features: near.filter((f) => f !== focusShape) },
    projection,
    spec.step,
  );
  const focus = focusShape ? pathString(focusShape, projection, spec.step) : '';
  const borders = pathString(
    mesh(simplified, simplified.objects.countries, (a, b) => a !== b),
    projection,
    spec.step,
  );
  return { land, focus, borders };
}

/**
 * A country's de facto outline (Natural Earth via world-atlas, the outline the map draws), in
 * degrees, simplified like a level of detail: what the areas of control are clipped to.
 */
export function countryOutline(
  country: string,
  scale: '10m' | '50m',
  minAreaKm2: number,
): Feature<Polygon | MultiPolygon> {
  const raw = readWorldAtlas(scale);
  const simplified = simplify(
    presimplify(raw, sphericalTriangleArea),
    kmToSteradians(minAreaKm2),
  ) as CountriesTopology;
  return feature(
    simplified,
    focusFeature(simplified.objects.countries.geometries, country, scale),
  ) as Feature<Polygon | MultiPolygon>;
}

/** The internal lines between subdivisions: a topology mesh of shared arcs only. */
function buildGovernorates(
  governorates: FeatureCollection<Polygon | MultiPolygon>,
  spec: LevelSpec,
): string {
  const topo = topology({ governorates }, 1e6) as unknown as Topology<{
    governorates: GeometryCollection;
  }>;
  const simplified = simplify(
    presimplify(topo, sphericalTriangleArea),
    kmToSteradians(spec.minAreaKm2),
  );
  const object = simplified.objects['governorates'];
  if (!object) throw new Error('governorates topology lost its object');
  const lines = mesh(simplified, object as GeometryCollection, (a, b) => a !== b);
  return pathString(lines, clipProjection(spec.clip), spec.step);
}

/** Builds both levels of detail. */
export function buildMapLayers(
  specs: { regional: LevelSpec; detail: LevelSpec },
  governorates: FeatureCollection<Polygon | MultiPolygon>,
  focusCountry: string,
): { regional: Level; detail: Level; report: LayerReport } {
  const report: LayerReport = { droppedFeatures: [] };
  const regional = {
    clip: specs.regional.clip,
    ...buildCountries(specs.regional, report, focusCountry),
    governorates: '',
  };
  const detail = {
    clip: specs.detail.clip,
    ...buildCountries(specs.detail, report, focusCountry),
    governorates: buildGovernorates(governorates, specs.detail),
  };
  return { regional, detail, report };
}
