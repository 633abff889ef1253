import {
  dateMoves,
  interpolateNumber,
  resolveBase,
  type Range,
  type ResolvedBase,
  type StepBase,
} from '../../shared/step-state';
import type { SceneKind } from '../scene-kind';
import { mapLayers } from './place-layers';

/** A map step: the view, what it emphasises, and the layers over it (routes, areas of control). */
export interface MapStepState extends StepBase {
  kind: 'map';
  /** The map view (an id from content/data/views.json). */
  view?: string;
  /** Place ids to emphasise. */
  highlight: string[];
  /** Map layers to show. */
  layers: string[];
  /**
   * A route drawn on the map (an id from content/data/routes.json) and how much of it is drawn:
   * 0 = nothing, 1 = all of it, counted in legs (see drawnShare in src/shared/geo/route-draw.ts).
   * A range draws the route with scroll progress through the step.
   */
  route?: { id: string; progress: Range<number> };
  /** Sites whose sourced note (content/data/base-notes.json) shows beside the map. */
  notes: string[];
  /** The snapshot of the areas of control the map shows (content/data/control/snapshots.json). */
  control?: string;
  /** Thrust arrows drawn in full (content/data/control/thrusts.json). */
  arrows?: string[];
  /** A thrust arrow that draws itself with scroll progress through the step. */
  drawArrow?: string;
}

export interface ResolvedMapState extends ResolvedBase, Omit<MapStepState, 'date' | 'route'> {
  /** The route shown, if any. */
  route?: string;
  /** How much of it is drawn, 0 to 1. */
  routeProgress?: number;
  /** How much of `drawArrow` is drawn, 0 to 1. */
  arrowProgress?: number;
}

export const mapScene: SceneKind<MapStepState, ResolvedMapState> = {
  name: 'Map',
  fromProps: (props, base) => ({
    kind: 'map',
    ...base,
    ...(props.view ? { view: props.view } : {}),
    highlight: props.highlight ?? [],
    layers: props.layers ?? [...mapLayers],
    notes: props.notes ?? [],
    // A route named without a progress is drawn in full.
    ...(props.route
      ? { route: { id: props.route, progress: props.routeProgress ?? { from: 1, to: 1 } } }
      : {}),
    ...(props.control ? { control: props.control } : {}),
    ...(props.arrows ? { arrows: props.arrows } : {}),
    ...(props.drawArrow ? { drawArrow: props.drawArrow } : {}),
  }),
  resolve: (state, progress) => {
    const { route, ...rest } = resolveBase(state, progress);
    const resolved: ResolvedMapState = rest;
    if (route) {
      resolved.route = route.id;
      resolved.routeProgress = interpolateNumber(route.progress.from, route.progress.to, progress);
    }
    if (state.drawArrow) resolved.arrowProgress = interpolateNumber(0, 1, progress);
    return resolved;
  },
  isContinuous: (state) => {
    const routeMoves =
      state.route !== undefined && state.route.progress.from !== state.route.progress.to;
    return dateMoves(state) || routeMoves || state.drawArrow !== undefined;
  },
};
