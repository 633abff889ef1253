import { isCalendarDay } from './event';
import { readJson } from './read-json';

/**
 * The snapshots of `content/data/control/snapshots.json` with their days, read when the content
 * config loads: the towns' and zones' schemas check their changes against them. A snapshot list
 * out of date order cannot be caught by a per-entry schema (it cannot see the neighbours), so it
 * stops here with the file, the snapshot and the reason, e.g.
 * `snapshots.json: snapshot "capital" (entry 3): date "2031-05-14" is before the previous snapshot ...`.
 */
export function readSnapshots(file: string): { id: string; date: string; dateTo?: string }[] {
  const entries = readJson(file);
  if (!Array.isArray(entries) || entries.length === 0)
    throw new Error(`${file}: expected a JSON array of snapshots`);
  const snapshots: { id: string; date: string; dateTo?: string }[] = [];
  entries.forEach((entry: { id?: unknown; date?: unknown; dateTo?: unknown }, index) => {
    const id = typeof entry?.id === 'string' ? entry.id : `entry ${index + 1}`;
    // A malformed date is the schema's to report, with the expected form.
    if (typeof entry?.date !== 'string' || !isCalendarDay(entry.date)) return;
    const previous = snapshots.at(-1);
    if (previous && entry.date < previous.date) {
      throw new Error(
        `${file}: snapshot "${id}" (entry ${index + 1}): date "${entry.date}" is before the previous snapshot "${previous.id}" (${previous.date}); expected snapshots in date order, earliest first`,
      );
    }
    snapshots.push({
      id,
      date: entry.date,
      ...(typeof entry.dateTo === 'string' ? { dateTo: entry.dateTo } : {}),
    });
  });
  return snapshots;
}
