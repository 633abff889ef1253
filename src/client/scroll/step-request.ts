/**
 * How a scrolly block's graphic asks the block to move to another step (a button or a tap inside
 * the graphic): an event the block (<story-scrolly>, story-scrolly.ts) answers exactly as it answers
 * its own step buttons, so the graphic never shows a state without its step. A graphic shows only
 * the states the block gives it.
 */
export const stepRequestEvent = 'story-step-request';

export interface StepRequest {
  /** The step to move to, 0-based within the block. */
  index: number;
}

export function requestStep(from: Element, index: number): void {
  from.dispatchEvent(
    new CustomEvent<StepRequest>(stepRequestEvent, { bubbles: true, detail: { index } }),
  );
}
