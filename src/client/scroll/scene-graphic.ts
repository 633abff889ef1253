import type { ResolvedState } from '../../scenes/registry';

/**
 * What a scrolly block's graphic must do: show a complete state. It is called with the state
 * the reader has scrolled to, however they got there; `animate` is false on the first call, on
 * jumps and under reduced motion. A call made while a transition runs starts from where the
 * graphic is now (transitions never queue).
 */
export interface SceneGraphic {
  applyState(state: ResolvedState, options: { animate: boolean }): void;
}

export function isSceneGraphic(element: Element | null): element is Element & SceneGraphic {
  return !!element && typeof (element as Partial<SceneGraphic>).applyState === 'function';
}
