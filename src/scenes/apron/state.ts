import { dateMoves, resolveBase, type ResolvedBase, type StepBase } from '../../shared/step-state';
import type { SceneKind } from '../scene-kind';

/** An apron step: the satellite imagery whose aircraft are drawn. */
export interface ApronStepState extends StepBase {
  kind: 'apron';
  /** An id from content/data/imagery.json. */
  imagery?: string;
}

export type ResolvedApronState = ResolvedBase & Omit<ApronStepState, 'date'>;

export const apronScene: SceneKind<ApronStepState, ResolvedApronState> = {
  name: 'Drawing',
  fromProps: (props, base) => ({
    kind: 'apron',
    ...base,
    ...(props.imagery ? { imagery: props.imagery } : {}),
  }),
  resolve: (state, progress) => resolveBase(state, progress),
  isContinuous: dateMoves,
};
