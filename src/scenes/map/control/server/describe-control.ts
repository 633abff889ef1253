import { notSourced } from '../../../../server/schemas/control';

/**
 * A snapshot of the areas of control in words, for readers who cannot see the map: for each side,
 * in the legend's order, its rough share of the country and which of the story's cities it held.
 */
export function describeSnapshot({
  days,
  held,
  shares,
  factionLabel,
}: {
  days: string;
  held: readonly { label: string; holder: string }[];
  /** Holder → share of the country's area, 0 to 1. */
  shares: ReadonlyMap<string, number>;
  factionLabel: ReadonlyMap<string, string>;
}): string {
  const parts = [`Approximate areas of control, ${days}.`];
  for (const [holder, label] of [...factionLabel, [notSourced, 'Holder not sourced'] as const]) {
    const share = shares.get(holder) ?? 0;
    if (share === 0) continue;
    const cities = held.filter((town) => town.holder === holder).map((town) => town.label);
    const percent = share < 0.01 ? 'under 1%' : `about ${Math.round(share * 100)}%`;
    parts.push(
      `${label}: ${percent} of the country${cities.length > 0 ? `, including ${listOf(cities)}` : ''}.`,
    );
  }
  return parts.join(' ');
}

function listOf(items: readonly string[]): string {
  if (items.length < 3) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
