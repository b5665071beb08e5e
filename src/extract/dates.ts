/**
 * Temporal expressions in a sentence, resolved against the article date: "yesterday",
 * "on Saturday", "two days ago", "last week", "on January 5", "5 January 2021",
 * "in 2019", "in March 2020". Results are ISO dates at the precision the text gives
 * ("2019", "2020-03", "2022-01-08"). Relative expressions stay unresolved (null) when the
 * article has no date.
 */

export interface TemporalExpression {
  /** Offsets in the string given to findDates (plus its `offset`). */
  start: number;
  end: number;
  /** ISO date, possibly reduced to month or year; null when it cannot be resolved. */
  date: string | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERN = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 3 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };

const EXPRESSION = new RegExp(
  [
    `\\b(?<dayBefore>the day before yesterday)\\b`,
    `\\b(?<relDay>yesterday|today|tonight|this morning|this afternoon|this evening|last night)\\b`,
    `\\b(?<count>\\d+|${Object.keys(NUMBER_WORDS).join('|')}) (?<unit>day|week|month|year)s? ago\\b`,
    `\\blast (?<lastUnit>week|month|year)\\b`,
    `\\b(?:(?:on|last|this past|since) )?(?<weekday>${WEEKDAYS.join('|')})\\b`,
    `\\b${MONTH_PATTERN} (?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<mdYear>\\d{4})\\b)?`,
    `\\b(?<dmDay>\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN.replace('(', '(?<dmMonth>')}(?:,? (?<dmYear>\\d{4})\\b)?`,
    `\\bin ${MONTH_PATTERN.replace('(', '(?<myMonth>')} (?<myYear>\\d{4})\\b`,
    `\\bin (?<year>(?:19|20)\\d{2})\\b`,
  ].join('|'),
  'gi',
);

/** Every temporal expression in `text` with its resolved date (see module comment). */
export function findDates(text: string, articleDate: string | null, offset = 0): TemporalExpression[] {
  const found: TemporalExpression[] = [];
  for (const match of text.matchAll(EXPRESSION)) {
    found.push({ start: offset + match.index, end: offset + match.index + match[0].length, date: resolve(match.groups!, match[0], articleDate) });
  }
  return found;
}

function resolve(groups: Record<string, string | undefined>, matched: string, articleDate: string | null): string | null {
  const monthIndex = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
  if (groups.year) return groups.year;
  if (groups.myYear) return `${groups.myYear}-${pad(monthIndex(matched.slice(3)) + 1)}`;
  const dayMonth = groups.mdDay ? { day: groups.mdDay, month: matched, year: groups.mdYear } : groups.dmDay ? { day: groups.dmDay, month: groups.dmMonth!, year: groups.dmYear } : undefined;
  if (dayMonth) {
    const month = monthIndex(groups.mdDay ? matched.replace(/^(on |last )/i, '') : dayMonth.month);
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
  if (groups.dayBefore) return shift(reference, -2);
  if (groups.relDay) return shift(reference, /yesterday|last night/i.test(groups.relDay) ? -1 : 0);
  if (groups.count && groups.unit) {
    const count = NUMBER_WORDS[groups.count.toLowerCase()] ?? Number(groups.count);
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
    const back = (reference.getUTCDay() - WEEKDAYS.indexOf(groups.weekday.toLowerCase()) + 7) % 7;
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
