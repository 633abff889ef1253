import {
  collides,
  inside,
  labelBox,
  pointSides,
  symbolBox,
  type Box,
  type LabelCandidate,
  type Side,
} from '../../../../shared/geo/label-layout';
import { narrowBands, type LabelTiers } from '../../../../shared/geo/label-tiers';
import type { MapItem, MapViewModel } from '../../server/map-model';
import { furnitureBoxes } from '../../server/furniture-boxes';
import { crowdedScale, fallDateSize, fallRingRadius, type FallDateBands } from '../fall-dates';

/** A fall to date: its town, its point, its date as the map writes it, and its snapshot's index. */
export interface DatedFall {
  town: string;
  point: readonly [number, number];
  text: string;
  order: number;
}

/** A box on the map over a range of scales (px per projected unit). */
interface Obstacle {
  point: readonly [number, number];
  box: Box;
  from: number;
  to: number;
}

/** Bold 12 px figures, as `.fall-date` sets them. */
const dateWidthFactor = 0.62;

/** The widest band of stage widths a date is placed for below the widest tier, px. */
const bandStep = 50;

/** Room kept around a date, px: its halo, and the names' boxes being estimates. */
const datePadding = 2;

/**
 * What the view's places take at each stage width: each shown label's box and its symbol, in the
 * wide layout from its tier on, and in each narrow layout over its band; and its furniture.
 */
function placeObstacles(
  view: MapViewModel,
  items: readonly MapItem[],
  tiers: LabelTiers,
  maxStageWidth: number,
): Obstacle[] {
  const scale = (width: number) => width / view.rect.width;
  const byId = new Map(items.map((item) => [item.id, item]));
  const obstacles: Obstacle[] = [];
  const add = (id: string, side: Side, variant: number, from: number, to: number) => {
    const item = byId.get(id);
    if (!item) return;
    if (item.symbolRadius > 0)
      obstacles.push({ point: item.point, box: symbolBox(item.symbolRadius), from, to });
    if (variant >= 0)
      obstacles.push({ point: item.point, box: labelBox(item, side, variant), from, to });
  };
  const wideFrom = tiers.wide[0] ?? 0;
  const to = scale(maxStageWidth);
  for (const [id, label] of Object.entries(view.labels)) {
    const [tier, side, variant] = label;
    const from = scale(Math.max(wideFrom, tiers.wide[tier] ?? wideFrom));
    if (label.length === 6) {
      const wideAt = scale(tiers.wide[label[3]] ?? wideFrom);
      add(id, side, variant, from, wideAt);
      add(id, label[4], label[5], wideAt, to);
    } else add(id, side, variant, from, to);
  }
  narrowBands(tiers).forEach(({ from, upTo }, layout) => {
    for (const [id, [side, variant]] of Object.entries(view.narrowLabels[layout] ?? {}))
      add(id, side, variant, scale(from), scale(upTo));
  });
  // The scale bar, the north arrow and the step buttons.
  for (const furniture of furnitureBoxes(view.rect, view.scale, view.north, maxStageWidth))
    obstacles.push({ ...furniture, from: scale(furniture.from), to: scale(furniture.to) });
  return obstacles;
}

/**
 * Dates `falls` in order, each on the first free side of its ring (below it first) at every scale
 * from `from` to `to`: inside the view, off `obstacles`, off the rings of the falls `shownWith`
 * says show with it, and off the dates placed before it. A date with no free side is left off.
 */
function placeDates(
  falls: readonly DatedFall[],
  rect: MapViewModel['rect'],
  obstacles: readonly Obstacle[],
  from: number,
  to: number,
  shownWith: (a: DatedFall, b: DatedFall) => boolean,
): Map<string, Side | null> {
  const sides = new Map<string, Side | null>();
  const dates: (Obstacle & { fall: DatedFall })[] = [];
  const sideOrder: Side[] = ['s', ...pointSides.filter((side) => side !== 's')];
  for (const fall of falls) {
    const candidate: LabelCandidate = {
      id: fall.town,
      point: fall.point,
      texts: [fall.text],
      fontSize: fallDateSize,
      widthFactor: dateWidthFactor,
      symbolRadius: fallRingRadius,
    };
    const boxOn = (side: Side) => labelBox(candidate, side, 0, datePadding);
    const rings = falls
      .filter((other) => other !== fall && shownWith(fall, other))
      .map((other) => ({ point: other.point, box: symbolBox(fallRingRadius), from, to }));
    const others = [...obstacles, ...rings, ...dates.filter((date) => shownWith(fall, date.fall))];
    const free = (side: Side) => {
      const date = { point: fall.point, box: boxOn(side) };
      return (
        inside(fall.point, date.box, rect, from, to) &&
        others.every(
          (other) => !collides(date, other, Math.max(from, other.from), Math.min(to, other.to)),
        )
      );
    };
    const side = sideOrder.find(free) ?? null;
    if (side) dates.push({ fall, point: fall.point, box: boxOn(side), from, to });
    sides.set(fall.town, side);
  }
  return sides;
}

/**
 * Where each fall's date goes in a view, band by band of stage width (the label tiers' bands, and
 * the width below which the map is crowded: a whole country on a phone, where only the latest
 * falls are dated): below its ring where that is free, else the first side that keeps off the
 * labels and symbols the view shows there, the rings shown with it and the dates placed before
 * it, inside the view, at every width in the band; left off where no side is. Latest falls first.
 */
export function fallDateSides(
  falls: readonly DatedFall[],
  view: MapViewModel,
  items: readonly MapItem[],
  tiers: LabelTiers,
  maxStageWidth: number,
): Map<string, FallDateBands> {
  const rect = view.rect;
  const crowdedBelow = crowdedScale * rect.width;
  const smallest = tiers.narrow[0] ?? tiers.wide[0] ?? 0;
  // Bands no wider than `bandStep` up to the widest tier, then a fifth wider each: a date that
  // finds no side from 330 to 700 px may find one from 350 to 400, where phones are.
  const widest = tiers.wide.at(-1) ?? smallest;
  const steps: number[] = [];
  const next = (width: number) => (width < widest ? width + bandStep : width * 1.2);
  for (let width = smallest; width < maxStageWidth; width = next(width)) steps.push(width);
  const edges = [...new Set([...tiers.narrow, ...tiers.wide, ...steps, crowdedBelow, smallest])]
    .filter((width) => width >= smallest && width < maxStageWidth)
    .sort((a, b) => a - b);
  const inView = falls
    .filter(
      ({ point: [x, y] }) =>
        x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height,
    )
    .sort((a, b) => b.order - a.order);
  const obstacles = placeObstacles(view, items, tiers, maxStageWidth);
  const bands = new Map<string, FallDateBands>(inView.map((fall) => [fall.town, []]));
  edges.forEach((from, i) => {
    const upTo = edges[i + 1] ?? maxStageWidth;
    const crowded = from < crowdedBelow;
    const sides = placeDates(
      inView,
      rect,
      obstacles,
      from / rect.width,
      // The band stops short of the next one: a label shown from there on is not in this band.
      upTo / rect.width - 1e-9,
      crowded ? (a, b) => a.order === b.order : () => true,
    );
    for (const fall of inView) {
      const fallBands = bands.get(fall.town)!;
      const side = sides.get(fall.town) ?? null;
      // Bands that agree are one.
      if (fallBands.at(-1)?.[1] !== side) fallBands.push([from, side]);
    }
  });
  return bands;
}
