import type { Frame, Page } from '@playwright/test';

/**
 * How much of the reader's screen a scrolly graphic fills, uncovered (its map, timeline or apron
 * drawing on screen, less the step cards, key and buttons over it), as a share of the screen.
 * Runs in the embed's document: `frameTop` is where that document's top lies on the reader's
 * screen (0 for a page opened alone, the iframe's top in a host page). Self-contained for
 * `evaluate`.
 */
export function uncoveredGraphicShare({
  frameTop,
  width,
  height,
}: {
  frameTop: number;
  width: number;
  height: number;
}): number {
  type Box = { left: number; top: number; right: number; bottom: number };
  const onScreen = (box: DOMRect): Box => ({
    left: Math.max(0, box.left),
    top: Math.max(0, box.top + frameTop),
    right: Math.min(width, box.right),
    bottom: Math.min(height, box.bottom + frameTop),
  });
  const area = (box: Box) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
  let best = 0;
  for (const block of document.querySelectorAll('story-scrolly')) {
    const drawing = block.querySelector('.map-frame, .timeline-scene, .apron-scene');
    if (!drawing) continue;
    const shown = onScreen(drawing.getBoundingClientRect());
    const covers = [
      ...block.querySelectorAll('.step-card, .map-caption, .scrolly-controls'),
    ].filter((node) => getComputedStyle(node).opacity !== '0');
    const covered = covers.reduce((sum, node) => {
      const cover = onScreen(node.getBoundingClientRect());
      return (
        sum +
        area({
          left: Math.max(shown.left, cover.left),
          top: Math.max(shown.top, cover.top),
          right: Math.min(shown.right, cover.right),
          bottom: Math.min(shown.bottom, cover.bottom),
        })
      );
    }, 0);
    best = Math.max(best, (area(shown) - covered) / (width * height));
  }
  return best;
}

/** Waits until the frame has drawn twice and no finite animation runs (a card's fade), a few frames at most. */
export async function settled(frame: Frame): Promise<void> {
  await frame.evaluate(async () => {
    const twoFrames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let tries = 0; tries < 5; tries += 1) {
      await twoFrames();
      const moving = document
        .getAnimations()
        .some(
          (animation) =>
            animation.playState === 'running' &&
            animation.effect?.getTiming().iterations !== Infinity,
        );
      if (!moving) return;
    }
  });
}

/**
 * Scrolls `page` through the embed's whole length, down then up, by half a screen, and returns
 * the share of positions (percent) where a graphic fills more than 40% of the screen, uncovered.
 * `frameTopOnPage` is where the embed's document starts on the page (0 when opened alone).
 */
export async function graphicInViewPercent(
  page: Page,
  frame: Frame,
  { frameTopOnPage, length }: { frameTopOnPage: number; length: number },
) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const positions: number[] = [];
  for (let y = 0; y <= length - height; y += height / 2) positions.push(y);
  const percentFor = async (order: number[]) => {
    let inView = 0;
    for (const y of order) {
      await page.evaluate(
        (top) => window.scrollTo({ top, behavior: 'instant' }),
        frameTopOnPage + y,
      );
      // A host's scroll reaches the embed as a message, after the scroll event.
      await page.waitForTimeout(30);
      await settled(frame);
      const frameTop =
        frame === page.mainFrame()
          ? 0
          : frameTopOnPage - (await page.evaluate(() => window.scrollY));
      if ((await frame.evaluate(uncoveredGraphicShare, { frameTop, width, height })) > 0.4)
        inView += 1;
    }
    return (100 * inView) / order.length;
  };
  return {
    down: await percentFor(positions),
    up: await percentFor([...positions].reverse()),
    positions: positions.length,
  };
}
