/**
 * The layers a map step can list in `layers`. Each is a group in the map's SVG that the step
 * shows or hides; a step that names none shows them all.
 */
export const mapLayers = ['governorates', 'cities', 'bases'] as const;

export type MapLayer = (typeof mapLayers)[number];
