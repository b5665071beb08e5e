/**
 * The one check of an ISO calendar day (`YYYY-MM-DD` naming a day that exists) that
 * ingest, the catalog schema and query parameters share; each words its own message.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is exactly `YYYY-MM-DD` and that day exists in the proleptic Gregorian calendar (2024-02-29 yes, 2022-02-30 no). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar; 0 for a month outside 1–12. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
