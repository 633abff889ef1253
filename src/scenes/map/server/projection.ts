import { geoConicConformal, type GeoProjection } from 'd3-geo';

/**
 * The one projection the whole story uses: Lambert conformal conic, central meridian 37°E (through
 * Syria), standard parallels 34°N and 52°N, origin at 44°N.
 *
 * Why: the story's maps run from Benghazi (20°E, 32°N) to the Caspian (50°E) and Moscow (56°N), a
 * mid-latitude region wider in latitude than in longitude. A conformal conic keeps shapes true
 * everywhere (Syria, the coast and the bases look as they do on any atlas page), keeps scale within
 * about 3% between 30°N and 57°N, and keeps north nearly up: meridians lean at most ~11° at Libya and
 * the Caspian. Syria sits on the 34°N parallel, where the scale is exact.
 *
 * Projected units: the scale is the Earth's radius in km, so one unit is one kilometre on the
 * standard parallels (and within 1% of it anywhere in Syria). y grows southward, as on screen.
 */
export const projectionParameters = {
  centralMeridian: 37,
  parallels: [34, 52] as [number, number],
  originLatitude: 44,
  /** Earth's mean radius in km (d3-geo's sphere), so that units are kilometres. */
  earthRadiusKm: 6371,
  /** Adaptive resampling threshold, in projected units (km). */
  precision: 0.1,
} as const;

/** A new instance of the story projection (no clipping rectangle). */
export function storyProjection(): GeoProjection {
  const p = projectionParameters;
  return geoConicConformal()
    .parallels(p.parallels)
    .rotate([-p.centralMeridian, 0])
    .center([0, p.originLatitude])
    .scale(p.earthRadiusKm)
    .translate([0, 0])
    .precision(p.precision);
}

const shared = storyProjection();

/** Projects [lon, lat] in degrees to story units [x, y] (km, y southward). */
export function project(lon: number, lat: number): [number, number] {
  const point = shared([lon, lat]);
  if (!point) throw new Error(`cannot project ${lon}, ${lat}`);
  return point;
}

/** Inverse of `project`: story units to [lon, lat] in degrees. */
export function unproject(x: number, y: number): [number, number] {
  const point = shared.invert?.([x, y]);
  if (!point) throw new Error(`cannot unproject ${x}, ${y}`);
  return point;
}
