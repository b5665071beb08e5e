/**
 * Reader for PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt; format in the source's
 * dictionaries.rst): records of a primary phrase, `+` synonyms and date-restricted codes such
 * as `[KAZGOV >900424]`. Returns the records as written; deciding what they are is the caller's.
 */
import type { ProblemList } from './dictionary-problems.ts';

/** One code of a record, with the dates it applies between (ISO, inclusive). */
export interface ActorCode {
  /** CAMEO actor code ("KAZGOV", "IGOUNO"), or null for the null code `---`. */
  code: string | null;
  from?: string;
  to?: string;
  line: number;
}

export interface ActorRecord {
  /** Line of the primary phrase. */
  line: number;
  /** Primary phrase first, then synonyms: words upper-case as in the source, joined by single spaces. */
  names: string[];
  codes: ActorCode[];
  /** Text after `#` on the primary line (provenance notes such as "CountryInfo.txt"). */
  comment: string;
}

export interface ReadActorsOptions {
  /**
   * Two-digit years below this are 20YY, others 19YY. TABARI's dictionaries were written with
   * dates from the 1930s to the 2010s: 30 keeps [AFGELI 320101-…] in 1932 and [… 011113-…] in 2001.
   */
  centuryPivot: number;
}

export const READ_ACTORS_DEFAULTS: ReadActorsOptions = { centuryPivot: 30 };

const CODE_RE = /^(?:---|[A-Z]{3}[A-Z0-9]*)$/;
const BRACKET_RE = /\[([^\][]*)\]/g;
/**
 * A name once underscores are spaces: it starts with a letter or digit and holds no bracket, `+`,
 * control character or U+FFFD (a byte that was not UTF-8: the line needs fixing upstream).
 */
const NAME_RE = /^[\p{L}\p{N}][^\][{}+\p{Cc}\uFFFD]*$/u;

/** ISO date of a YYMMDD or YYYYMMDD dictionary date, or undefined if it is not a calendar date. */
export function dictionaryDate(text: string, centuryPivot = READ_ACTORS_DEFAULTS.centuryPivot): string | undefined {
  if (!/^(?:\d{6}|\d{8})$/.test(text)) return undefined;
  const full = text.length === 8 ? text : `${Number(text.slice(0, 2)) < centuryPivot ? '20' : '19'}${text}`;
  const iso = `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** Splits a line at its first `#` (the dictionaries' comment mark). */
function splitComment(line: string): [string, string] {
  const hash = line.indexOf('#');
  return hash < 0 ? [line, ''] : [line.slice(0, hash), line.slice(hash + 1).trim()];
}

/** A phrase string ("THE_UNITED_NATIONS_") as words joined by spaces, or undefined if it is not a name. */
export function phraseWords(phrase: string): string | undefined {
  const words = phrase.replaceAll('_', ' ').replace(/\s+/g, ' ').trim();
  return words && NAME_RE.test(words) ? words : undefined;
}

function parseCode(body: string, line: number, problems: ProblemList, options: ReadActorsOptions): ActorCode | undefined {
  const [code = '', restriction, extra] = body.trim().split(/\s+/);
  if (extra !== undefined || !CODE_RE.test(code)) {
    problems.add(line, `"[${body}]" is not a code: expected [CODE], [CODE >date], [CODE <date] or [CODE date-date]`);
    return undefined;
  }
  const entry: ActorCode = { code: code === '---' ? null : code, line };
  if (restriction === undefined) return entry;
  const range = /^(?:>(\d+)|<(\d+)|(\d+)-(\d+))$/.exec(restriction);
  const dates = range ? [range[1] ?? range[3], range[2] ?? range[4]] : [];
  const [from, to] = dates.map((text) => (text === undefined ? undefined : dictionaryDate(text, options.centuryPivot)));
  if (!range || (dates[0] !== undefined && !from) || (dates[1] !== undefined && !to)) {
    problems.add(line, `"[${body}]": "${restriction}" is not a date restriction (>YYMMDD, <YYMMDD or YYMMDD-YYMMDD, dates YYMMDD or YYYYMMDD)`);
    return undefined;
  }
  if (from) entry.from = from;
  if (to) entry.to = to;
  return entry;
}

/** Every bracketed code on `text`, checking that nothing else but blanks is there. */
function parseCodes(text: string, line: number, problems: ProblemList, options: ReadActorsOptions): ActorCode[] {
  const rest = text.replace(BRACKET_RE, '').trim();
  if (rest) {
    problems.add(line, `unexpected "${rest}" among the codes: codes are written [CODE] or [CODE date-restriction]`);
    return [];
  }
  return [...text.matchAll(BRACKET_RE)].flatMap((match) => parseCode(match[1]!, line, problems, options) ?? []);
}

/**
 * Reads an actor dictionary. Malformed lines are added to `problems` (file and line) and
 * skipped; records without any name are dropped.
 */
export function readActorDictionary(text: string, problems: ProblemList, options: Partial<ReadActorsOptions> = {}): ActorRecord[] {
  const settings = { ...READ_ACTORS_DEFAULTS, ...options };
  const records: ActorRecord[] = [];
  let current: ActorRecord | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const [content, comment] = splitComment(raw);
    if (!content.trim()) return;
    const indented = /^\s/.test(content);
    const body = content.trim();
    if (indented && !body.startsWith('+')) {
      if (!body.startsWith('[')) return problems.add(line, `indented line "${body}" is neither a code line ([CODE …]) nor a synonym (+NAME)`);
      if (!current) return problems.add(line, 'code line before any actor phrase');
      current.codes.push(...parseCodes(body, line, problems, settings));
      return;
    }
    const synonym = body.startsWith('+');
    const bracket = body.indexOf('[');
    const phrase = (bracket < 0 ? body : body.slice(0, bracket)).slice(synonym ? 1 : 0);
    const name = phraseWords(phrase);
    if (!name) return problems.add(line, `"${phrase.trim()}" is not an actor phrase (words joined by _ or blanks)`);
    if (/[\]}{]/.test(body.replace(BRACKET_RE, ''))) return problems.add(line, `unbalanced brackets in "${body}"`);
    const codes = bracket < 0 ? [] : parseCodes(body.slice(bracket), line, problems, settings);
    if (synonym) {
      if (!current) return problems.add(line, `synonym "${name}" before any actor phrase`);
      current.names.push(name);
      current.codes.push(...codes);
      return;
    }
    current = { line, names: [name], codes, comment };
    records.push(current);
  });
  return records;
}
