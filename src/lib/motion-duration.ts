/**
 * How long a motion lasts, from a CSS custom property (`--duration-view: 650ms`), so that the
 * durations live in the style sheet with the transitions that use them.
 *
 * Read once per element and kept: reading computed style in the middle of a step change, after
 * the change's first writes, makes the browser restyle the page there and then (a forced style
 * recalculation, 10-20 ms on a throttled phone at every step).
 */
const known = new WeakMap<Element, Map<string, number>>();
const reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Milliseconds; 0 when the reader asks for reduced motion; `fallback` when the property is unset or not a time. */
export function motionDuration(element: Element, property: `--${string}`, fallback: number): number {
  if (reducedMotion?.matches) return 0;
  let byProperty = known.get(element);
  if (!byProperty) {
    byProperty = new Map();
    known.set(element, byProperty);
  }
  let ms = byProperty.get(property);
  if (ms === undefined) {
    const value = getComputedStyle(element).getPropertyValue(property).trim();
    const parsed = value.endsWith('ms') ? parseFloat(value) : parseFloat(value) * 1000;
    ms = Number.isFinite(parsed) ? parsed : fallback;
    byProperty.set(property, ms);
  }
  return ms;
}
