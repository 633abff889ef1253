/**
 * Dates as a reader sees them. Stories state times in UTC on the page so that a reader in any
 * zone reads the same words as the HTML (no client-side reformatting, no hydration mismatch).
 */

/**
 * Formatters are made on first use: this module ships in the page's scripts, and making an
 * Intl.DateTimeFormat loads locale data (about 30 ms on a throttled phone) that a reader who
 * never leaves the first step does not need.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    formats.set(key, made);
  }
  return made;
}

const dayOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** "November 25, 2026, 12:00 UTC" */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDateTime: not a date: ${JSON.stringify(iso)}`);
  return `${format(dayOptions).format(date)}, ${format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)} UTC`;
}

/** "November 25, 2026" (a YYYY-MM month: "December 2024") */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 7 ? `${iso}-01` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: not a date: ${JSON.stringify(iso)}`);
  return format(iso.length === 7 ? { month: 'long', year: 'numeric' } : dayOptions).format(date);
}
