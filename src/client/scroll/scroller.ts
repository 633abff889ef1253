import scrollama from 'scrollama';

/**
 * The page's one scroll driver, and the only module that imports scrollama. Every input asks for
 * ONE update in the next frame (`schedule`), where the active step and the reader's progress
 * through it are worked out from geometry, not from the events' contents: those arrive out of
 * order on reloads and jumps and skip steps on fast flicks.
 *
 * The inputs: ONE scrollama instance over every step of every block, for steps crossing the
 * trigger line (also when layout moves them without a scroll; its destroy() leaves a listener
 * behind, so it is never torn down), and one passive scroll listener for movement within a step.
 * scrollama's own progress events are off: they cost an IntersectionObserver per step with a
 * threshold every few pixels, computed on every scrolled frame (BENCHMARKS.md, "Scroll driver").
 */
export interface ScrollerOptions {
  /** Where the trigger line sits, as a fraction of the viewport's height from its top. */
  offset: number;
  /** Called (at most once per frame) after any step crossed the line or the page scrolled. */
  onChange: () => void;
}

let started = false;

/**
 * Starts the page's scroller. Returns `schedule`, which asks for an update on the next frame
 * (coalesced with scrollama's own), for events scrollama does not see.
 */
export function startScroller(
  steps: HTMLElement[],
  { offset, onChange }: ScrollerOptions,
): () => void {
  if (started) throw new Error('startScroller: one scroller per page; register all steps at once.');
  if (!(offset >= 0 && offset <= 1))
    throw new Error(`startScroller: offset must be between 0 and 1, got ${offset}`);
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
    scrollama()
      .setup({
        step: steps,
        offset: offset as scrollama.DecimalType,
        progress: false,
        debug: false,
      })
      .onStepEnter(schedule)
      .onStepExit(schedule);
    window.addEventListener('scroll', schedule, { passive: true });
  }
  schedule();
  return schedule;
}
