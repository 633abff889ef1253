import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { dataPath } from '../../../server/content/data-files';
import { readProjection, type ProjectionSettings } from '../../../server/schemas/projection';

/**
 * The one projection every map of the site uses: Lambert conformal conic, with the central
 * meridian, standard parallels and origin of `content/data/projection.json`.
 *
 * Why: a conformal conic keeps shapes true everywhere (coasts and bases look as they do on any
 * atlas page), keeps scale within a few percent between and just beyond its standard parallels,
 * and keeps north nearly up across a mid-latitude region wider in latitude than in longitude.
 * The region the stories' views cover (content/data/views.json) sets the meridian and parallels.
 *
 * Projected units: the scale is the Earth's radius in km, so one unit is one kilometre on the
 * standard parallels. y grows southward, as on screen.
 */
const engine = {
  /** Earth's mean radius in km (d3-geo's sphere), so that units are kilometres. */
  earthRadiusKm: 6371,
  /** Adaptive resampling threshold, in projected units (km). */
  precision: 0.1,
} as const;

let settings: ProjectionSettings | undefined;

/** The story's projection settings, read once per build from content/data/projection.json. */
export function projectionSettings(): ProjectionSettings {
  return (settings ??= readProjection(dataPath('projection')));
}

/** A new instance of the story projection (no clipping rectangle). */
export function storyProjection(): GeoProjection {
  const p = projectionSettings();
  return geoConicConformal()
    .parallels(p.parallels)
    .rotate([-p.centralMeridian, 0])
    .center([0, p.originLatitude])
    .scale(engine.earthRadiusKm)
    .translate([0, 0])
    .precision(engine.precision);
}

let shared: GeoProjection | undefined;

/** Projects [lon, lat] in degrees to story units [x, y] (km, y southward). */
export function project(lon: number, lat: number): [number, number] {
  const point = (shared ??= storyProjection())([lon, lat]);
  if (!point) throw new Error(`cannot project ${lon}, ${lat}`);
  return point;
}

/** Inverse of `project`: story units to [lon, lat] in degrees. */
export function unproject(x: number, y: number): [number, number] {
  const point = (shared ??= storyProjection()).invert?.([x, y]);
  if (!point) throw new Error(`cannot unproject ${x}, ${y}`);
  return point;
}
