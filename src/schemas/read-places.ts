import { readJson } from './read-json';
import type { PlaceCoordinates } from './view';

/**
 * The coordinates of every place in `content/data/places.json`, read when the content config
 * loads, so that the views schema can check that a view's key places exist and lie inside it.
 * Entries with unusable coordinates are left out here; the places schema reports them.
 */
export function readPlaceCoordinates(file: string): PlaceCoordinates {
  const entries = readJson(file);
  const places = new Map<string, { lat: number; lon: number }>();
  if (!Array.isArray(entries)) return places;
  for (const entry of entries as { id?: unknown; lat?: unknown; lon?: unknown }[]) {
    if (typeof entry?.id === 'string' && typeof entry.lat === 'number' && typeof entry.lon === 'number') {
      places.set(entry.id, { lat: entry.lat, lon: entry.lon });
    }
  }
  return places;
}
