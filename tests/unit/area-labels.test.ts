import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'polygon-clipping';
import { areaLabels } from '../../src/scenes/map/control/server/area-labels';

const square = (x: number, y: number, size: number): MultiPolygon => [
  [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
];
const view = { x: 0, y: 0, width: 100, height: 100 };

describe('areaLabels(areas, view)', () => {
  it('names each area at the centre of the widest circle inside it, with that radius', () => {
    const [label] = areaLabels(new Map([['a', square(20, 20, 40)]]), view);
    expect(label?.holder).toBe('a');
    expect(label?.point[0]).toBeCloseTo(40, 0);
    expect(label?.point[1]).toBeCloseTo(40, 0);
    expect(label?.radius).toBeCloseTo(20, 0);
  });

  it('places the name in the part of the area the view shows', () => {
    // An area reaching far outside the view: its name sits inside the view, not at its own centre.
    const [label] = areaLabels(new Map([['a', square(50, 0, 500)]]), view);
    expect(label?.point[0]).toBeGreaterThan(50);
    expect(label?.point[0]).toBeLessThan(100);
  });

  it('keeps off the boxes of the places labelled there', () => {
    const free = areaLabels(new Map([['a', square(0, 0, 100)]]), view)[0];
    const crowded = areaLabels(new Map([['a', square(0, 0, 100)]]), view, {
      obstacles: [{ x: 30, y: 30, width: 40, height: 40 }],
    })[0];
    expect(free?.point[0]).toBeCloseTo(50, 0);
    const inBox = (p: [number, number] | undefined) =>
      !!p && p[0] > 30 && p[0] < 70 && p[1] > 30 && p[1] < 70;
    expect(inBox(crowded?.point)).toBe(false);
  });

  it('leaves out areas it is told to skip and areas outside the view', () => {
    const labels = areaLabels(
      new Map([
        ['a', square(10, 10, 30)],
        ['not-sourced', square(50, 50, 30)],
        ['far', square(500, 500, 30)],
      ]),
      view,
      { skip: ['not-sourced'] },
    );
    expect(labels.map((label) => label.holder)).toEqual(['a']);
  });
});

// @scene:map (npm run test:scene map runs this file)
