import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './content-root';
import { aircraftSchema } from './schemas/aircraft';
import { estimateInputSchema } from './schemas/airlift-estimate';
import { baseNoteSchema } from './schemas/base-note';
import { factionSchema, snapshotSchema, thrustSchema, townSchema, zoneSchema, type ControlChoices } from './schemas/control';
import { eventSchema } from './schemas/event';
import { checkEventsInOrder } from './schemas/events-order';
import { governorateSchema } from './schemas/governorate';
import { imagerySchema } from './schemas/imagery';
import { mapLabelSchema } from './schemas/map-label';
import { placeSchema } from './schemas/place';
import { routeSchema } from './schemas/route';
import { readIds } from './schemas/read-ids';
import { readPlaceCoordinates } from './schemas/read-places';
import { readSnapshots } from './schemas/read-snapshots';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';
import { viewSchema } from './schemas/view';

const sourcesFile = `${contentRoot}/data/sources.json`;
const placesFile = `${contentRoot}/data/places.json`;
const viewsFile = `${contentRoot}/data/views.json`;
const eventsFile = `${contentRoot}/data/events.json`;
const aircraftFile = `${contentRoot}/data/aircraft.json`;
checkEventsInOrder(eventsFile);
const controlDir = `${contentRoot}/data/control`;
const controlChoices: ControlChoices = {
  snapshots: readSnapshots(`${controlDir}/snapshots.json`),
  factions: readIds(`${controlDir}/factions.json`),
  sources: readIds(sourcesFile),
  places: readIds(placesFile),
};

/** Hand-drawn zones: one entry per GeoJSON feature, keyed by its `id` property. */
function parseZones(text: string) {
  const collection = JSON.parse(text) as { features?: { properties?: { id?: string } }[] };
  if (!Array.isArray(collection.features)) throw new Error('expected a GeoJSON FeatureCollection with "features"');
  return collection.features.map((f, index) => ({ ...f, id: f.properties?.id ?? `feature-${index + 1}` }));
}

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
  factions: defineCollection({
    loader: file(`${controlDir}/factions.json`),
    schema: factionSchema,
  }),
  snapshots: defineCollection({
    loader: file(`${controlDir}/snapshots.json`),
    schema: snapshotSchema(readIds(sourcesFile)),
  }),
  towns: defineCollection({
    loader: file(`${controlDir}/towns.json`),
    schema: townSchema(controlChoices),
  }),
  zones: defineCollection({
    loader: file(`${controlDir}/zones.geojson`, { parser: parseZones }),
    schema: zoneSchema(controlChoices),
  }),
  thrusts: defineCollection({
    loader: file(`${controlDir}/thrusts.json`),
    schema: thrustSchema(readIds(`${controlDir}/towns.json`), controlChoices.factions),
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
