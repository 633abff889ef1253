import { getCollection } from 'astro:content';
import { dataPath } from '../../../server/content/data-files';
import { readIds } from '../../../server/schemas/read-ids';
import type { PlaceKind } from '../../../server/schemas/place-kind';

export interface PlaceKindEntry extends PlaceKind {
  id: string;
}

/** The kinds of place, in the file's order, which is the map key's. */
export async function placeKinds(): Promise<PlaceKindEntry[]> {
  const order = readIds(dataPath('place-kinds'));
  const entries = await getCollection('placeKinds');
  return entries
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** One line of the key per distinct `legend`, with the first kind that has it. */
export function keyEntries(kinds: readonly PlaceKindEntry[]): PlaceKindEntry[] {
  return kinds.filter(
    (kind, index) => kinds.findIndex((other) => other.legend === kind.legend) === index,
  );
}

/** The style attribute that gives a coloured symbol its fill in each scheme (see Map.astro). */
export function kindColourStyle(kind: Pick<PlaceKind, 'colour'> | undefined): string | undefined {
  return kind?.colour
    ? `--kind-light: ${kind.colour.light}; --kind-dark: ${kind.colour.dark}`
    : undefined;
}
