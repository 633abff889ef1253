import { describe, expect, test } from 'vitest';
import { axisFraction, dayCentre, eventOn, offensiveDayLabel, offensiveDaysLabel, storyAxis } from '../../src/scenes/timeline/timeline-model';

const axis = storyAxis('2024-11-27', '2024-12-08', '2024-12-31');
const events = [
  { id: 'start', date: '2024-11-27' },
  { id: 'homs', date: '2024-12-07', dateTo: '2024-12-08' },
  { id: 'damascus', date: '2024-12-08' },
  { id: 'later', date: '2024-12-16' },
];

describe('the timeline axis', () => {
  test('runs from the day before the first event to the end of the last, the offensive taking its share', () => {
    expect(axisFraction(axis, '2024-11-26')).toBe(0);
    expect(axisFraction(axis, '2024-12-09')).toBeCloseTo(0.56);
    expect(axisFraction(axis, '2025-01-01')).toBe(1);
  });

  test('keeps dates in order and clamps outside the span', () => {
    const days = ['2024-11-20', '2024-11-27', '2024-12-05', '2024-12-08', '2024-12-09', '2024-12-20', '2025-02-01'];
    const at = days.map((day) => dayCentre(axis, day));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(axisFraction(axis, '2024-11-01')).toBe(0);
    expect(axisFraction(axis, '2025-03-01')).toBe(1);
  });
});

describe('the event for a date', () => {
  test('is the one a step names, else the latest begun by that day', () => {
    expect(eventOn(events, '2024-12-08', 'homs')?.id).toBe('homs');
    expect(eventOn(events, '2024-12-08')?.id).toBe('damascus');
    expect(eventOn(events, '2024-12-10')?.id).toBe('damascus');
    expect(eventOn(events, '2024-12-07')?.id).toBe('homs');
    expect(eventOn(events, '2024-11-01')?.id).toBe('start');
  });
});

describe('the day count', () => {
  test('counts the twelve days of the offensive and the days around them', () => {
    expect(offensiveDayLabel('2024-11-27', '2024-11-27', '2024-12-08')).toBe('Day 1 of 12');
    expect(offensiveDayLabel('2024-12-08', '2024-11-27', '2024-12-08')).toBe('Day 12 of 12');
    expect(offensiveDayLabel('2024-12-09', '2024-11-27', '2024-12-08')).toBe('1 day after the 12-day offensive');
    expect(offensiveDayLabel('2024-12-31', '2024-11-27', '2024-12-08')).toBe('23 days after the 12-day offensive');
    expect(offensiveDayLabel('2024-11-26', '2024-11-27', '2024-12-08')).toBe('The day before the offensive');
  });
});

describe('offensiveDaysLabel', () => {
  const start = '2024-11-27';
  const end = '2024-12-08';
  test('counts a day, a range inside the offensive, and days after it', () => {
    expect(offensiveDaysLabel('2024-12-05', '2024-12-05', start, end)).toBe('Day 9 of 12');
    expect(offensiveDaysLabel('2024-11-28', '2024-11-30', start, end)).toBe('Days 2–4 of 12');
    expect(offensiveDaysLabel('2024-12-12', '2024-12-12', start, end)).toBe('4 days after the 12-day offensive');
  });
  test('names the period a story counts (its frontmatter\'s dayCountOf)', () => {
    expect(offensiveDaysLabel('2024-12-12', '2024-12-12', start, end, 'siege')).toBe('4 days after the 12-day siege');
    expect(offensiveDaysLabel('2024-11-26', '2024-11-26', start, end, 'siege')).toBe('The day before the siege');
  });
  test('gives no count months later, where the date says more', () => {
    expect(offensiveDaysLabel('2026-01-26', '2026-01-27', start, end)).toBe('');
  });
});
