/** Suggests the valid choice nearest to a typo, by edit distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest choice when it is close enough to be a likely typo, else undefined. */
export function didYouMean(value: unknown, choices: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let best: { choice: string; distance: number } | undefined;
  for (const choice of choices) {
    const distance = editDistance(value.toLowerCase(), choice.toLowerCase());
    if (!best || distance < best.distance) best = { choice, distance };
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  if (best && best.distance <= tolerance) return best.choice;
  // A shortened or lengthened id ("coast" for "coastline"): the one choice that starts with it.
  const lower = value.toLowerCase();
  const [only, ...more] = choices.filter(
    (choice) =>
      lower.length >= 3 &&
      (choice.toLowerCase().startsWith(lower) || lower.startsWith(choice.toLowerCase())),
  );
  return more.length === 0 ? only : undefined;
}
