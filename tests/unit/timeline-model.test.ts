import { describe, expect, test } from 'vitest';
import {
  eventOn,
  offensiveDayLabel,
  offensiveDaysLabel,
} from '../../src/scenes/timeline/timeline-model';

const events = [
  { id: 'start', date: '2024-11-27' },
  { id: 'homs', date: '2024-12-07', dateTo: '2024-12-08' },
  { id: 'damascus', date: '2024-12-08' },
  { id: 'later', date: '2024-12-16' },
];

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
    expect(offensiveDayLabel('2024-12-09', '2024-11-27', '2024-12-08')).toBe(
      '1 day after the 12-day offensive',
    );
    expect(offensiveDayLabel('2024-12-31', '2024-11-27', '2024-12-08')).toBe(
      '23 days after the 12-day offensive',
    );
    expect(offensiveDayLabel('2024-11-26', '2024-11-27', '2024-12-08')).toBe(
      'The day before the offensive',
    );
  });
});

describe('offensiveDaysLabel', () => {
  const start = '2024-11-27';
  const end = '2024-12-08';
  test('counts a day, a range inside the offensive, and days after it', () => {
    expect(offensiveDaysLabel('2024-12-05', '2024-12-05', start, end)).toBe('Day 9 of 12');
    expect(offensiveDaysLabel('2024-11-28', '2024-11-30', start, end)).toBe('Days 2–4 of 12');
    expect(offensiveDaysLabel('2024-12-12', '2024-12-12', start, end)).toBe(
      '4 days after the 12-day offensive',
    );
  });
  test('gives a range outside the offensive as one phrase', () => {
    expect(offensiveDaysLabel('2024-12-14', '2024-12-26', start, end)).toBe(
      '6–18 days after the 12-day offensive',
    );
    expect(offensiveDaysLabel('2024-11-20', '2024-11-26', start, end)).toBe(
      '1–7 days before the offensive',
    );
    expect(offensiveDaysLabel('2024-11-26', '2024-11-28', start, end)).toBe(
      'The day before the offensive to day 2 of 12',
    );
  });
  test("names the period a story counts (its frontmatter's dayCountOf)", () => {
    expect(offensiveDaysLabel('2024-12-12', '2024-12-12', start, end, 'siege')).toBe(
      '4 days after the 12-day siege',
    );
    expect(offensiveDaysLabel('2024-11-26', '2024-11-26', start, end, 'siege')).toBe(
      'The day before the siege',
    );
  });
  test('gives no count months later, where the date says more', () => {
    expect(offensiveDaysLabel('2026-01-26', '2026-01-27', start, end)).toBe('');
  });
});
