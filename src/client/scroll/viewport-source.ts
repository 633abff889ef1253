/**
 * Where the reader's viewport is, for the scroll engine.
 *
 * On the story's own page it is the window. In an embed whose iframe is sized to its content, the
 * frame never scrolls: `position: sticky`, `vh` and scrollama's trigger line mean nothing there,
 * so a host page reports where its viewport lies over the frame ("host"), and until (or unless)
 * it does, readers move through the steps with buttons ("stepper"). The step-resolution code is
 * the same in every mode; only the viewport it measures against changes.
 */
export type ScrollMode = 'window' | 'host' | 'stepper';

export interface Viewport {
  /** Top of the reader's viewport, px from the top of this document's own viewport (can be negative). */
  top: number;
  /** Its height, px. */
  height: number;
}

export interface ViewportSource {
  readonly mode: ScrollMode;
  /** The reader's viewport, in this document's viewport coordinates; null when unknown (stepper). */
  viewport(): Viewport | null;
  /** Moves the reader's viewport so that `y` (px, this document's viewport coordinates) is at its top. */
  scrollTo(y: number, smooth: boolean): void;
}

const windowSource: ViewportSource = {
  mode: 'window',
  viewport: () => ({ top: 0, height: window.innerHeight }),
  scrollTo: (y, smooth) =>
    window.scrollTo({ top: window.scrollY + y, behavior: smooth ? 'smooth' : 'instant' }),
};

let source: ViewportSource = windowSource;
const listeners = new Set<(modeChanged: boolean) => void>();

export function viewportSource(): ViewportSource {
  return source;
}

/** Switches the engine to another viewport source (an embed does, once it knows its host). */
export function setViewportSource(next: ViewportSource): void {
  const modeChanged = next.mode !== source.mode;
  source = next;
  for (const listener of listeners) listener(modeChanged);
}

/** Tells the engine the viewport moved (a host reported a new position). */
export function viewportMoved(): void {
  for (const listener of listeners) listener(false);
}

export function onViewportChange(listener: (modeChanged: boolean) => void): void {
  listeners.add(listener);
}

/**
 * How far down to move a block's graphic so that it stays in the reader's viewport, like
 * `position: sticky; top: 0` would against that viewport: never above its place in the block,
 * never past the block's end. All in px from the block's top.
 */
export function pinOffset(
  viewTop: number,
  graphic: { top: number; height: number },
  blockHeight: number,
): number {
  const latest = Math.max(0, blockHeight - graphic.height - graphic.top);
  return Math.min(latest, Math.max(0, viewTop - graphic.top));
}
