import { getCollection } from 'astro:content';
import {
  imagerySlots,
  type ApronOptions,
  type ImagerySlot,
} from '../../../components/airlift/server/apron-layout';

/** Tall rows for a phone's screen, one long row for a wide pane; label sizes keep text near 12-16 px. */
export const compact: ApronOptions = { maxRowWidth: 240, gap: 14, label: 10, margin: 10 };
export const roomy: ApronOptions = { maxRowWidth: 420, gap: 18, label: 8, margin: 12 };

/** One satellite image's count, as the apron scene and the step images draw it (build time). */
export interface ApronFrame {
  id: string;
  imagery: Awaited<ReturnType<typeof getCollection<'imagery'>>>[number]['data'];
  airfield: Awaited<ReturnType<typeof getCollection<'airfields'>>>[number]['data'];
  slots: ImagerySlot[];
  /** "2 C-5", "3 C-130" with whether the sources dispute the count. */
  counts: { text: string; disputed: boolean }[];
}

/**
 * The frames for these imagery ids (content/data/imagery.json), each with the airfield whose
 * runway it is drawn beside (content/data/airfields.json) and one slot per aircraft counted.
 */
export async function apronFrames(ids: readonly string[]): Promise<ApronFrame[]> {
  const allImagery = new Map(
    (await getCollection('imagery')).map((entry) => [entry.id, entry.data]),
  );
  const airfields = (await getCollection('airfields')).map((entry) => entry.data);
  const types = new Map((await getCollection('aircraft')).map((entry) => [entry.id, entry.data]));
  return ids.map((id) => {
    const imagery = allImagery.get(id);
    if (!imagery)
      throw new Error(
        `no imagery "${id}" in content/data/imagery.json; expected one of: ${[...allImagery.keys()].join(', ')}`,
      );
    const airfield = airfields.find((candidate) => candidate.place === imagery.place);
    if (!airfield)
      throw new Error(
        `imagery "${id}" shows "${imagery.place}", which has no entry in content/data/airfields.json; add its runway's length and width there`,
      );
    const counts = imagery.aircraft.map((group) => {
      const name =
        group.type === 'unknown'
          ? 'of unreported type'
          : (types.get(group.type)?.shortName ?? group.type);
      return { text: `${group.count} ${name}`, disputed: group.disputed ?? false };
    });
    return { id, imagery, airfield, slots: imagerySlots(imagery.aircraft, types), counts };
  });
}
