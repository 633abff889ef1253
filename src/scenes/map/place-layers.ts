import type { placeKinds } from '../../server/schemas/place';

/**
 * The layers a map step can list in `layers`. Each is a set of the map's elements (marked
 * `data-layer` in Map.astro) that the step shows or hides; a step that names none shows them all.
 */
export const mapLayers = ['governorates', 'cities', 'airports', 'bases'] as const;

export type MapLayer = (typeof mapLayers)[number];

/** The layer each kind of place belongs to. */
export const placeLayer = {
  city: 'cities',
  town: 'cities',
  airport: 'airports',
  airbase: 'airports',
  russian_base: 'bases',
  us_base: 'bases',
} as const satisfies Record<(typeof placeKinds)[number], MapLayer>;
