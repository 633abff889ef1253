import { apronScene, type ApronStepState, type ResolvedApronState } from './apron/state';
import { mapScene, type MapStepState, type ResolvedMapState } from './map/state';
import type { SceneKind } from './scene-kind';
import {
  timelineScene,
  type ResolvedTimelineState,
  type TimelineStepState,
} from './timeline/state';

/**
 * Every scene kind a <Scrolly graphic="..."> block can drive, registered once. A kind is a folder
 * src/scenes/<kind>/ with its state (state.ts), its template (<Name>Scene.astro, which
 * Scrolly.astro picks by the kind) and its browser element (client/). The first kind is the
 * default. Both sides import this file: keep it free of templates and of server code.
 */
export const scenes = { map: mapScene, timeline: timelineScene, apron: apronScene } as const;

export type Graphic = keyof typeof scenes;
export const graphics = Object.keys(scenes) as [Graphic, ...Graphic[]];

/** A step's complete state, by its block's scene kind. */
export type StepState = MapStepState | TimelineStepState | ApronStepState;
/** A step's state at a given progress through it. */
export type ResolvedState = ResolvedMapState | ResolvedTimelineState | ResolvedApronState;

type AnyScene = SceneKind<StepState, ResolvedState>;
const sceneOf = (state: StepState) => scenes[state.kind] as unknown as AnyScene;

/** The state a graphic shows at `progress` through `state`'s step. */
export function resolveState(state: StepState, progress: number): ResolvedState {
  return sceneOf(state).resolve(state, progress);
}

/** Whether a step changes with progress, so progress events matter for it. */
export function isContinuous(state: StepState): boolean {
  return sceneOf(state).isContinuous(state);
}
