/**
 * Draws each scrolly block's graphic once, ahead of the reader, while the browser is idle.
 *
 * The graphics start as `content-visibility: auto` (Scrolly.astro), so the page's load skips the
 * style and layout of graphics far down the story. But Chromium leaves a skipped subtree that was
 * never drawn out of the accessibility tree: until the reader scrolled near it, a screen reader
 * would find no map there (no image, legend, date or step buttons), and would miss it when
 * listing the page's graphics. Marking a graphic `data-rendered` lifts the skipping; it is then
 * drawn once (its style, layout and the map's first fit, each in an idle period of its own, while
 * the reader is not scrolling, rather than in the frame that scrolls it into view) and stays in the
 * tree. Off screen it is not painted; it is laid out again only when the page's width or colours
 * change, or when its block settles as the reader passes it.
 */

/** How long the page must go unscrolled before a graphic is drawn, ms. */
const quietFor = 1000;

/** How long after load the drawing starts, ms: the first seconds belong to the reader's first taps and scrolls. */
const startAfterLoad = 3000;

/**
 * Calls `draw` in an idle period that falls after the reader has not scrolled for `quietFor` ms.
 * Drawing a graphic lays out the whole page once (30-140 ms on a slow phone): done mid-scroll,
 * that is a frozen frame the reader sees; done while they read, nobody does.
 */
function whenQuiet(draw: () => void): void {
  let lastScroll = performance.now();
  const onScroll = () => (lastScroll = performance.now());
  window.addEventListener('scroll', onScroll, { passive: true });
  const wait = (): void => {
    const quietLeft = lastScroll + quietFor - performance.now();
    if (quietLeft > 0) {
      window.setTimeout(wait, quietLeft);
      return;
    }
    window.requestIdleCallback((deadline) => {
      // A scroll that began while this waited for its idle period: wait for it to end.
      if (performance.now() - lastScroll < quietFor || deadline.timeRemaining() < 10) {
        wait();
        return;
      }
      window.removeEventListener('scroll', onScroll);
      draw();
    });
  };
  wait();
}

export function renderAhead(graphics: HTMLElement[]): void {
  // Browsers without idle callbacks (Safari) expose skipped content to assistive technology
  // anyway, so there the graphics keep skipping until the reader nears them.
  if (!('requestIdleCallback' in window)) return;
  const drawFrom = (index: number): void => {
    const graphic = graphics[index];
    if (!graphic) return;
    whenQuiet(() => {
      graphic.dataset['rendered'] = '';
      // The next one waits for the frame that draws this one, so each is its own task.
      requestAnimationFrame(() => drawFrom(index + 1));
    });
  };
  const start = () => window.setTimeout(() => drawFrom(0), startAfterLoad);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
