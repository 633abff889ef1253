/**
 * A day or a range of days as a reader sees it: "December 5, 2024", "November 29–30, 2024",
 * "December 7–8"; short forms "Dec 5", "Nov 29–30", "Nov 30–Dec 1". Dates are YYYY-MM-DD, in UTC.
 * Pure and tiny: the browser uses it too.
 */
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: string): { year: string; month: string; day: number } {
  const [year = '', month = '1', date = '1'] = day.split('-');
  return { year, month: months[Number(month) - 1] ?? '', day: Number(date) };
}

export function formatDayRange(from: string, to: string = from, { short = false, year = !short }: { short?: boolean; year?: boolean } = {}): string {
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
