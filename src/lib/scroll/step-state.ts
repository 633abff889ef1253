/**
 * What a graphic shows at one step of a scrolly block. Every step states all of it: no step
 * depends on the one before, so any step can be entered from any other, in either direction.
 *
 * A value written as `from/to` (e.g. a date "2031-05-14/2031-05-26") is a range: the graphic moves
 * through it as the reader scrolls through the step (under reduced motion it shows the range's
 * end: see shownProgress in story-scrolly.ts).
 */
import { addDays, daysBetween } from '../timeline/days';

export type Provenance = 'confirmed' | 'reported' | 'unverified';

export interface StepState {
  /** The step's stable id: the anchor a link can point at. */
  id: string;
  /** The map view (an id from content/data/views.json); timeline blocks have none. */
  view?: string;
  /** Place ids to emphasise. */
  highlight: string[];
  /** Map layers to show. */
  layers: string[];
  /** The timeline event to emphasise (an id from content/data/events.json); without it, the latest event on or before the date. */
  event?: string;
  /** The date the graphic shows (YYYY-MM-DD), or a range to move through with scroll progress. */
  date?: { from: string; to: string };
  /** How sure the sources are of what this step shows. */
  status?: Provenance;
  /** Source ids behind what this step shows. */
  sources: string[];
  /**
   * A route drawn on the map (an id from content/data/routes.json) and how much of it is drawn:
   * 0 = nothing, 1 = all of it, counted in legs (see drawnShare in src/lib/geo/route-path.ts).
   * A range draws the route with scroll progress through the step.
   */
  route?: { id: string; progress: { from: number; to: number } };
  /** Sites whose sourced note (content/data/base-notes.json) shows beside the map. */
  notes: string[];
  /** The snapshot of the areas of control the map shows (content/data/control/snapshots.json). */
  control?: string;
  /** Thrust arrows drawn in full (content/data/control/thrusts.json). */
  arrows?: string[];
  /** A thrust arrow that draws itself with scroll progress through the step. */
  drawArrow?: string;
  /** Apron blocks: the satellite imagery whose aircraft are drawn (an id from content/data/imagery.json). */
  imagery?: string;
}

/** The state at a given progress (0 to 1) through a step: ranges resolved to one value. */
export interface ResolvedState extends Omit<StepState, 'date' | 'route'> {
  date?: string;
  /** The route shown, if any. */
  route?: string;
  /** How much of it is drawn, 0 to 1. */
  routeProgress?: number;
  /** How much of `drawArrow` is drawn, 0 to 1. */
  arrowProgress?: number;
}

/** The day `progress` of the way from `from` to `to`, whole days, as YYYY-MM-DD. */
export function interpolateDate(from: string, to: string, progress: number): string {
  const clamped = Math.min(1, Math.max(0, progress));
  return addDays(from, Math.round(daysBetween(from, to) * clamped));
}

/** The state a graphic shows at `progress` through `state`'s step. */
export function resolveState(state: StepState, progress: number): ResolvedState {
  const { date, route, ...rest } = state;
  const resolved: ResolvedState = rest;
  if (date) resolved.date = interpolateDate(date.from, date.to, progress);
  if (route) {
    resolved.route = route.id;
    resolved.routeProgress = interpolateNumber(route.progress.from, route.progress.to, progress);
  }
  if (state.drawArrow) resolved.arrowProgress = interpolateNumber(0, 1, progress);
  return resolved;
}

/** `progress` of the way from `from` to `to`, rounded to 1/1000 so that equal states compare equal. */
export function interpolateNumber(from: number, to: number, progress: number): number {
  const clamped = Math.min(1, Math.max(0, progress));
  return Math.round((from + (to - from) * clamped) * 1000) / 1000;
}

/** Whether a step changes with progress, so progress events matter for it. */
export function isContinuous(state: StepState): boolean {
  const dateMoves = state.date !== undefined && state.date.from !== state.date.to;
  const routeMoves = state.route !== undefined && state.route.progress.from !== state.route.progress.to;
  return dateMoves || routeMoves || state.drawArrow !== undefined;
}

/**
 * Which step is active when the trigger line sits at `triggerY` (px from the top of the
 * viewport), given each step's top and bottom (px, same frame): the last step whose top is at or
 * above the line. Before the first step, the first step's state is shown; past the last, the last.
 * Progress is how far the line has travelled through that step, 0 to 1.
 */
export function stepAtLine(
  boxes: readonly { top: number; bottom: number }[],
  triggerY: number,
): { index: number; progress: number } {
  let index = 0;
  for (let i = 0; i < boxes.length; i += 1) {
    const box = boxes[i];
    if (box && box.top <= triggerY) index = i;
  }
  const box = boxes[index];
  if (!box) return { index: 0, progress: 0 };
  const height = Math.max(1, box.bottom - box.top);
  const progress = Math.min(1, Math.max(0, (triggerY - box.top) / height));
  return { index, progress };
}
