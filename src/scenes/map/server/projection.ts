import { geoConicConformal, type GeoProjection } from 'd3-geo';

/**
 * The one projection every map of the site uses: Lambert conformal conic, with the central
 * meridian, standard parallels and origin below.
 *
 * Why: a conformal conic keeps shapes true everywhere (coasts and bases look as they do on any
 * atlas page), keeps scale within a few percent between and just beyond its standard parallels,
 * and keeps north nearly up across a mid-latitude region wider in latitude than in longitude.
 * Chosen for the region the stories' views cover (content/data/views.json): move the meridian and
 * parallels with it.
 *
 * Projected units: the scale is the Earth's radius in km, so one unit is one kilometre on the
 * standard parallels. y grows southward, as on screen.
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
