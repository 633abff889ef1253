import type { Provenance } from './step-state';

/** How a step's provenance reads in its card's header. */
export const statusLabels: Record<Provenance, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  unverified: 'Unverified',
};

/** What each word tells the reader, shown when they tap it (and the rule editors follow, EDITING.md). */
export const statusMeanings: Record<Provenance, string> = {
  confirmed: 'established by several independent reports or an official statement.',
  reported: 'reported by one credible outlet, not independently confirmed.',
  unverified:
    'a claim, for example by bloggers or a party to the war, that no independent source confirms.',
};
