/**
 * How long a motion lasts, from a design token in tokens.css (`--duration-view: 650ms`), so that
 * the durations live in the style sheet with the transitions that use them.
 *
 * Read once per token and kept: reading computed style in the middle of a step change, after the
 * change's first writes, makes the browser restyle the page there and then (a forced style
 * recalculation at every step). The tokens are set on :root.
 */
import { prefersReducedMotion } from './reduced-motion';

const known = new Map<string, number>();

/** Milliseconds; 0 when the reader asks for reduced motion (now, not when first read); `fallback` when the token is unset or not a time. */
export function motionDuration(token: `--${string}`, fallback: number): number {
  if (prefersReducedMotion()) return 0;
  let ms = known.get(token);
  if (ms === undefined) {
    const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
    const parsed = value.endsWith('ms') ? parseFloat(value) : parseFloat(value) * 1000;
    ms = Number.isFinite(parsed) ? parsed : fallback;
    known.set(token, ms);
  }
  return ms;
}
