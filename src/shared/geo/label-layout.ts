import type { Rect } from './fit-view';
import { narrowBands, type LabelTiers, type NarrowLabel, type ViewLabel } from './label-tiers';

/**
 * Label placement for one view. Labels keep a constant size in px while the map's scale (px per
 * projected unit) depends on the screen, so placement is solved over a range of scales at once: a
 * label is accepted only if it overlaps nothing already placed at ANY stage width in its tier's
 * range. Overlap of two boxes anchored at points that scale with the map is an interval in scale,
 * computed exactly, so "no collisions on a phone" and "none on a desktop" are both guaranteed.
 */

/** Where a label sits relative to its point: compass sides, or centred on it (area labels). */
export type Side = 'e' | 'w' | 'ne' | 'se' | 'nw' | 'sw' | 'n' | 's' | 'c';

/** Order in which sides are tried for point labels. */
export const pointSides: readonly Side[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's'];

/** A box relative to its anchor, in px. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What placement needs to know about one label. */
export interface LabelCandidate {
  id: string;
  /** Anchor in projected units. */
  point: readonly [number, number];
  /** The label, then shorter variants tried when it does not fit (e.g. "North Field air base", "North Field"). */
  texts: readonly string[];
  /** Font size in px. */
  fontSize: number;
  /** Average glyph width as a share of the font size (wider for bold and spaced capitals). */
  widthFactor: number;
  /** Half the size of the point's symbol in px (0 for area labels, which are centred). */
  symbolRadius: number;
}

/** Position of the text relative to its anchor for a side, in px, as SVG text attributes. */
export interface TextOffset {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Estimated width of a label in px (no font metrics at build time; deliberately generous). */
export function textWidth(
  text: string,
  candidate: Pick<LabelCandidate, 'fontSize' | 'widthFactor'>,
): number {
  return text.length * candidate.fontSize * candidate.widthFactor + 2;
}

/** Gap between a symbol and its label. */
const gapFor = (symbolRadius: number) => symbolRadius + 3;

/**
 * Where the text goes for a side: shared by the build (static SVG) and the browser (setView), so
 * both draw the same thing. `fontSize` and `symbolRadius` in px.
 */
export function textOffset(side: Side, fontSize: number, symbolRadius: number): TextOffset {
  const gap = gapFor(symbolRadius);
  const diagonal = Math.round(gap * 0.75);
  const middle = Math.round(fontSize * 0.35);
  switch (side) {
    case 'e':
      return { x: gap, y: middle, anchor: 'start' };
    case 'w':
      return { x: -gap, y: middle, anchor: 'end' };
    case 'ne':
      return { x: diagonal, y: -diagonal, anchor: 'start' };
    case 'nw':
      return { x: -diagonal, y: -diagonal, anchor: 'end' };
    case 'se':
      return { x: diagonal, y: diagonal + Math.round(fontSize * 0.75), anchor: 'start' };
    case 'sw':
      return { x: -diagonal, y: diagonal + Math.round(fontSize * 0.75), anchor: 'end' };
    case 'n':
      return { x: 0, y: -gap - Math.round(fontSize * 0.2), anchor: 'middle' };
    case 's':
      return { x: 0, y: gap + Math.round(fontSize * 0.8), anchor: 'middle' };
    case 'c':
      return { x: 0, y: middle, anchor: 'middle' };
  }
}

/** The box a label occupies for a side, relative to its anchor, with a little padding. */
export function labelBox(candidate: LabelCandidate, side: Side, variant = 0, padding = 1.5): Box {
  const width = textWidth(candidate.texts[variant] ?? candidate.texts[0] ?? '', candidate);
  const { x, y, anchor } = textOffset(side, candidate.fontSize, candidate.symbolRadius);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // The text's baseline is at y; ascenders reach ~0.8 em above it, descenders ~0.25 em below.
  const top = y - candidate.fontSize * 0.8;
  const bottom = y + candidate.fontSize * 0.25;
  return {
    x0: left - padding,
    y0: top - padding,
    x1: left + width + padding,
    y1: bottom + padding,
  };
}

/** The box a point's symbol of half-size `radius` occupies, px. */
export function symbolBox(radius: number): Box {
  const r = radius + 1;
  return { x0: -r, y0: -r, x1: r, y1: r };
}

/** Open interval of scales s where (s * d + a0, s * d + a1) overlaps (b0, b1). */
function overlapInterval(d: number, a: [number, number], b: [number, number]): [number, number] {
  const lo = b[0] - a[1];
  const hi = b[1] - a[0];
  if (d === 0) return lo < 0 && 0 < hi ? [-Infinity, Infinity] : [1, 0];
  return d > 0 ? [lo / d, hi / d] : [hi / d, lo / d];
}

interface Placed {
  point: readonly [number, number];
  box: Box;
  /** The scales from which this box is on screen. */
  from: number;
  /** Whose symbol this is, when placed ahead of its label (its own label may sit beside it). */
  owner?: string;
}

/** Whether two anchored boxes overlap at any scale in [from, to]. */
export function collides(
  a: { point: readonly [number, number]; box: Box },
  b: { point: readonly [number, number]; box: Box },
  from: number,
  to: number,
): boolean {
  const dx = a.point[0] - b.point[0];
  const dy = a.point[1] - b.point[1];
  const [x0, x1] = overlapInterval(dx, [a.box.x0, a.box.x1], [b.box.x0, b.box.x1]);
  const [y0, y1] = overlapInterval(dy, [a.box.y0, a.box.y1], [b.box.y0, b.box.y1]);
  const lo = Math.max(x0, y0, from);
  const hi = Math.min(x1, y1, to);
  return lo < hi || (lo === hi && from === to && x0 < lo && lo < x1 && y0 < lo && lo < y1);
}

/** Whether a box anchored at `point` stays inside the view rectangle at scales `from` and `to`. */
export function inside(
  point: readonly [number, number],
  box: Box,
  rect: Rect,
  from: number,
  to: number,
): boolean {
  const px = point[0] - rect.x;
  const py = point[1] - rect.y;
  return [from, to].every(
    (s) =>
      s * px + box.x0 >= 0 &&
      s * px + box.x1 <= s * rect.width &&
      s * py + box.y0 >= 0 &&
      s * py + box.y1 <= s * rect.height,
  );
}

/**
 * Result per label id: the tier from which it shows, the side its text takes, which text variant
 * (-1: the symbol alone, for a key place whose label does not fit); `wide`: the label that such a
 * place gets from a wider tier on.
 */
export type Placement = Map<string, LabelState & { wide?: LabelState }>;

/** One way of showing a label: from which tier, on which side, with which text variant. */
export interface LabelState {
  tier: number;
  side: Side;
  variant: number;
}

/**
 * Places labels in the order given (most important first). `tiers` are stage widths in px,
 * ascending: tier 0 is the smallest screen the layout must hold on (a phone); labels that fit only
 * on wider stages get a higher tier. `maxStageWidth` bounds the range (a wide desktop).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  rect: Rect,
  tiers: readonly number[],
  maxStageWidth: number,
  reserved: ReadonlySet<string> = new Set(),
  { symbolsFirst = false }: { symbolsFirst?: boolean } = {},
): Placement {
  const placed: Placed[] = [];
  const result: Placement = new Map();
  const to = maxStageWidth / rect.width;
  const within = (candidate: LabelCandidate, box: Box, from: number) =>
    inside(candidate.point, box, rect, from, to);
  // On narrow stages the places the view is about place their symbols first, so that no other
  // label takes their spot: a symbol without its name still shows the reader where the place is.
  const markedFirst = new Set<string>();
  const smallest = (tiers[0] ?? maxStageWidth) / rect.width;
  for (const candidate of symbolsFirst ? candidates : []) {
    if (!reserved.has(candidate.id) || candidate.symbolRadius <= 0) continue;
    const marker = { point: candidate.point, box: symbolBox(candidate.symbolRadius) };
    if (
      !within(candidate, marker.box, smallest) ||
      placed.some((other) => collides(marker, other, smallest, to))
    )
      continue;
    placed.push({ ...marker, from: smallest, owner: candidate.id });
    markedFirst.add(candidate.id);
  }
  tiers.forEach((tierWidth, tier) => {
    const from = tierWidth / rect.width;
    for (const candidate of candidates) {
      const previous = result.get(candidate.id);
      if (previous && (previous.variant >= 0 || previous.wide)) continue;
      const px = candidate.point[0] - rect.x;
      const py = candidate.point[1] - rect.y;
      if (px < 0 || py < 0 || px > rect.width || py > rect.height) continue;
      const marker =
        candidate.symbolRadius > 0
          ? { point: candidate.point, box: symbolBox(candidate.symbolRadius) }
          : null;
      const free = (item: { point: readonly [number, number]; box: Box }) =>
        placed.every(
          (other) =>
            other.owner === candidate.id || !collides(item, other, Math.max(from, other.from), to),
        );
      const early = markedFirst.has(candidate.id);
      if (marker && !previous && !early && (!within(candidate, marker.box, from) || !free(marker)))
        continue;
      const sides = candidate.symbolRadius > 0 ? pointSides : (['c'] as const);
      let done = false;
      search: for (let variant = 0; variant < candidate.texts.length; variant++) {
        for (const side of sides) {
          const box = labelBox(candidate, side, variant);
          const label = { point: candidate.point, box };
          if (!within(candidate, box, from) || !free(label)) continue;
          if (marker && collides(label, marker, from, to)) continue;
          placed.push({ ...label, from });
          if (previous) {
            previous.wide = { tier, side, variant };
          } else {
            if (marker && !early) placed.push({ ...marker, from });
            result.set(candidate.id, { tier, side, variant });
          }
          done = true;
          break search;
        }
      }
      // The places a view is about keep their symbol where their label does not fit.
      if (!done && !previous && marker && tier === 0 && reserved.has(candidate.id)) {
        if (!early) placed.push({ ...marker, from });
        result.set(candidate.id, { tier, side: 'c', variant: -1 });
      }
    }
  });
  return result;
}

/**
 * The narrow layouts (stages narrower than the first wide tier: a view over a phone's card), one
 * per narrow tier, each for the stages from its width to the next: the places of `placement`
 * placed again, in its order (most important first). The places the view is about (`reserved`:
 * highlighted and key places) place their symbols first and keep them where their text does not
 * fit; other places' symbols never push their names out.
 */
export function placeNarrowLabels(
  placement: Placement,
  candidates: ReadonlyMap<string, LabelCandidate>,
  rect: Rect,
  tiers: LabelTiers,
  reserved: ReadonlySet<string>,
): Placement[] {
  const ordered = [...placement.keys()].flatMap((id) => candidates.get(id) ?? []);
  const everywhere = new Set([...placement.keys()].filter((id) => reserved.has(id)));
  return narrowBands(tiers).map(({ from, upTo }) =>
    placeLabels(ordered, rect, [from], upTo, everywhere, { symbolsFirst: true }),
  );
}

/** A placement's labels as a plain object, each in the form `form` gives it. */
function labelRecord<T>(
  placement: Placement,
  form: (state: LabelState & { wide?: LabelState }) => T,
): Record<string, T> {
  return Object.fromEntries([...placement].map(([id, state]) => [id, form(state)]));
}

/** A narrow layout as views carry it: id → [side, variant]. */
export function narrowLabels(layout: Placement): Record<string, NarrowLabel> {
  return labelRecord(layout, ({ side, variant }): NarrowLabel => [side, variant]);
}

/** A placement as views carry it: id → [tier, side, variant] (and the wide label of a symbol-only place). */
export function viewLabels(placement: Placement): Record<string, ViewLabel> {
  return labelRecord(placement, ({ tier, side, variant, wide }): ViewLabel =>
    wide ? [tier, side, variant, wide.tier, wide.side, wide.variant] : [tier, side, variant],
  );
}
