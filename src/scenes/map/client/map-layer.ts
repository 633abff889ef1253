import type { Camera } from '../../../shared/geo/fit-view';
import type { MapViewPayload } from '../payload';
import type { ResolvedMapState } from '../state';

/**
 * What every layer drawn over the map at build provides (the places' labels, routes, areas of
 * control, thrust arrows, falls, areas' names), so that each plugs in the same way, with
 * `map.addLayer`: the map hands it each step's state, and the camera and view whenever the camera
 * comes to rest. A layer keeps its own marks in screen pixels from that camera; in flight the map
 * fades the layers' boxes and they wait for the rest.
 */
export interface MapLayer {
  /** Shows what a step's state asks of this layer. */
  apply(state: ResolvedMapState, options: LayerOptions): void;
  /** Places the layer's marks for the camera at rest, in the view shown. */
  place(camera: Camera, view: MapViewPayload): void;
}

export interface LayerOptions {
  /** Whether to animate the change (false on jumps and under reduced motion). */
  animate: boolean;
  /** Whether the camera is flying between views (the layers are faded out meanwhile). */
  inFlight: boolean;
}
