import { readFileSync } from 'node:fs';
import type { Place } from '../../src/schemas/place';
import type { View } from '../../src/schemas/view';

/** The real content files, read as the tests need them, typed by their schemas. */
export type PlaceRow = Place & { id: string };
export type ViewRow = View & { id: string };

const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
export const places = read<PlaceRow[]>('content/data/places.json');
export const views = read<ViewRow[]>('content/data/views.json');
export const place = (id: string): PlaceRow => {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
};
