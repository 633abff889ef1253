/**
 * What a graphic shows at one step of a scrolly block. Every step states all of it: no step
 * depends on the one before, so any step can be entered from any other, in either direction.
 *
 * A value written as `from/to` (e.g. a date "2031-05-14/2031-05-26") is a range: the graphic moves
 * through it as the reader scrolls through the step (under reduced motion it shows the range's
 * end: see shownProgress in story-scrolly.ts).
 */
import { addDays, daysBetween } from './days';

export type Provenance = 'confirmed' | 'reported' | 'unverified';

/** A value the graphic moves through as the reader scrolls through the step. */
export interface Range<T> {
  from: T;
  to: T;
}

/** What every step states, whatever its scene kind (the kinds add theirs: src/scenes/registry.ts). */
export interface StepBase {
  /** The step's stable id: the anchor a link can point at. */
  id: string;
  /** The date the graphic shows (YYYY-MM-DD), or a range to move through with scroll progress. */
  date?: Range<string>;
  /** How sure the sources are of what this step shows. */
  status?: Provenance;
  /** Source ids behind what this step shows. */
  sources: string[];
}

/** A step's common part at a given progress (0 to 1): its date resolved to one day. */
export interface ResolvedBase extends Omit<StepBase, 'date'> {
  date?: string;
}

/** The common part of `state` at `progress`; `rest` is the kind's own fields, passed through. */
export function resolveBase<S extends StepBase>(
  state: S,
  progress: number,
): Omit<S, 'date'> & { date?: string } {
  const { date, ...rest } = state;
  return date ? { ...rest, date: interpolateDate(date.from, date.to, progress) } : rest;
}

/** Whether the step's date moves with progress. */
export function dateMoves(state: StepBase): boolean {
  return state.date !== undefined && state.date.from !== state.date.to;
}

/** The day `progress` of the way from `from` to `to`, whole days, as YYYY-MM-DD. */
export function interpolateDate(from: string, to: string, progress: number): string {
  const clamped = Math.min(1, Math.max(0, progress));
  return addDays(from, Math.round(daysBetween(from, to) * clamped));
}

/** `progress` of the way from `from` to `to`, rounded to 1/1000 so that equal states compare equal. */
export function interpolateNumber(from: number, to: number, progress: number): number {
  const clamped = Math.min(1, Math.max(0, progress));
  return Math.round((from + (to - from) * clamped) * 1000) / 1000;
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
