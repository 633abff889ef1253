import type { Side } from './label-layout';

/** A label a view shows: from which stage tier, on which side, which text (-1: symbol only). */
export type LabelPlacement = [tier: number, side: Side, variant: number];

/** A view's label: its placement, and the wider placement a symbol-only key place gets on wide stages. */
export type ViewLabel = LabelPlacement | [...LabelPlacement, ...LabelPlacement];

/** A label in one narrow layout: its side and text variant (-1: symbol only). */
export type NarrowLabel = [side: Side, variant: number];

/**
 * Stage widths (px) the labels are laid out for. `wide`: tiers from a phone's full width up, each
 * showing from its width on. Stages narrower than the first wide tier (a map over a short phone's
 * card, a small embed) take one of the `narrow` layouts, each laid out on its own for the stages
 * from its width to the next: a name crowded out at 160 px is not lost at 300.
 */
export interface LabelTiers {
  narrow: readonly number[];
  wide: readonly number[];
}

/** A place's labels in one view: its wide placement, and its label in each narrow layout. */
export interface PlaceLabelling {
  wide?: ViewLabel | undefined;
  narrow?: readonly (NarrowLabel | undefined)[] | undefined;
}

/** The stage widths each narrow layout is made for: from its tier's width up to the next tier's. */
export function narrowBands(tiers: LabelTiers): { from: number; upTo: number }[] {
  return tiers.narrow.map((from, i) => ({
    from,
    upTo: tiers.narrow[i + 1] ?? tiers.wide[0] ?? Infinity,
  }));
}

/**
 * Which narrow layout a stage `stageWidth` px wide takes (its index in `tiers.narrow`; the first
 * below its width too), or -1: the wide tiers (also when there are no narrow tiers).
 */
export function narrowLayoutOf(stageWidth: number, tiers: LabelTiers): number {
  if (tiers.narrow.length === 0 || stageWidth >= (tiers.wide[0] ?? 0)) return -1;
  return Math.max(0, tiers.narrow.filter((width) => width <= stageWidth).length - 1);
}

/** A place's labels in a view as the build writes them (`labels`, `narrowLabels`). */
export function labellingOf(
  view: { labels: Record<string, ViewLabel>; narrowLabels: readonly Record<string, NarrowLabel>[] },
  id: string,
): PlaceLabelling {
  return { wide: view.labels[id], narrow: view.narrowLabels.map((layout) => layout[id]) };
}

/** The side and text a wide placement takes on a stage `stageWidth` px wide, or null: not shown there. */
export function labelOn(
  label: ViewLabel | undefined,
  stageWidth: number,
  tiers: readonly number[],
): { side: Side; variant: number } | null {
  if (!label) return null;
  const fits = (tier: number) => tier === 0 || stageWidth >= (tiers[tier] ?? Infinity);
  if (label.length === 6 && fits(label[3])) return { side: label[4], variant: label[5] };
  return fits(label[0]) ? { side: label[1], variant: label[2] } : null;
}

/** The side and text of a label in a narrow layout, or null: not shown in it. */
export function narrowLabelOn(
  label: NarrowLabel | undefined,
): { side: Side; variant: number } | null {
  return label ? { side: label[0], variant: label[1] } : null;
}

/**
 * The label a place gets on a stage `stageWidth` px wide: what the browser shows and the step
 * images draw. `layout`: the stage's narrow layout, when the caller has worked it out already.
 */
export function labelOnStage(
  place: PlaceLabelling,
  stageWidth: number,
  tiers: LabelTiers,
  layout = narrowLayoutOf(stageWidth, tiers),
): { side: Side; variant: number } | null {
  if (layout < 0) return labelOn(place.wide, stageWidth, tiers.wide);
  return narrowLabelOn(place.narrow?.[layout]);
}
