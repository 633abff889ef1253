import events from '../../content/data/events.json';
import notes from '../../content/data/base-notes.json';
import imagery from '../../content/data/imagery.json';
import places from '../../content/data/places.json';
import placeKinds from '../../content/data/place-kinds.json';
import routes from '../../content/data/routes.json';
import sources from '../../content/data/sources.json';
import snapshots from '../../content/data/control/snapshots.json';
import thrusts from '../../content/data/control/thrusts.json';
import views from '../../content/data/views.json';
import { mapLayers } from '../scenes/map/place-layers';
import type { IdOption } from './id-fields';

/**
 * The editor's pickers offer the ids of content/data, each with words a journalist recognises,
 * so a step never names an id by typing it. Read when the editor loads (Vite imports the JSON,
 * and reloads the editor when a data file changes). Runs in the browser, in `astro dev` only.
 */
const options = <T extends { id: string }>(
  entries: readonly T[],
  label: (entry: T) => string,
): IdOption[] =>
  entries.map((entry) => ({ value: entry.id, label: `${label(entry)} (${entry.id})` }));

export const choices = {
  views: options(views, (view) => view.title),
  places: options(places, (place) => place.name),
  placeKinds: options(placeKinds, (kind) => kind.legend),
  sources: options(sources, (source) => `${source.publisher}: ${source.title}`),
  snapshots: options(snapshots, (snapshot) => snapshot.title),
  thrusts: options(thrusts, (thrust) => thrust.title),
  routes: options(routes, (route) => route.title),
  notes: options(notes, (note) => note.text.slice(0, 60)),
  events: options(events, (event) => `${event.date}: ${event.title}`),
  imagery: options(imagery, (entry) => `${entry.date}: ${entry.summary}`),
  layers: mapLayers.map((layer) => ({ value: layer, label: layer })),
};
