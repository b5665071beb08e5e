/**
 * Article dates: ISO `YYYY-MM-DD`, or a full ISO timestamp whose date part is kept as
 * written (no time-zone conversion: the outlet's calendar day is the article's day).
 */
import { describeValue } from '../yaml/describe-issue.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The outcome of reading a date: the ISO day, or the sentence explaining why it was refused. */
export type DateReading = { date: string } | { error: string };

/**
 * Reads an article date. Refuses other formats and impossible days (2022-02-30) with a
 * sentence that quotes the value and names the expected format.
 */
export function readIsoDate(value: string): DateReading {
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  const shown = describeValue(text);
  if (!match) return { error: `date ${shown} is not an ISO date; write it as YYYY-MM-DD (e.g. 2022-01-09)` };
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) {
    return { error: `date ${shown} is not a real calendar day; write an existing date as YYYY-MM-DD` };
  }
  return { date: `${year}-${month}-${day}` };
}

/** Days in a month of the proleptic Gregorian calendar; 0 for a month outside 1–12. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
