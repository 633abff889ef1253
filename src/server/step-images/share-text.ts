/**
 * A step's share page in words: its title (the step's first sentence, else the headline) and its
 * description (the step's text alternative, which says what the shared image shows). Pure.
 */

/** `text` cut at a word to at most `max` characters, with "…" when cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** The first sentence of `text` (up to a full stop, question or exclamation mark followed by a space). */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = clean.search(/[.?!](\s|$)/);
  return end === -1 ? clean : clean.slice(0, end + 1);
}

export function shareSummary(
  headline: string,
  stepText: string,
  alt: string,
): { title: string; description: string } {
  const sentence = firstSentence(stepText);
  return {
    title: sentence.length >= 15 ? clip(sentence, 110) : clip(headline, 110),
    description: clip(alt, 200),
  };
}
