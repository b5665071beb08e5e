/**
 * Article dates: ISO `YYYY-MM-DD`, or a full ISO timestamp whose date part is kept as
 * written (no time-zone conversion: the outlet's calendar day is the article's day).
 */
import { isIsoDate } from '../document/iso-date.ts';
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
  if (!isIsoDate(`${year}-${month}-${day}`)) {
    return { error: `date ${shown} is not a real calendar day; write an existing date as YYYY-MM-DD` };
  }
  return { date: `${year}-${month}-${day}` };
}

/** RFC 822 / RFC 2822 dates as RSS writes them: "Thu, 06 Jan 2022 14:30:00 +0600". */
const RFC_822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})(?:\s|$)/;
/** Month abbreviations of RFC 822 (a format's fixed tokens, not a language's words). */
const RFC_822_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A feed date: ISO 8601 (Atom, `dc:date`) or RFC 822 (RSS `pubDate`), its date part kept
 * as written like `readIsoDate` (no time-zone conversion).
 */
export function readFeedDate(value: string): DateReading {
  const iso = readIsoDate(value);
  if ('date' in iso) return iso;
  const match = RFC_822.exec(value.trim());
  const month = match ? RFC_822_MONTHS.indexOf(match[2]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0) {
    return { error: `date ${describeValue(value.trim())} is neither RFC 822 (RSS, "Thu, 06 Jan 2022 14:30:00 +0600") nor ISO 8601 (Atom); fix the feed` };
  }
  const year = match[3]!.length === 2 ? (Number(match[3]) < 50 ? 2000 : 1900) + Number(match[3]) : Number(match[3]);
  return readIsoDate(`${year}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`);
}
