/** A value written to the page: a string, number or flag, or a short list of them. */
export type Written = string | number | boolean | undefined | readonly (string | number)[];

function same(a: Written, b: Written): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What the map's layers last wrote to the page, by key (a name, or the node written to), so that
 * code run on every scrolled frame writes only what changed: even a write of the same value can
 * send a subtree through style recalc. Comparing costs no allocation; a list is copied only when
 * it changed.
 */
export class WriteMemo<K = string> {
  private readonly last = new Map<K, Written>();

  /** Starts from what the page shows (the build's markup): the first frame writes nothing. */
  constructor(shown?: Iterable<readonly [K, Written]>) {
    if (shown) for (const [key, value] of shown) this.last.set(key, value);
  }

  /** Whether `value` differs from the last one given for `key`; if so, it is remembered. */
  changed(key: K, value: Written): boolean {
    const last = this.last.get(key);
    if ((last !== undefined || this.last.has(key)) && same(last, value)) return false;
    this.last.set(key, Array.isArray(value) ? [...(value as readonly (string | number)[])] : value);
    return true;
  }

  /** Forgets every value, so that the next call for each key writes. */
  clear(): void {
    this.last.clear();
  }
}
