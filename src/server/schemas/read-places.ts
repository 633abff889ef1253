import { readJson } from './read-json';
import type { PlaceCoordinates } from './view';

/**
 * The coordinates of every place in `content/data/places.json`, read when the content config
 * loads, so that the views schema can check that a view's key places exist and lie inside it.
 * Entries with unusable coordinates get NaN here; the places schema reports them.
 */
export function readPlaceCoordinates(file: string): PlaceCoordinates {
  const entries = readJson(file);
  const places = new Map<string, { lat: number; lon: number }>();
  if (!Array.isArray(entries)) return places;
  for (const entry of entries as { id?: unknown; lat?: unknown; lon?: unknown }[]) {
    if (typeof entry?.id !== 'string') continue;
    // NaN: the place exists, but its coordinates are for the places schema to report, not the views.
    const coordinate = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);
    places.set(entry.id, { lat: coordinate(entry.lat), lon: coordinate(entry.lon) });
  }
  return places;
}
