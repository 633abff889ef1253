import { geoDistance } from 'd3-geo';
import type { Rect } from '../../../shared/geo/fit-view';

const EARTH_RADIUS_KM = 6371;

/** Projected units per kilometre at a point (the projection is conformal, so in any direction). */
export function unitsPerKm(
  lon: number,
  lat: number,
  project: (lon: number, lat: number) => [number, number],
): number {
  const a = project(lon, lat);
  const b = project(lon, lat + 0.05);
  const km = geoDistance([lon, lat], [lon, lat + 0.05]) * EARTH_RADIUS_KM;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / km;
}

/**
 * A scale bar for a view: the longest round length (1, 2 or 5 x 10^n km) that takes at most
 * `maxShare` of the view's width, measured at the view's centre, and that share.
 */
export function scaleBar(
  rect: Rect,
  centre: [number, number],
  project: (lon: number, lat: number) => [number, number],
  maxShare = 0.25,
): { km: number; share: number } {
  const perKm = unitsPerKm(centre[0], centre[1], project);
  const maxKm = (rect.width * maxShare) / perKm;
  const power = Math.pow(10, Math.floor(Math.log10(maxKm)));
  const km = [5, 2, 1].map((m) => m * power).find((candidate) => candidate <= maxKm) ?? power;
  return { km, share: (km * perKm) / rect.width };
}

/** The direction of north at a point, in degrees clockwise from straight up on screen. */
export function northAngle(
  lon: number,
  lat: number,
  project: (lon: number, lat: number) => [number, number],
): number {
  const a = project(lon, lat);
  const b = project(lon, lat + 0.1);
  return (Math.atan2(b[0] - a[0], a[1] - b[1]) * 180) / Math.PI;
}
