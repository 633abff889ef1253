import { describe, expect, test } from 'vitest';
import { interpolateDate, stepAtLine } from '../../src/shared/step-state';
import { graphics, isContinuous, resolveState, type Graphic } from '../../src/scenes/registry';
import type { MapStepState } from '../../src/scenes/map/state';

const base: MapStepState = {
  kind: 'map',
  id: 'a',
  view: 'syria',
  highlight: [],
  layers: [],
  sources: [],
  notes: [],
};

describe('interpolateDate(from, to, progress)', () => {
  test('returns the ends at 0 and 1, and clamps beyond', () => {
    expect(interpolateDate('2024-11-27', '2024-12-08', 0)).toBe('2024-11-27');
    expect(interpolateDate('2024-11-27', '2024-12-08', 1)).toBe('2024-12-08');
    expect(interpolateDate('2024-11-27', '2024-12-08', -3)).toBe('2024-11-27');
    expect(interpolateDate('2024-11-27', '2024-12-08', 7)).toBe('2024-12-08');
  });

  test('steps through whole days across a month boundary', () => {
    expect(interpolateDate('2024-11-27', '2024-12-07', 0.5)).toBe('2024-12-02');
  });
});

describe('resolveState(state, progress)', () => {
  test('a state without a date is the same at any progress', () => {
    expect(resolveState(base, 0)).toEqual(resolveState(base, 1));
    expect(isContinuous(base)).toBe(false);
  });

  test('a date range resolves to the day at that progress', () => {
    const state = { ...base, date: { from: '2024-12-01', to: '2024-12-09' } };
    expect(isContinuous(state)).toBe(true);
    expect(resolveState(state, 0.5).date).toBe('2024-12-05');
    expect(resolveState(state, 0).date).toBe('2024-12-01');
  });

  test('the same step and progress always give the same state, whatever came before', () => {
    const state = {
      ...base,
      highlight: ['aleppo'],
      date: { from: '2024-12-01', to: '2024-12-09' },
    };
    const first = resolveState(state, 0.25);
    resolveState({ ...base, view: 'coast' }, 0.9);
    expect(resolveState(state, 0.25)).toEqual(first);
  });
});

describe('stepAtLine(boxes, triggerY)', () => {
  const boxes = [
    { top: 100, bottom: 500 },
    { top: 600, bottom: 900 },
    { top: 1000, bottom: 1400 },
  ];

  test('before the first step, the first step shows at progress 0', () => {
    expect(stepAtLine(boxes, 50)).toEqual({ index: 0, progress: 0 });
  });

  test('the step whose top has passed the line is active, with its progress', () => {
    expect(stepAtLine(boxes, 300)).toEqual({ index: 0, progress: 0.5 });
    expect(stepAtLine(boxes, 750)).toEqual({ index: 1, progress: 0.5 });
  });

  test('in the gap between two steps the earlier one stays active, fully progressed', () => {
    expect(stepAtLine(boxes, 950)).toEqual({ index: 1, progress: 1 });
  });

  test('past the last step, the last step shows at progress 1', () => {
    expect(stepAtLine(boxes, 5000)).toEqual({ index: 2, progress: 1 });
  });

  test('does not depend on the order events arrived in: only on geometry', () => {
    expect(stepAtLine(boxes, 1200).index).toBe(2);
    expect(stepAtLine([...boxes], 1200)).toEqual(stepAtLine(boxes, 1200));
  });
});

describe('the scene kinds', () => {
  test('each registered kind has its step checks in its own folder', async () => {
    const { kindProblems } = await import('../../src/server/mdx/kind-checks');
    const empty = {
      views: [],
      places: [],
      layers: [],
      sources: [],
      routes: [],
      notes: [],
      events: [],
      snapshots: [],
      thrusts: [],
    };
    for (const graphic of graphics)
      expect(() => kindProblems(graphic, {}, empty, new Set())).not.toThrow();
    expect(() => kindProblems('sky' as Graphic, {}, empty, new Set())).toThrow(
      'scene kind "sky": expected its step checks at src/scenes/sky/server/step-props.ts',
    );
  });
});
