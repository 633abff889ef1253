/**
 * What a reader sees of a map step at this moment: is the step's card whole on screen, is each
 * place the step highlights drawn, named and uncovered (the point at its mark's centre belongs to the
 * map, not to the card, the key or the step buttons), and how much of the screen is uncovered map.
 *
 * Runs in the page, and is self-contained (no imports, no closure) so that the end-to-end tests
 * can hand this very function to `page.evaluate`; the gallery runs it on its phone previews'
 * documents (`root`).
 */
export interface ReadingView {
  step: string;
  /** The step the block shows now. */
  shown: string;
  cardWhole: boolean;
  /** Highlighted place ids, and those the reader cannot see (off screen, not drawn, or covered). */
  highlighted: string[];
  hidden: string[];
  /** Highlighted places drawn without their name (the view's labels left it out). */
  unnamed: string[];
  /** Uncovered map, as a share of the screen (0 to 1). */
  mapShare: number;
}

export function readingView(stepId: string, root: Document = document): ReadingView | null {
  const view = root.defaultView;
  const step = root.getElementById(stepId);
  const block = step?.closest('story-scrolly');
  const scene = block?.querySelector<HTMLElement>('.map-scene');
  const card = step?.querySelector('.step-card');
  if (!view || !step || !block || !scene || !card) return null;
  const width = view.innerWidth;
  const height = view.innerHeight;
  const cardBox = card.getBoundingClientRect();
  const cardWhole =
    cardBox.top >= -1 &&
    cardBox.bottom <= height + 1 &&
    cardBox.left >= -1 &&
    cardBox.right <= width + 1;
  const state = JSON.parse(block.getAttribute('data-states') ?? '[]') as {
    id: string;
    highlight: string[];
  }[];
  const highlighted = state.find((s) => s.id === stepId)?.highlight ?? [];
  const coverSelector = '.step-card, .map-caption, .scrolly-controls, .scene-overlay';
  const hidden = highlighted.filter((id) => {
    const mark = scene.querySelector(`.map-item[data-id="${id}"] .symbol`);
    if (!mark) return true;
    const box = mark.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return true;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > width || y > height) return true;
    const hit = root.elementFromPoint(x, y);
    return !hit || !hit.closest('.scrolly-graphic') || hit.closest(coverSelector) !== null;
  });
  const unnamed = highlighted.filter(
    (id) => !scene.querySelector(`.map-item[data-id="${id}"] text`)?.textContent?.trim(),
  );
  // Uncovered map: the map's stage on screen, less what lies over it (card, key, buttons).
  const clip = (box: DOMRect) => ({
    left: Math.max(0, box.left),
    top: Math.max(0, box.top),
    right: Math.min(width, box.right),
    bottom: Math.min(height, box.bottom),
  });
  const stage = scene.querySelector('.map-frame');
  if (!stage) return null;
  const map = clip(stage.getBoundingClientRect());
  const area = (box: { left: number; top: number; right: number; bottom: number }) =>
    Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
  const overlap = (box: DOMRect) => {
    const b = clip(box);
    return area({
      left: Math.max(map.left, b.left),
      top: Math.max(map.top, b.top),
      right: Math.min(map.right, b.right),
      bottom: Math.min(map.bottom, b.bottom),
    });
  };
  const covers = [...block.querySelectorAll('.step-card, .map-caption, .scrolly-controls')].filter(
    (node) => view.getComputedStyle(node).opacity !== '0',
  );
  const covered = covers.reduce((sum, node) => sum + overlap(node.getBoundingClientRect()), 0);
  return {
    step: stepId,
    shown: block.getAttribute('data-active-step') ?? '',
    cardWhole,
    highlighted,
    hidden,
    unnamed,
    mapShare: Math.max(0, area(map) - covered) / (width * height),
  };
}
