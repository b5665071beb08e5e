/**
 * Temporal expressions in a sentence, resolved against the article date: "yesterday",
 * "on Saturday", "two days ago", "last week", "on January 5", "5 January 2021",
 * "in 2019", "in March 2020". Results are ISO dates at the precision the text gives
 * ("2019", "2020-03", "2022-01-08"). Relative expressions stay unresolved (null) when the
 * article has no date. Month, weekday, relative-day and number words are data (the
 * lexicon of schema/ontology.yaml).
 */
import { defaultLexicon } from '../ontology/default-lexicon.ts';
import type { Lexicon } from '../ontology/lexicon.ts';

export interface TemporalExpression {
  /** Offsets in the string given to findDates (plus its `offset`). */
  start: number;
  end: number;
  /** ISO date, possibly reduced to month or year; null when it cannot be resolved. */
  date: string | null;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };

/** The date pattern of each lexicon, compiled once. */
const compiled = new WeakMap<Lexicon, RegExp>();

function expressionOf(lexicon: Lexicon): RegExp {
  const known = compiled.get(lexicon);
  if (known) return known;
  const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // Any month name or abbreviation, with an optional period ("Sept.").
  const month = `(${alternatives(lexicon.months.flat())})\\.?`;
  const expression = new RegExp(
    [
      `\\b(?<relDay>${alternatives(lexicon.relativeDays.keys())})\\b`,
      `\\b(?<count>\\d+|${alternatives(lexicon.numberWords.keys())}) (?<unit>day|week|month|year)s? ago\\b`,
      `\\blast (?<lastUnit>week|month|year)\\b`,
      `\\b(?:(?:on|last|this past|since) )?(?<weekday>${alternatives(lexicon.weekdays)})\\b`,
      `\\b${month.replace('(', '(?<mdMonth>')} (?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<mdYear>\\d{4})\\b)?`,
      `\\b(?<dmDay>\\d{1,2})(?:st|nd|rd|th)? (?:of )?${month.replace('(', '(?<dmMonth>')}(?:,? (?<dmYear>\\d{4})\\b)?`,
      `\\bin ${month.replace('(', '(?<myMonth>')} (?<myYear>\\d{4})\\b`,
      `\\bin (?<year>(?:19|20)\\d{2})\\b`,
    ].join('|'),
    'gi',
  );
  compiled.set(lexicon, expression);
  return expression;
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every temporal expression in `text` with its resolved date (see module comment); month,
 * weekday and number words come from `lexicon` (default: the shipped one).
 */
export function findDates(text: string, articleDate: string | null, offset = 0, lexicon: Lexicon = defaultLexicon()): TemporalExpression[] {
  const expression = expressionOf(lexicon);
  const found: TemporalExpression[] = [];
  for (const match of text.matchAll(expression)) {
    found.push({ start: offset + match.index, end: offset + match.index + match[0].length, date: resolve(match.groups!, articleDate, lexicon) });
  }
  return found;
}

function resolve(groups: Record<string, string | undefined>, articleDate: string | null, lexicon: Lexicon): string | null {
  const monthIndex = (name: string) => lexicon.months.findIndex((names) => names.includes(name.toLowerCase().replace('.', '')));
  if (groups.year) return groups.year;
  if (groups.myYear) return `${groups.myYear}-${pad(monthIndex(groups.myMonth!) + 1)}`;
  const dayMonth = groups.mdDay
    ? { day: groups.mdDay, month: groups.mdMonth!, year: groups.mdYear }
    : groups.dmDay
      ? { day: groups.dmDay, month: groups.dmMonth!, year: groups.dmYear }
      : undefined;
  if (dayMonth) {
    const month = monthIndex(dayMonth.month);
    const day = Number(dayMonth.day);
    if (month < 0 || day < 1 || day > 31) return null;
    if (dayMonth.year) return `${dayMonth.year}-${pad(month + 1)}-${pad(day)}`;
    if (!articleDate) return null;
    const reference = parse(articleDate);
    // A day-month without a year is the latest such day not after the article (news reports the past).
    let year = reference.getUTCFullYear();
    if (Date.UTC(year, month, day) > reference.getTime()) year -= 1;
    return `${year}-${pad(month + 1)}-${pad(day)}`;
  }
  if (!articleDate) return null;
  const reference = parse(articleDate);
  if (groups.relDay) return shift(reference, lexicon.relativeDays.get(groups.relDay.toLowerCase().replace(/\s+/g, ' ')) ?? 0);
  if (groups.count && groups.unit) {
    const count = lexicon.numberWords.get(groups.count.toLowerCase()) ?? Number(groups.count);
    const unit = groups.unit.toLowerCase();
    if (unit === 'month') return monthShift(reference, -count);
    if (unit === 'year') return String(reference.getUTCFullYear() - count);
    return shift(reference, -count * UNIT_DAYS[unit]!);
  }
  if (groups.lastUnit) {
    const unit = groups.lastUnit.toLowerCase();
    if (unit === 'week') return shift(reference, -7);
    if (unit === 'month') return monthShift(reference, -1);
    return String(reference.getUTCFullYear() - 1);
  }
  if (groups.weekday) {
    // The latest such weekday not after the article date.
    const back = (reference.getUTCDay() - lexicon.weekdays.indexOf(groups.weekday.toLowerCase()) + 7) % 7;
    return shift(reference, -back);
  }
  return null;
}

function parse(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function shift(reference: Date, days: number): string {
  return new Date(reference.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function monthShift(reference: Date, months: number): string {
  const date = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + months, 1));
  return date.toISOString().slice(0, 7);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
