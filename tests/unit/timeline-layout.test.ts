import { describe, expect, it } from 'vitest';
import { compact, layoutTimeline, roomy } from '../../src/scenes/timeline/server/timeline-layout';
import { storyAxis } from '../../src/scenes/timeline/timeline-model';

// A made-up run of events over two year changes, not the story's.
const events = [
  { id: 'a', date: '2030-11-20' },
  { id: 'b', date: '2030-11-25' },
  { id: 'c', date: '2030-12-01' },
  { id: 'd', date: '2031-03-10' },
  { id: 'e', date: '2032-02-02' },
];
const milestones = { start: '2030-11-20', end: '2030-12-01' };
const axis = storyAxis('2030-11-20', milestones.end, '2032-02-02');

describe('the timeline axis labels', () => {
  for (const size of [compact, roomy]) {
    const { labels } = layoutTimeline(size, axis, events, milestones);

    it(`dates the first label and each new year's first label (${size.width} wide)`, () => {
      const years = labels
        .filter((label) => label.year)
        .map((label) => [label.day.slice(0, 4), label.year]);
      expect(labels[0]?.year).toBe('2030');
      expect(labels[0]?.text).toBe('Nov 20');
      expect(years.map(([, year]) => year)).toEqual([
        ...new Set(labels.map((label) => label.day.slice(0, 4))),
      ]);
      for (const [labelYear, year] of years) expect(year).toBe(labelYear);
    });

    it(`keeps an end-anchored label clear of its neighbour (${size.width} wide)`, () => {
      const reach = (label: (typeof labels)[number]) =>
        label.anchor === 'start'
          ? [label.x, label.x + size.labelGap]
          : label.anchor === 'end'
            ? [label.x - size.labelGap, label.x]
            : [label.x - size.labelGap / 2, label.x + size.labelGap / 2];
      for (let i = 1; i < labels.length; i++)
        expect(reach(labels[i]!)[0]).toBeGreaterThanOrEqual(reach(labels[i - 1]!)[1]!);
    });

    it(`keeps the labels apart and in order (${size.width} wide)`, () => {
      for (let i = 1; i < labels.length; i++)
        expect(labels[i]!.x - labels[i - 1]!.x).toBeGreaterThanOrEqual(size.labelGap);
    });
  }
});
