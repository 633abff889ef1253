import { afterEach, describe, expect, test } from 'vitest';
import { addDays, daysBetween, daysFrom } from '../../src/shared/days';
import { dayMiddle, dayShares, dayStart, timeScale } from '../../src/scenes/timeline/time-scale';
import { storyAxis } from '../../src/scenes/timeline/timeline-model';
import { compact, layoutTimeline, roomy } from '../../src/scenes/timeline/server/timeline-layout';

// A made-up offensive (November 20 to December 1) and events up to March, not the story's.
const milestones = { start: '2030-11-20', end: '2030-12-01' };
const events = [
  { id: 'a', date: '2030-11-20' },
  { id: 'b', date: '2030-11-25', dateTo: '2030-11-27' },
  { id: 'c', date: '2030-12-01' },
  { id: 'd', date: '2031-01-10' },
  { id: 'e', date: '2031-03-10' },
];
const share = 0.56;
const axis = storyAxis(milestones.start, milestones.end, '2031-03-10', share);
const width = 1000;
const scale = timeScale(axis, [0, width]);
// The axis runs from the day before the offensive to the day after the last event.
const axisStart = '2030-11-19';
const afterOffensive = '2030-12-02';
const axisEnd = '2031-03-11';

describe('the piecewise time scale', () => {
  test("maps a day in the offensive to its share of the offensive's width", () => {
    const dayWidth = (share * width) / daysBetween(axisStart, afterOffensive);
    expect(dayStart(scale, '2030-11-25')).toBeCloseTo(
      daysBetween(axisStart, '2030-11-25') * dayWidth,
      9,
    );
    expect(dayMiddle(scale, '2030-11-25')).toBeCloseTo(
      (daysBetween(axisStart, '2030-11-25') + 0.5) * dayWidth,
      9,
    );
    expect(dayStart(scale, afterOffensive)).toBeCloseTo(share * width, 9);
  });

  test('compresses the weeks after the offensive by the ratio of the two segments', () => {
    const offensiveDay = dayStart(scale, '2030-11-26') - dayStart(scale, '2030-11-25');
    const laterDay = dayStart(scale, '2031-01-11') - dayStart(scale, '2031-01-10');
    expect(laterDay).toBeLessThan(offensiveDay / 4);
    const expected =
      (1 - share) /
      daysBetween(afterOffensive, axisEnd) /
      (share / daysBetween(axisStart, afterOffensive));
    expect(laterDay / offensiveDay).toBeCloseTo(expected, 9);
  });

  test('keeps days in order and clamps days outside the axis to its ends', () => {
    const days = [
      '2030-11-01',
      axisStart,
      '2030-11-30',
      afterOffensive,
      '2031-02-01',
      axisEnd,
      '2031-06-01',
    ];
    const at = days.map((day) => dayStart(scale, day));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(dayStart(scale, '2030-11-01')).toBe(0);
    expect(dayStart(scale, axisStart)).toBe(0);
    expect(dayStart(scale, '2031-06-01')).toBe(width);
    expect(dayStart(scale, axisEnd)).toBe(width);
  });
});

describe('the axis ticks and labels', () => {
  for (const size of [compact, roomy]) {
    const layout = layoutTimeline(size, axis, events, milestones);
    const x = timeScale(axis, [size.pad, size.width - size.pad]);

    test(`has a tick at the start of every day of the axis (${size.width} wide)`, () => {
      const days = daysFrom(axisStart, axisEnd);
      expect(layout.ticks.map((tick) => tick.x)).toEqual(days.map((day) => dayStart(x, day)));
    });

    test(`makes month starts and the offensive's edges the major ticks (${size.width} wide)`, () => {
      const majors = layout.ticks.filter((tick) => tick.major).map((tick) => tick.x);
      const expected = [
        '2030-12-01',
        '2031-01-01',
        '2031-02-01',
        '2031-03-01',
        milestones.start,
        afterOffensive,
      ].map((day) => dayStart(x, day));
      expect(majors).toEqual([...new Set(expected)].sort((a, b) => a - b));
    });

    test(`labels only the offensive's ends, the last event and the 1st and 15th of months (${size.width} wide)`, () => {
      const allowed = (day: string) =>
        [milestones.start, milestones.end, '2031-03-10'].includes(day) || /-(01|15)$/.test(day);
      expect(layout.labels.length).toBeGreaterThan(2);
      for (const label of layout.labels) {
        expect(allowed(label.day), label.day).toBe(true);
        expect(label.x).toBeCloseTo(dayMiddle(x, label.day), 9);
      }
      expect(layout.labels.map((label) => label.day)).toContain(milestones.start);
    });

    test(`shades the offensive from its first day to the end of its last (${size.width} wide)`, () => {
      expect(layout.bands[0]).toEqual({
        x0: dayStart(x, milestones.start),
        x1: dayStart(x, afterOffensive),
      });
      expect(layout.bands[1]).toEqual({
        x0: dayStart(x, afterOffensive),
        x1: size.width - size.pad,
      });
    });
  }
});

describe("the cursor's day shares, handed to the browser", () => {
  test("put the cursor where the build put the day's marks, in every drawing", () => {
    const days = daysFrom('2030-11-18', '2031-03-12');
    const shares = dayShares(axis, days);
    expect(Object.keys(shares)).toEqual(days);
    for (const size of [compact, roomy]) {
      const layout = layoutTimeline(size, axis, events, milestones);
      const [x0, x1] = [size.pad, size.width - size.pad];
      for (const mark of layout.marks) {
        const day = events.find((event) => event.id === mark.id)!.date;
        expect(Math.abs(x0 + shares[day]! * (x1 - x0) - mark.cx)).toBeLessThan(0.01);
      }
    }
    expect(shares['2030-11-18']).toBe(0);
    expect(shares['2031-03-12']).toBe(1);
  });
});

describe('day arithmetic (d3-time, UTC)', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = zone;
  });

  test('counts whole days across month and year ends and a leap day, either way', () => {
    expect(daysBetween('2030-11-20', '2030-12-01')).toBe(11);
    expect(daysBetween('2030-12-31', '2031-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2031-01-01', '2030-12-31')).toBe(-1);
    expect(daysBetween('2030-06-10', '2030-06-10')).toBe(0);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2031-01-01', -1)).toBe('2030-12-31');
    expect(daysFrom('2030-12-30', '2031-01-02')).toEqual([
      '2030-12-30',
      '2030-12-31',
      '2031-01-01',
      '2031-01-02',
    ]);
  });

  for (const timeZone of ['Europe/London', 'America/New_York', 'Australia/Sydney']) {
    test(`is unmoved by the reader's clock changes (${timeZone})`, () => {
      process.env['TZ'] = timeZone;
      // Each of these spans a change of clocks in one of the zones.
      for (const [from, to, days] of [
        ['2030-03-30', '2030-04-01', 2],
        ['2030-03-09', '2030-03-11', 2],
        ['2030-10-26', '2030-10-28', 2],
        ['2030-04-06', '2030-04-08', 2],
        ['2030-01-01', '2031-01-01', 365],
      ] as const) {
        expect(daysBetween(from, to), `${from} to ${to}`).toBe(days);
        expect(addDays(from, days)).toBe(to);
        expect(daysFrom(from, to)).toHaveLength(days + 1);
      }
      expect(addDays('2030-06-10', 1)).toBe('2030-06-11');
    });
  }
});
