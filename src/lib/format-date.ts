/**
 * Dates as a reader sees them, in US English ("December 5, 2024"). Stories state times in UTC on
 * the page so that a reader in any zone reads the same words as the HTML (no client-side
 * reformatting, no hydration mismatch).
 *
 * Written out by hand rather than with Intl.DateTimeFormat: this module runs in the page while
 * the reader scrolls, and the first Intl formatter a page makes loads locale data, a single
 * task of about 150 ms on a throttled phone, in the middle of the scroll.
 */
import { formatDayRange, months } from './control/day-range';

function parse(iso: string, what: string): Date {
  const date = new Date(iso.length === 7 ? `${iso}-01` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`${what}: not a date: ${JSON.stringify(iso)}`);
  return date;
}

const day = (date: Date) => formatDayRange(date.toISOString().slice(0, 10));
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "November 25, 2026, 12:00 UTC" */
export function formatDateTime(iso: string): string {
  const date = parse(iso, 'formatDateTime');
  return `${day(date)}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

/** "November 25, 2026" (a YYYY-MM month: "December 2024") */
export function formatDate(iso: string): string {
  const date = parse(iso, 'formatDate');
  return iso.length === 7 ? `${months[date.getUTCMonth()]} ${date.getUTCFullYear()}` : day(date);
}
