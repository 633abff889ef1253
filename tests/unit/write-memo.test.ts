import { describe, expect, test } from 'vitest';
import { WriteMemo } from '../../src/scenes/map/client/write-memo';

describe('WriteMemo', () => {
  test('a key changes on its first value, then only when the value does', () => {
    const memo = new WriteMemo();
    expect(memo.changed('view', 'coast')).toBe(true);
    expect(memo.changed('view', 'coast')).toBe(false);
    expect(memo.changed('view', 'north')).toBe(true);
    expect(memo.changed('route', undefined)).toBe(true);
    expect(memo.changed('route', undefined)).toBe(false);
  });

  test('starts from what the page shows', () => {
    const memo = new WriteMemo([['view', 'coast']]);
    expect(memo.changed('view', 'coast')).toBe(false);
    expect(memo.changed('view', 'north')).toBe(true);
  });

  test('compares lists by their items, and keeps its own copy', () => {
    const memo = new WriteMemo();
    const ids = ['aleppo', 'hama'];
    expect(memo.changed('highlight', ids)).toBe(true);
    expect(memo.changed('highlight', ['aleppo', 'hama'])).toBe(false);
    ids.push('homs');
    expect(memo.changed('highlight', ids)).toBe(true);
    expect(memo.changed('highlight', ['aleppo'])).toBe(true);
  });

  test('keys by node as well as by name', () => {
    const a = {};
    const b = {};
    const memo = new WriteMemo<object>();
    expect(memo.changed(a, 1)).toBe(true);
    expect(memo.changed(b, 1)).toBe(true);
    expect(memo.changed(a, 1)).toBe(false);
    memo.clear();
    expect(memo.changed(a, 1)).toBe(true);
  });
});
