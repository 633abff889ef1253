import { describe, expect, test } from 'vitest';
import { eventOn, periodDayLabel, periodDaysLabel } from '../../src/scenes/timeline/timeline-model';

const offensive = { start: '2024-11-27', end: '2024-12-08', name: 'offensive' };

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
    expect(periodDayLabel('2024-11-27', offensive)).toBe('Day 1 of 12');
    expect(periodDayLabel('2024-12-08', offensive)).toBe('Day 12 of 12');
    expect(periodDayLabel('2024-12-09', offensive)).toBe('1 day after the 12-day offensive');
    expect(periodDayLabel('2024-12-31', offensive)).toBe('23 days after the 12-day offensive');
    expect(periodDayLabel('2024-11-26', offensive)).toBe('The day before the offensive');
  });
});

describe('periodDaysLabel', () => {
  const period = offensive;
  test('counts a day, a range inside the offensive, and days after it', () => {
    expect(periodDaysLabel('2024-12-05', '2024-12-05', period)).toBe('Day 9 of 12');
    expect(periodDaysLabel('2024-11-28', '2024-11-30', period)).toBe('Days 2–4 of 12');
    expect(periodDaysLabel('2024-12-12', '2024-12-12', period)).toBe(
      '4 days after the 12-day offensive',
    );
  });
  test('gives a range outside the offensive as one phrase', () => {
    expect(periodDaysLabel('2024-12-14', '2024-12-26', period)).toBe(
      '6–18 days after the 12-day offensive',
    );
    expect(periodDaysLabel('2024-11-20', '2024-11-26', period)).toBe(
      '1–7 days before the offensive',
    );
    expect(periodDaysLabel('2024-11-26', '2024-11-28', period)).toBe(
      'The day before the offensive to day 2 of 12',
    );
  });
  test("names the period a story counts (its frontmatter's dayCountOf)", () => {
    expect(periodDaysLabel('2024-12-12', '2024-12-12', { ...period, name: 'siege' })).toBe(
      '4 days after the 12-day siege',
    );
    expect(periodDaysLabel('2024-11-26', '2024-11-26', { ...period, name: 'siege' })).toBe(
      'The day before the siege',
    );
  });
  test('gives no count months later, where the date says more', () => {
    expect(periodDaysLabel('2026-01-26', '2026-01-27', period)).toBe('');
  });
});
