import { getCollection } from 'astro:content';
import { describeDistances, routeDistances } from './route-path';

/**
 * For each route that asks for it (`compareDistance` in routes.json), the sentence comparing the
 * line as drawn with the straight line between its ends, computed at build from the data.
 */
export async function routeDistanceTexts(): Promise<Map<string, string>> {
  const places = new Map(
    (await getCollection('places')).map((p) => [
      p.id,
      [p.data.lon, p.data.lat] as [number, number],
    ]),
  );
  const texts = new Map<string, string>();
  for (const { id, data } of await getCollection('routes')) {
    if (!data.compareDistance) continue;
    const stops = data.waypoints.map((w) => {
      const at = places.get(w.place);
      if (!at)
        throw new Error(
          `content/data/routes.json, route "${id}": no place "${w.place}" in content/data/places.json`,
        );
      return at;
    });
    texts.set(
      id,
      describeDistances(
        routeDistances(
          stops,
          data.waypoints.slice(1).map((w) => w.via),
        ),
      ),
    );
  }
  return texts;
}
