import { describe, expect, test } from 'vitest';
import {
  labellingOf,
  labelOnStage,
  narrowBands,
  narrowLayoutOf,
  type NarrowLabel,
  type ViewLabel,
} from '../../src/shared/geo/label-tiers';

const tiers = { narrow: [160, 250], wide: [330, 700] };
const on = (wide: ViewLabel | undefined, narrow: (NarrowLabel | undefined)[], width: number) =>
  labelOnStage({ wide, narrow }, width, tiers);

describe('labelOnStage: the label a place gets for the stage width', () => {
  test('wide stages follow the wide tiers', () => {
    expect(on([0, 'e', 0], [], 400)).toEqual({ side: 'e', variant: 0 });
    expect(on([1, 'w', 1], [], 400)).toBeNull();
    expect(on([1, 'w', 1], [], 800)).toEqual({ side: 'w', variant: 1 });
  });

  test('a key place shown as its symbol alone gets its label from a wider tier on', () => {
    const key: ViewLabel = [0, 'c', -1, 1, 'ne', 0];
    expect(on(key, [], 400)).toEqual({ side: 'c', variant: -1 });
    expect(on(key, [], 900)).toEqual({ side: 'ne', variant: 0 });
  });

  test('narrower than the first wide tier, the narrow layout for that width', () => {
    expect(narrowLayoutOf(120, tiers)).toBe(0);
    expect(narrowLayoutOf(249, tiers)).toBe(0);
    expect(narrowLayoutOf(250, tiers)).toBe(1);
    expect(narrowLayoutOf(329, tiers)).toBe(1);
    expect(narrowLayoutOf(330, tiers)).toBe(-1);
    // Crowded to its symbol in the narrowest layout, named in the next one.
    const narrow: (NarrowLabel | undefined)[] = [
      ['c', -1],
      ['w', 0],
    ];
    expect(on([0, 'e', 0], narrow, 200)).toEqual({ side: 'c', variant: -1 });
    expect(on([0, 'e', 0], narrow, 300)).toEqual({ side: 'w', variant: 0 });
    expect(on([0, 'e', 0], narrow, 330)).toEqual({ side: 'e', variant: 0 });
    expect(on([0, 'e', 0], [undefined, ['n', 1]], 200)).toBeNull();
    expect(on([0, 'e', 0], [undefined, ['n', 1]], 260)).toEqual({ side: 'n', variant: 1 });
  });
});

describe('the narrow layouts', () => {
  test('each is made for the widths from its tier up to the next, the last up to the first wide tier', () => {
    expect(narrowBands(tiers)).toEqual([
      { from: 160, upTo: 250 },
      { from: 250, upTo: 330 },
    ]);
  });

  test('without narrow tiers every stage takes the wide layout', () => {
    const wideOnly = { narrow: [], wide: [330, 700] };
    expect(narrowLayoutOf(200, wideOnly)).toBe(-1);
    expect(labelOnStage({ wide: [0, 'e', 0], narrow: [] }, 200, wideOnly)).toEqual({
      side: 'e',
      variant: 0,
    });
  });

  test("a place's labels are read from the view as the build writes them", () => {
    const view = {
      labels: { a: [0, 'e', 0] as ViewLabel },
      narrowLabels: [{}, { a: ['w', 1] as NarrowLabel }],
    };
    expect(labellingOf(view, 'a')).toEqual({ wide: [0, 'e', 0], narrow: [undefined, ['w', 1]] });
    expect(labelOnStage(labellingOf(view, 'a'), 300, tiers)).toEqual({ side: 'w', variant: 1 });
    expect(labelOnStage(labellingOf(view, 'a'), 200, tiers)).toBeNull();
  });
});
