/**
 * The layers a map step can list in `layers`. Each is a set of the map's elements (marked
 * `data-layer` in Map.astro) that the step shows or hides; a step that names none shows them all.
 * Each kind of place names its layer in content/data/place-kinds.json.
 */
export const mapLayers = ['governorates', 'cities', 'airports', 'bases'] as const;

export type MapLayer = (typeof mapLayers)[number];
