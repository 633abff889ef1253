import { dateMoves, resolveBase, type ResolvedBase, type StepBase } from '../../shared/step-state';
import type { SceneKind } from '../scene-kind';

/** A timeline step: the day it shows and the event it emphasises. */
export interface TimelineStepState extends StepBase {
  kind: 'timeline';
  /** The event to emphasise (an id from content/data/events.json); without it, the latest event on or before the date. */
  event?: string;
}

export type ResolvedTimelineState = ResolvedBase & Omit<TimelineStepState, 'date'>;

export const timelineScene: SceneKind<TimelineStepState, ResolvedTimelineState> = {
  name: 'Timeline',
  fromProps: (props, base) => ({
    kind: 'timeline',
    ...base,
    ...(props.event ? { event: props.event } : {}),
  }),
  resolve: (state, progress) => resolveBase(state, progress),
  isContinuous: dateMoves,
};
