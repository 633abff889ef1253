import { readData } from './data-files';

/**
 * Checks across files that warn rather than stop the build: what a step's alt names against what
 * it highlights, and the sources of a town's change of hands against its snapshot's. The build
 * prints them (remark-story-components.ts) and the gallery flags the steps. Build time.
 */
export interface CrossCheckData {
  /** Place names as the map and the text give them, each with the places it may mean. */
  names: ReadonlyMap<string, readonly string[]>;
  towns: readonly {
    name: string;
    place?: string;
    held: readonly { snapshot: string; sources?: readonly string[] }[];
  }[];
  snapshots: ReadonlyMap<string, readonly string[]>;
}

interface PlaceEntry {
  id: string;
  label: string;
  shortLabel?: string;
}

const read = <T>(name: string): T => readData(name) as T;

/** A place's names: its label without a note in brackets, and its short label, unless abbreviated. */
function placeNames(place: PlaceEntry): string[] {
  return [place.label.replace(/\s*\(.*\)\s*/g, ' ').trim(), place.shortLabel ?? ''].filter(
    (name) => name.length > 2 && !name.endsWith('.'),
  );
}

export function crossCheckData(): CrossCheckData {
  const names = new Map<string, string[]>();
  for (const place of read<PlaceEntry[]>('places'))
    for (const name of placeNames(place)) names.set(name, [...(names.get(name) ?? []), place.id]);
  const snapshots = new Map(
    read<{ id: string; sources: string[] }[]>('control/snapshots').map((snapshot) => [
      snapshot.id,
      snapshot.sources,
    ]),
  );
  return { names, towns: read('control/towns'), snapshots };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The places whose town changes hands at `snapshot` (the towns table's `place`). */
const changingHands = (snapshot: string, data: CrossCheckData) =>
  data.towns
    .filter(
      (town) =>
        town.place && town.held.some((entry, index) => index > 0 && entry.snapshot === snapshot),
    )
    .map((town) => town.place ?? '');

/**
 * Warnings for one map step: `alt` as written, `highlight` and `control` as its state has them.
 * The alt is held to the places that change hands at the step's snapshot: one it names must be
 * highlighted (an alt also names places around them, for orientation, which need not be).
 */
export function stepCrossWarnings(
  step: { alt: string; highlight: readonly string[]; control?: string | undefined },
  data: CrossCheckData,
): string[] {
  if (!step.control) return [];
  const warnings: string[] = [];
  const changing = changingHands(step.control, data);
  const unhighlighted = [...data.names]
    .filter(
      ([, ids]) =>
        ids.some((id) => changing.includes(id)) && !ids.some((id) => step.highlight.includes(id)),
    )
    .filter(([name]) => new RegExp(`(^|[^\\p{L}])${escape(name)}($|[^\\p{L}])`, 'u').test(step.alt))
    .map(([name, ids]) => `${name} (${ids.find((id) => changing.includes(id))})`);
  if (unhighlighted.length > 0) {
    warnings.push(
      `alt names ${unhighlighted.join(', ')}, changing hands at snapshot "${step.control}", but the step does not highlight ${unhighlighted.length > 1 ? 'them' : 'it'}: add ${unhighlighted.length > 1 ? 'them' : 'it'} to highlight="...", or make the alt say what the map shows`,
    );
  }
  const sources = data.snapshots.get(step.control) ?? [];
  for (const town of data.towns) {
    for (const entry of town.held) {
      const missing =
        entry.snapshot === step.control
          ? (entry.sources ?? []).filter((source) => !sources.includes(source))
          : [];
      if (missing.length > 0) {
        warnings.push(
          `${town.name} changes hands at snapshot "${step.control}" on ${missing.join(', ')}, which the snapshot does not list: add ${missing.length > 1 ? 'them' : 'it'} to its "sources" in content/data/control/snapshots.json, and say so in its "basis"`,
        );
      }
    }
  }
  return warnings;
}
