import { defineCollection } from 'astro:content';
import { contentRoot } from './content-root';
import { dataFile, storyFiles } from './content-loaders';
import { baseNoteSchema } from './schemas/base-note';
import { eventSchema } from './schemas/event';
import { checkEventsInOrder } from './schemas/events-order';
import { governorateSchema } from './schemas/governorate';
import { mapLabelSchema } from './schemas/map-label';
import { placeSchema } from './schemas/place';
import { routeSchema } from './schemas/route';
import { liveFile } from './schemas/live-file';
import { readIds } from './schemas/read-ids';
import { readPlaceCoordinates } from './schemas/read-places';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';
import { viewSchema } from './schemas/view';

const sourcesFile = `${contentRoot}/data/sources.json`;
const placesFile = `${contentRoot}/data/places.json`;
const viewsFile = `${contentRoot}/data/views.json`;
const eventsFile = `${contentRoot}/data/events.json`;
// Read when an entry is checked, not once: `astro dev` then accepts ids added while it runs.
const sourceIds = liveFile(sourcesFile, readIds);
const placeIds = liveFile(placesFile, readIds);

/** GeoJSON FeatureCollection → one entry per feature, keyed by its ISO code. */
function parseGovernorates(text: string) {
  const collection = JSON.parse(text) as { features?: { properties?: { shapeISO?: string } }[] };
  if (!Array.isArray(collection.features)) throw new Error('expected a GeoJSON FeatureCollection with "features"');
  return collection.features.map((f, index) => ({ id: f.properties?.shapeISO ?? `feature-${index + 1}`, ...f }));
}

export const collections = {
  stories: defineCollection({
    loader: storyFiles(`${contentRoot}/stories`),
    schema: storySchema(sourceIds),
  }),
  sources: defineCollection({
    loader: dataFile(sourcesFile),
    schema: sourceSchema,
  }),
  places: defineCollection({
    loader: dataFile(placesFile),
    schema: placeSchema,
  }),
  views: defineCollection({
    loader: dataFile(viewsFile),
    schema: viewSchema(liveFile(placesFile, readPlaceCoordinates)),
  }),
  routes: defineCollection({
    loader: dataFile(`${contentRoot}/data/routes.json`),
    schema: routeSchema(placeIds, sourceIds),
  }),
  baseNotes: defineCollection({
    loader: dataFile(`${contentRoot}/data/base-notes.json`),
    schema: baseNoteSchema(placeIds, sourceIds),
  }),
  mapLabels: defineCollection({
    loader: dataFile(`${contentRoot}/data/map-labels.json`),
    schema: mapLabelSchema(liveFile(viewsFile, readIds)),
  }),
  events: defineCollection({
    loader: dataFile(eventsFile, { check: checkEventsInOrder }),
    schema: eventSchema(placeIds, sourceIds),
  }),
  governorates: defineCollection({
    loader: dataFile(`${contentRoot}/data/geo/syria-governorates.geojson`, { parser: parseGovernorates }),
    schema: governorateSchema,
  }),
};
