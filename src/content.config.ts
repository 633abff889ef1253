import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './content-root';
import { aircraftSchema } from './schemas/aircraft';
import { estimateInputSchema } from './schemas/airlift-estimate';
import { baseNoteSchema } from './schemas/base-note';
import { eventSchema } from './schemas/event';
import { checkEventsInOrder } from './schemas/events-order';
import { governorateSchema } from './schemas/governorate';
import { imagerySchema } from './schemas/imagery';
import { mapLabelSchema } from './schemas/map-label';
import { placeSchema } from './schemas/place';
import { routeSchema } from './schemas/route';
import { readIds } from './schemas/read-ids';
import { readPlaceCoordinates } from './schemas/read-places';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';
import { viewSchema } from './schemas/view';

const sourcesFile = `${contentRoot}/data/sources.json`;
const placesFile = `${contentRoot}/data/places.json`;
const viewsFile = `${contentRoot}/data/views.json`;
const eventsFile = `${contentRoot}/data/events.json`;
const aircraftFile = `${contentRoot}/data/aircraft.json`;
checkEventsInOrder(eventsFile);

/** GeoJSON FeatureCollection → one entry per feature, keyed by its ISO code. */
function parseGovernorates(text: string) {
  const collection = JSON.parse(text) as { features?: { properties?: { shapeISO?: string } }[] };
  if (!Array.isArray(collection.features)) throw new Error('expected a GeoJSON FeatureCollection with "features"');
  return collection.features.map((f, index) => ({ id: f.properties?.shapeISO ?? `feature-${index + 1}`, ...f }));
}

export const collections = {
  stories: defineCollection({
    loader: glob({ base: `${contentRoot}/stories`, pattern: '*.mdx' }),
    schema: storySchema(readIds(sourcesFile)),
  }),
  sources: defineCollection({
    loader: file(sourcesFile),
    schema: sourceSchema,
  }),
  places: defineCollection({
    loader: file(placesFile),
    schema: placeSchema,
  }),
  views: defineCollection({
    loader: file(viewsFile),
    schema: viewSchema(readPlaceCoordinates(placesFile)),
  }),
  routes: defineCollection({
    loader: file(`${contentRoot}/data/routes.json`),
    schema: routeSchema(readIds(placesFile), readIds(sourcesFile)),
  }),
  baseNotes: defineCollection({
    loader: file(`${contentRoot}/data/base-notes.json`),
    schema: baseNoteSchema(readIds(placesFile), readIds(sourcesFile)),
  }),
  mapLabels: defineCollection({
    loader: file(`${contentRoot}/data/map-labels.json`),
    schema: mapLabelSchema(readIds(viewsFile)),
  }),
  events: defineCollection({
    loader: file(eventsFile),
    schema: eventSchema(readIds(placesFile), readIds(sourcesFile)),
  }),
  aircraft: defineCollection({
    loader: file(aircraftFile),
    schema: aircraftSchema(readIds(sourcesFile)),
  }),
  imagery: defineCollection({
    loader: file(`${contentRoot}/data/imagery.json`),
    schema: imagerySchema(readIds(placesFile), readIds(sourcesFile), readIds(aircraftFile)),
  }),
  airliftEstimate: defineCollection({
    loader: file(`${contentRoot}/data/airlift-estimate.json`),
    schema: estimateInputSchema,
  }),
  governorates: defineCollection({
    loader: file(`${contentRoot}/data/geo/syria-governorates.geojson`, { parser: parseGovernorates }),
    schema: governorateSchema,
  }),
};
