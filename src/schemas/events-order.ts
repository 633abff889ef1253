/**
 * The timeline reads `content/data/events.json` top to bottom, so the file must be in date order.
 * A per-event schema cannot see the neighbours: the collection's parser checks the order and
 * names the file, the event and the reason, e.g.
 * `content/data/events.json: event "hama-falls" (entry 6): date "2024-12-05" is before ...`.
 */
export function parseEventsInOrder(file: string) {
  return (text: string): Record<string, unknown>[] => {
    const entries = JSON.parse(text) as unknown;
    if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of events`);
    let previous: { id: string; date: string } | undefined;
    entries.forEach((entry: { id?: unknown; date?: unknown }, index) => {
      const id = typeof entry?.id === 'string' ? entry.id : `entry ${index + 1}`;
      // A malformed date is the schema's to report, with the expected form.
      if (typeof entry?.date !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(entry.date)) return;
      if (previous && entry.date < previous.date) {
        throw new Error(
          `${file}: event "${id}" (entry ${index + 1}): date "${entry.date}" is before the previous event "${previous.id}" (${previous.date}); expected events in date order, earliest first`,
        );
      }
      previous = { id, date: entry.date };
    });
    return entries as Record<string, unknown>[];
  };
}
