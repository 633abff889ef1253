import { isCalendarDay } from './event';
import { ContentError } from './content-error';
import { readJson } from './read-json';

/**
 * The timeline reads `content/data/events.json` top to bottom, so the file must be in date order.
 * A per-event schema cannot see the neighbours, and Astro's file loader swallows a parser's error,
 * so the content config checks the order as it loads and stops with the file, the event and the
 * reason, e.g.
 * `content/data/events.json: event "city-falls" (entry 6): date "2031-05-14" is before ...`.
 */
export function checkEventsInOrder(file: string): void {
  const entries = readJson(file);
  if (!Array.isArray(entries))
    throw new ContentError(`${file}: expected a JSON array of events`, { file });
  let previous: { id: string; date: string } | undefined;
  entries.forEach((entry: { id?: unknown; date?: unknown }, index) => {
    const id = typeof entry?.id === 'string' ? entry.id : `entry ${index + 1}`;
    // A malformed date is the schema's to report, with the expected form.
    if (typeof entry?.date !== 'string' || !isCalendarDay(entry.date)) return;
    if (previous && entry.date < previous.date) {
      throw new ContentError(
        `${file}: event "${id}" (entry ${index + 1}): date "${entry.date}" is before the previous event "${previous.id}" (${previous.date}); expected events in date order, earliest first`,
        { file },
      );
    }
    previous = { id, date: entry.date };
  });
}
