import { readFileSync } from 'node:fs';
import type { Bounds } from '../../src/shared/geo/fit-view';

/** The real content files, read as the tests need them. */
export interface PlaceRow {
  id: string;
  label: string;
  shortLabel?: string;
  lat: number;
  lon: number;
  kind: string;
  labelPriority: number;
}
export interface ViewRow {
  id: string;
  bounds: Bounds;
  detail: 'high' | 'low';
  maxLabelPriority: number;
  keyPlaces: string[];
}

const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
export const places = read<PlaceRow[]>('content/data/places.json');
export const views = read<ViewRow[]>('content/data/views.json');
export const place = (id: string): PlaceRow => {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
};
