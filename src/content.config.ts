import { defineCollection } from 'astro:content';
import { contentRoot } from './server/content/content-root';
import { dataFile, storyFiles } from './server/content/content-loaders';
import { aircraftSchema } from './server/schemas/aircraft';
import { airfieldSchema } from './server/schemas/airfield';
import { estimateInputSchema } from './server/schemas/airlift-estimate';
import { baseNoteSchema } from './server/schemas/base-note';
import {
  factionSchema,
  snapshotSchema,
  thrustSchema,
  townSchema,
  zoneSchema,
  type ControlChoices,
} from './server/schemas/control';
import { eventSchema } from './server/schemas/event';
import { checkEventsInOrder } from './server/schemas/events-order';
import { governorateSchema } from './server/schemas/governorate';
import { imagerySchema } from './server/schemas/imagery';
import { mapLabelSchema } from './server/schemas/map-label';
import { placeSchema } from './server/schemas/place';
import { routeSchema } from './server/schemas/route';
import { liveFile } from './server/schemas/live-file';
import { readIds } from './server/schemas/read-ids';
import { readPlaceCoordinates } from './server/schemas/read-places';
import { readSnapshots } from './server/schemas/read-snapshots';
import { sourceSchema } from './server/schemas/source';
import { storySchema } from './server/schemas/story';
import { viewSchema } from './server/schemas/view';
import { countryNames } from './scenes/map/server/geography';
import { captionSchema } from './server/schemas/caption';
import { placeKindSchema } from './server/schemas/place-kind';

const sourcesFile = `${contentRoot}/data/sources.json`;
const placesFile = `${contentRoot}/data/places.json`;
const placeKindsFile = `${contentRoot}/data/place-kinds.json`;
const viewsFile = `${contentRoot}/data/views.json`;
const eventsFile = `${contentRoot}/data/events.json`;
const aircraftFile = `${contentRoot}/data/aircraft.json`;
const controlDir = `${contentRoot}/data/control`;

/**
 * Ids read once, when the config loads, for the schemas that take a fixed list. A broken file
 * gives none here: its own collection's loader then reports it plainly (file, line, column),
 * where an error thrown from this module would reach the journalist wrapped in Astro's stack.
 */
function idsOrNone<T>(read: (file: string) => T[], file: string): T[] {
  try {
    return read(file);
  } catch {
    return [];
  }
}

const listedSources = idsOrNone(readIds, sourcesFile);
const listedPlaces = idsOrNone(readIds, placesFile);
const controlChoices: ControlChoices = {
  snapshots: idsOrNone(readSnapshots, `${controlDir}/snapshots.json`),
  factions: idsOrNone(readIds, `${controlDir}/factions.json`),
  sources: listedSources,
  places: listedPlaces,
};

/** Hand-drawn zones: one entry per GeoJSON feature, keyed by its `id` property. */
function parseZones(text: string) {
  const collection = JSON.parse(text) as { features?: { properties?: { id?: string } }[] };
  if (!Array.isArray(collection.features))
    throw new Error('expected a GeoJSON FeatureCollection with "features"');
  return collection.features.map((f, index) => ({
    ...f,
    id: f.properties?.id ?? `feature-${index + 1}`,
  }));
}

// Read when an entry is checked, not once: `astro dev` then accepts ids added while it runs.
const sourceIds = liveFile(sourcesFile, readIds);
const placeIds = liveFile(placesFile, readIds);

/** GeoJSON FeatureCollection → one entry per feature, keyed by its ISO code. */
function parseGovernorates(text: string) {
  const collection = JSON.parse(text) as { features?: { properties?: { shapeISO?: string } }[] };
  if (!Array.isArray(collection.features))
    throw new Error('expected a GeoJSON FeatureCollection with "features"');
  return collection.features.map((f, index) => ({
    id: f.properties?.shapeISO ?? `feature-${index + 1}`,
    ...f,
  }));
}

export const collections = {
  stories: defineCollection({
    loader: storyFiles(`${contentRoot}/stories`),
    schema: storySchema(sourceIds, countryNames()),
  }),
  sources: defineCollection({
    loader: dataFile(sourcesFile),
    schema: sourceSchema,
  }),
  placeKinds: defineCollection({
    loader: dataFile(placeKindsFile),
    schema: placeKindSchema,
  }),
  places: defineCollection({
    loader: dataFile(placesFile),
    schema: placeSchema(liveFile(placeKindsFile, readIds)),
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
  factions: defineCollection({
    loader: dataFile(`${controlDir}/factions.json`),
    schema: factionSchema,
  }),
  snapshots: defineCollection({
    // Date order is checked by reading them (readSnapshots throws), here where it is reported plainly.
    loader: dataFile(`${controlDir}/snapshots.json`, { check: (file) => void readSnapshots(file) }),
    schema: snapshotSchema(listedSources),
  }),
  towns: defineCollection({
    loader: dataFile(`${controlDir}/towns.json`),
    schema: townSchema(controlChoices),
  }),
  zones: defineCollection({
    loader: dataFile(`${controlDir}/zones.geojson`, { parser: parseZones }),
    schema: zoneSchema(controlChoices),
  }),
  thrusts: defineCollection({
    loader: dataFile(`${controlDir}/thrusts.json`),
    schema: thrustSchema(idsOrNone(readIds, `${controlDir}/towns.json`), controlChoices.factions),
  }),
  aircraft: defineCollection({
    loader: dataFile(aircraftFile),
    schema: aircraftSchema(listedSources),
  }),
  imagery: defineCollection({
    loader: dataFile(`${contentRoot}/data/imagery.json`),
    schema: imagerySchema(listedPlaces, listedSources, idsOrNone(readIds, aircraftFile)),
  }),
  airfields: defineCollection({
    loader: dataFile(`${contentRoot}/data/airfields.json`),
    schema: airfieldSchema(listedPlaces, listedSources),
  }),
  airliftEstimate: defineCollection({
    loader: dataFile(`${contentRoot}/data/airlift-estimate.json`),
    schema: estimateInputSchema,
  }),
  captions: defineCollection({
    loader: dataFile(`${contentRoot}/data/captions.json`),
    schema: captionSchema,
  }),
  governorates: defineCollection({
    loader: dataFile(`${contentRoot}/data/geo/subdivisions.geojson`, { parser: parseGovernorates }),
    schema: governorateSchema,
  }),
};
