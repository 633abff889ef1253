/**
 * Dates as a reader sees them, in US English ("May 14, 2031"). Stories state times in UTC on
 * the page so that a reader in any zone reads the same words as the HTML (no client-side
 * reformatting, no hydration mismatch).
 *
 * Written out by hand rather than with Intl.DateTimeFormat: this module runs in the page while
 * the reader scrolls, and the first Intl formatter a page makes loads locale data in a long
 * task, in the middle of the scroll.
 *
 * Days and ranges of days: "May 14, 2031", "May 29–30, 2031", "May 7–8"; short
 * forms "May 14", "May 29–30", "May 31–Jun 1". Dates are YYYY-MM-DD, in UTC.
 */

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(day: string): { year: string; month: string; day: number } {
  const [year = '', month = '1', date = '1'] = day.split('-');
  return { year, month: months[Number(month) - 1] ?? '', day: Number(date) };
}

export function formatDayRange(
  from: string,
  to: string = from,
  { short = false, year = !short }: { short?: boolean; year?: boolean } = {},
): string {
  const a = parts(from);
  const b = parts(to);
  const month = (name: string) => (short ? name.slice(0, 3) : name);
  const tail = year ? `, ${b.year}` : '';
  if (from === to) return `${month(a.month)} ${a.day}${tail}`;
  if (a.month === b.month && a.year === b.year) return `${month(a.month)} ${a.day}–${b.day}${tail}`;
  return `${month(a.month)} ${a.day}–${month(b.month)} ${b.day}${tail}`;
}

/** A range written "YYYY-MM-DD/YYYY-MM-DD" (or one day), formatted as above. */
export function formatDays(text: string, options?: { short?: boolean; year?: boolean }): string {
  const [from = '', to = from] = text.split('/');
  return formatDayRange(from, to, options);
}

function parse(iso: string, what: string): Date {
  const date = new Date(iso.length === 7 ? `${iso}-01` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`${what}: not a date: ${JSON.stringify(iso)}`);
  return date;
}

const day = (date: Date) => formatDayRange(date.toISOString().slice(0, 10));
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "May 14, 2031, 12:00 UTC" */
export function formatDateTime(iso: string): string {
  const date = parse(iso, 'formatDateTime');
  return `${day(date)}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

/** "May 14, 2031" (a YYYY-MM month: "May 2031") */
export function formatDate(iso: string): string {
  const date = parse(iso, 'formatDate');
  return iso.length === 7 ? `${months[date.getUTCMonth()]} ${date.getUTCFullYear()}` : day(date);
}
