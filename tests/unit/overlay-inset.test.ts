import { describe, expect, it } from 'vitest';
import { phoneInsetTop } from '../../src/scenes/map/overlay-inset';

const none = { dated: false, areas: false, status: false, distance: false };

describe('phoneInsetTop', () => {
  it('keeps clear of the step buttons when a block shows no box', () => {
    expect(phoneInsetTop([none, none])).toBe(4);
  });

  it('clears the tallest stack any step shows, not the first step', () => {
    const dated = { ...none, dated: true };
    const full = { ...dated, areas: true, status: true };
    expect(phoneInsetTop([dated, full, dated])).toBe(phoneInsetTop([full]));
    expect(phoneInsetTop([full])).toBeGreaterThan(phoneInsetTop([dated]));
  });

  it('adds each box and the gaps between them', () => {
    // top 0.75 + date 2.25 + strip 2.6 + status 1.9 + two gaps 0.7 + margin 0.5
    expect(phoneInsetTop([{ ...none, dated: true, status: true }])).toBeCloseTo(8.7, 5);
  });
});
