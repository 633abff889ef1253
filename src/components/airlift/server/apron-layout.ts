import { planformPath, type Planform } from './planform';

/**
 * Where the aircraft that satellite imagery counted at a site are drawn: side by side, to scale,
 * on a schematic apron beside a runway drawn at its published width. Units are metres, y down.
 * The arrangement is ours: no source gives where each aircraft stood, and the drawing says so.
 */

/** An aircraft type as the imagery drawings need it (content/data/aircraft.json). */
export interface AircraftType {
  shortName: string;
  length: { value: number };
  wingspan: { value: number };
  planform: Planform;
}

/** One counted aircraft: a known type drawn from its planform, or an unreported type drawn as a circle. */
export interface ImagerySlot {
  /** The aircraft id, or "unknown". */
  type: string;
  label: string;
  span: number;
  length: number;
  /** The silhouette (nose at 0,0), for a known type. */
  d?: string;
  /** Sources disagree on this count: drawn as an outline. */
  disputed: boolean;
}

/** The imagery's counts as one slot per aircraft, in the file's order. Throws on an aircraft id with no figures. */
export function imagerySlots(
  counts: readonly { type: string; count: number; disputed?: boolean | undefined }[],
  types: ReadonlyMap<string, AircraftType>,
): ImagerySlot[] {
  if (types.size === 0)
    throw new Error('content/data/aircraft.json has no aircraft to draw the imagery with');
  // An aircraft of unreported type is as wide as the smallest known type.
  const unknownSpan = Math.min(...[...types.values()].map((a) => a.wingspan.value));
  return counts.flatMap((group) => {
    const type = types.get(group.type);
    if (!type && group.type !== 'unknown') {
      throw new Error(
        `content/data/imagery.json: aircraft "${group.type}" has no entry in content/data/aircraft.json; expected one of: ${[...types.keys()].join(', ')}, or "unknown"`,
      );
    }
    const slot: ImagerySlot = type
      ? {
          type: group.type,
          label: type.shortName,
          span: type.wingspan.value,
          length: type.length.value,
          d: planformPath(type.length.value, type.wingspan.value, type.planform),
          disputed: group.disputed ?? false,
        }
      : {
          type: 'unknown',
          label: 'Type not reported',
          span: unknownSpan,
          length: unknownSpan,
          disputed: group.disputed ?? false,
        };
    return Array.from({ length: group.count }, () => ({ ...slot }));
  });
}

export interface ApronOptions {
  /** The widest a row of aircraft may be, m: narrower rows make a taller drawing (phones). */
  maxRowWidth: number;
  /** Between two aircraft side by side, m. */
  gap: number;
  /** Height of a label line under each aircraft, m (the label's font size). */
  label: number;
  /** Clear space round the drawing, m. */
  margin: number;
}

export interface PlacedSlot extends ImagerySlot {
  /** Centre line of the aircraft, m. */
  cx: number;
  /** Its nose, m. */
  top: number;
  /** Where its label's baseline sits, m. */
  labelY: number;
}

export interface ApronLayout {
  width: number;
  height: number;
  slots: PlacedSlot[];
  apron: { x: number; y: number; width: number; height: number };
  runway: { y: number; height: number };
  /** A scale bar: where it starts and how long it is, m. */
  scale: { x: number; y: number; length: number };
}

/** Rows filled in order, each as wide as `maxRowWidth` allows (a row holds at least one aircraft). */
function rows(slots: readonly ImagerySlot[], { maxRowWidth, gap }: ApronOptions): ImagerySlot[][] {
  const result: ImagerySlot[][] = [];
  let width = 0;
  for (const slot of slots) {
    const row = result.at(-1);
    if (row && width + gap + slot.span <= maxRowWidth) {
      row.push(slot);
      width += gap + slot.span;
    } else {
      result.push([slot]);
      width = slot.span;
    }
  }
  return result;
}

const rowWidth = (row: readonly ImagerySlot[], gap: number) =>
  row.reduce((sum, slot) => sum + slot.span, 0) + gap * Math.max(0, row.length - 1);

/**
 * Lays the aircraft out in rows on the apron, the runway along the apron's foot at its width, and
 * a scale bar under it. Every length is in metres, so aircraft and runway compare truly.
 */
export function apronLayout(
  slots: readonly ImagerySlot[],
  runwayWidth: number,
  options: ApronOptions,
): ApronLayout {
  if (slots.length === 0) throw new Error('apronLayout: no aircraft to draw');
  if (!(runwayWidth > 0))
    throw new Error(
      `apronLayout: the runway's width must be a positive number of metres, got ${runwayWidth}`,
    );
  const { gap, label, margin } = options;
  const lines = rows(slots, options);
  const inner = Math.max(...lines.map((row) => rowWidth(row, gap)));
  const width = inner + 2 * margin;
  const placed: PlacedSlot[] = [];
  let y = margin;
  for (const row of lines) {
    const tallest = Math.max(...row.map((slot) => slot.length));
    let x = margin + (inner - rowWidth(row, gap)) / 2;
    for (const slot of row) {
      placed.push({
        ...slot,
        cx: x + slot.span / 2,
        top: y + (tallest - slot.length),
        labelY: y + tallest + label * 1.2,
      });
      x += slot.span + gap;
    }
    y += tallest + label * 1.6 + gap;
  }
  const apron = { x: 0, y: 0, width, height: y - gap + margin / 2 };
  // A strip of ground between apron and runway, then the runway at its published width.
  const runway = { y: apron.height + margin, height: runwayWidth };
  const scaleLength = inner >= 120 ? 50 : 20;
  const scale = { x: margin, y: runway.y + runway.height + margin, length: scaleLength };
  return { width, height: scale.y + label * 1.6, slots: placed, apron, runway, scale };
}

const metres = new Intl.NumberFormat('en-US');

/** The runway's two lines, as the page's apron scene and the step images both print them. */
export function runwayTexts(width: number, length: number): { width: string; length: string } {
  return {
    width: `Runway, ${metres.format(width)} m wide`,
    length: `← a section; ${metres.format(length)} m long in all →`,
  };
}
