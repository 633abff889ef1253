import scrollama from 'scrollama';

/**
 * The only module that imports scrollama, and the page's one scroll driver. ONE scrollama instance
 * watches every step of every scrolly block (its destroy() leaves a scroll listener behind, so it
 * is created once and never torn down); its step and progress events each ask for one update in
 * the next frame, and nothing else listens to the scroll.
 *
 * Which step is active, and how far through it the reader is, is then worked out from geometry in
 * that frame, not from the events' contents: those arrive out of order on reloads and jumps and
 * skip steps on fast flicks.
 */
export interface ScrollerOptions {
  /** Where the trigger line sits, as a fraction of the viewport's height from its top. */
  offset: number;
  /** Called (at most once per frame) after any step crossed the line or moved past it. */
  onChange: () => void;
}

/** Pixels of scroll between progress events: about a frame's travel in a slow, steady scroll. */
const progressStep = 2;

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
        progress: true,
        threshold: progressStep,
        debug: false,
      })
      .onStepEnter(schedule)
      .onStepExit(schedule)
      .onStepProgress(schedule);
  }
  schedule();
  return schedule;
}
