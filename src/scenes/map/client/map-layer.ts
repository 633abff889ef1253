import type { Camera } from '../../../shared/geo/fit-view';
import type { ResolvedMapState } from '../state';

/**
 * What a layer drawn over the map at build (routes, areas of control, arrows, labels of areas)
 * provides, so that every layer plugs in the same way: the scene hands it each step's state, and
 * the map hands it the camera whenever the camera comes to rest. A layer keeps its own marks in
 * screen pixels from that camera; in flight the map fades the layers' boxes and they wait for the rest.
 */
export interface MapLayer {
  /** Shows what a step's state asks of this layer. */
  apply(state: ResolvedMapState, options: LayerOptions): void;
  /** Places the layer's marks for the camera at rest. */
  place(camera: Camera): void;
}

export interface LayerOptions {
  /** Whether to animate the change (false on jumps and under reduced motion). */
  animate: boolean;
  /** Whether the camera is flying between views (the layers are faded out meanwhile). */
  inFlight: boolean;
}
