/**
 * Marks a phone card whose words run past its band, so only such a card scrolls inside itself.
 *
 * A scroll container that sticks is a composited layer of its own in Chromium even when nothing
 * overflows it: with every card one (three layers each), each scrolled frame paid for some fifty
 * layers. Cards clip by default (Step.astro) and scroll only when this says they must: a reader
 * who enlarges the text, or a step longer than its band, still reaches every word.
 */
export function watchCardOverflow(cards: Iterable<HTMLElement>): void {
  const cardOf = new Map<Element, HTMLElement>();
  const check = (card: HTMLElement): void => {
    const overflows = card.scrollHeight > card.clientHeight + 1;
    if (overflows !== card.hasAttribute('data-overflows'))
      card.toggleAttribute('data-overflows', overflows);
  };
  // The card's own box keeps the band's height whatever its words: watch the words.
  const observer = new ResizeObserver((entries) => {
    const touched = new Set(entries.map((entry) => cardOf.get(entry.target)));
    for (const card of touched) if (card) check(card);
  });
  for (const card of cards) {
    observer.observe(card);
    cardOf.set(card, card);
    for (const child of card.children) {
      cardOf.set(child, card);
      observer.observe(child);
    }
  }
}
