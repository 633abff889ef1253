/**
 * Dates as a reader sees them. Stories state times in UTC on the page so that a reader in any
 * zone reads the same words as the HTML (no client-side reformatting, no hydration mismatch).
 */
const dateFormat = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const timeFormat = new Intl.DateTimeFormat('en-US', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "November 25, 2026, 12:00 UTC" */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDateTime: not a date: ${JSON.stringify(iso)}`);
  return `${dateFormat.format(date)}, ${timeFormat.format(date)} UTC`;
}

/** "November 25, 2026" (a YYYY-MM month: "December 2024") */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 7 ? `${iso}-01` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: not a date: ${JSON.stringify(iso)}`);
  if (iso.length === 7) return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return dateFormat.format(date);
}
