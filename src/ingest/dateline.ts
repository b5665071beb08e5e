/**
 * Wire-story datelines at the start of an article — "ANKARA, March 3 (Reuters) -",
 * "MOSCOW (AP) —", "ALMATY, Kazakhstan, Jan 6 (Reuters) -" — are not part of the story:
 * they are cut from the text and their agency becomes the article's source.
 */

/** The place: an all-capitals name ("NEW YORK", "ST. PETERSBURG"), at least two characters. */
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\- ]*[\p{Lu}.]`;
/** Up to three comma-separated additions: region, country, date (", Kazakhstan, Jan 6"). */
const ADDITIONS = String.raw`((?:, [^,()\n]{1,40}?){0,3})`;
const AGENCY = String.raw`\((\p{L}[\p{L}\p{N}&.'’ -]{0,40})\)`;
const DASH = '(?:--? +|[–—] *)';
const DATELINE = new RegExp(`^(?:(${PLACE})${ADDITIONS} ?)?(?:${AGENCY} ?)?${DASH}`, 'u');

/** Datelines are short: only this much of the first line is examined (keeps matching cheap on huge lines). */
const MAX_DATELINE_LENGTH = 200;

export interface Dateline {
  /** The line with the dateline removed. */
  rest: string;
  /** The news agency named in parentheses, if any. */
  agency: string | null;
}

/**
 * Finds a dateline at the start of `line` (the first line of the article body). A bare
 * capitalised word before a dash ("NATO — …") is not taken for one: a dateline needs an
 * agency in parentheses or a place followed by a region or date.
 */
export function stripDateline(line: string): Dateline | null {
  const match = DATELINE.exec(line.slice(0, MAX_DATELINE_LENGTH));
  if (!match) return null;
  const [whole, place, additions, agency] = match;
  if (!agency && !(place && additions)) return null;
  return { rest: line.slice(whole.length).trimStart(), agency: agency?.trim() ?? null };
}
