import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/components/airlift/estimate';
import { formatDate, formatDateTime } from '../../src/shared/format-date';

/**
 * The page formats dates and numbers by hand (Intl's first use costs a throttled phone a long
 * task mid-scroll); these check the hand-written forms against Intl's en-US ones, day by day.
 */
describe('formatDate and formatDateTime write what Intl en-US writes', () => {
  const intlDay = new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const intlMonth = new Intl.DateTimeFormat('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const intlTime = new Intl.DateTimeFormat('en-US', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });

  it('every day from 2023 to 2027', () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso), iso).toBe(intlDay.format(new Date(iso)));
    }
  });

  it('months (YYYY-MM) and times in UTC', () => {
    expect(formatDate('2024-12')).toBe(intlMonth.format(new Date('2024-12-01')));
    expect(formatDate('2025-01')).toBe('January 2025');
    for (const iso of [
      '2024-12-08T04:05:00Z',
      '2026-11-25T23:59:00Z',
      '2024-12-16T00:00:00+03:00',
    ]) {
      const date = new Date(iso);
      expect(formatDateTime(iso)).toBe(`${intlDay.format(date)}, ${intlTime.format(date)} UTC`);
    }
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('2024-13-45')).toThrow(/formatDate: not a date: "2024-13-45"/);
    expect(() => formatDateTime('soon')).toThrow(/formatDateTime: not a date/);
  });
});

describe('formatCount writes what Intl en-US writes', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
  it('whole numbers, decimals and negatives', () => {
    for (const n of [
      0, 7, 48, 999, 1000, 1500, 12345, 100000, 1234567, 47.5, 1234.25, 0.125, -1500, -12.5,
    ]) {
      expect(formatCount(n), String(n)).toBe(intl.format(n));
    }
  });
  it('refuses what is not a number', () => {
    expect(() => formatCount(Number.NaN)).toThrow(/expected a number/);
  });
});
