import type { Provenance } from './scroll/step-state';

/** How a step's provenance reads on the graphic's badge. */
export const statusLabels: Record<Provenance, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  unverified: 'Unverified',
};
