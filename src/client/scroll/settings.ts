/** Where a step triggers: its top crossing this fraction of the viewport's height. */
export const triggerOffset = 0.6;

/** How long the reader must stay on a step before the address bar follows it (ms). */
export const addressDelay = 400;
