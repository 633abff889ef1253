/**
 * The reader's reduced-motion setting: one query for the page, which follows the setting live
 * (listen for its change event). Null outside a browser (the build).
 */
export const reducedMotion: MediaQueryList | null =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Whether the reader asks for reduced motion now. */
export function prefersReducedMotion(): boolean {
  return reducedMotion?.matches ?? false;
}
