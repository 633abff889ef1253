import scrollama from 'scrollama';

/**
 * The only module that imports scrollama. It watches every step of every scrolly block on the
 * page with ONE scrollama instance (its destroy() leaves a scroll listener behind, so it is
 * created once and never torn down), and reports only that "something crossed the trigger line";
 * the page's scroll listener reports movement within a step.
 *
 * Which step is active is then worked out from geometry, not from the order of scrollama's
 * events: those arrive out of order on reloads and jumps and skip steps on fast flicks.
 */
export interface ScrollerOptions {
  /** Where the trigger line sits, as a fraction of the viewport's height from its top. */
  offset: number;
  /** Called (at most once per frame) after any step crossed the line or moved within it. */
  onChange: () => void;
}

let started = false;

/**
 * Starts the page's scroller. Returns `schedule`, which asks for an update on the next frame
 * (coalesced with scrollama's own), for events scrollama does not see.
 */
export function startScroller(steps: HTMLElement[], { offset, onChange }: ScrollerOptions): () => void {
  if (started) throw new Error('startScroller: one scroller per page; register all steps at once.');
  if (!(offset >= 0 && offset <= 1)) throw new Error(`startScroller: offset must be between 0 and 1, got ${offset}`);
  started = true;
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  };
  // No steps to watch: an embed whose steps follow its host page's viewport, not its own frame's.
  if (steps.length > 0) {
    // Progress within a step is measured from geometry in the frame (see story-scrolly.ts), on
    // every scroll event: scrollama's progress observers (one IntersectionObserver per step with a
    // threshold every few pixels) only duplicated that, at a cost on every scrolled frame.
    scrollama()
      .setup({ step: steps, offset: offset as scrollama.DecimalType, progress: false, debug: false })
      .onStepEnter(schedule)
      .onStepExit(schedule);
  }
  schedule();
  return schedule;
}
