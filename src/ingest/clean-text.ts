/**
 * Deterministic cleaning of article text. Every evidence offset refers to the cleaned
 * text, so this is the only place where the body is changed. Two stages:
 * - characters: byte order marks and control characters removed, line ends made LF,
 *   mojibake repaired, Unicode NFC;
 * - lines: spaces trimmed and collapsed, hard line breaks inside sentences joined,
 *   paragraphs separated by exactly one blank line.
 * Both stages are linear in the length of the text and idempotent: cleaning cleaned
 * text changes nothing.
 */
import { repairMojibake } from './mojibake.ts';

/** Horizontal white space: what is trimmed at line ends and collapsed inside lines. */
const SPACE_CLASS = '[ \\t\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';
const SPACE_RUN = new RegExp(`${SPACE_CLASS}{2,}|[\\t\\f\\v]`, 'g');
const LEADING_SPACE = new RegExp(`^${SPACE_CLASS}+`);
const TRAILING_SPACE = new RegExp(`${SPACE_CLASS}+$`);
/** C0 controls other than tab, line feed, vertical tab and form feed (which count as space), DEL, C1 controls. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A line ending like this ends a sentence: final punctuation, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
/** A line starting like this starts a paragraph of its own: a list item, a heading or a quote block. */
const PARAGRAPH_START = /^(?:[-*•–—]\s|#{1,6}\s|>|\d{1,3}[.)]\s)/;
/** A word broken at a hyphen at the end of a line ("Russia-" / "led"): joined without a space. */
const HYPHENATED_END = /\p{L}-$/u;

/**
 * The character stage alone: removes BOMs, control characters and lone surrogates,
 * turns CRLF, CR, U+2028 and U+2029 into LF line breaks, repairs mojibake and applies
 * NFC. Repeats until stable, because a repair can bring two fragments of an older
 * repair together.
 */
export function cleanCharacters(text: string): string {
  let current = text;
  for (;;) {
    const plain = current
      .replace(/\r\n?|\u2028/g, '\n')
      .replace(/\u2029/g, '\n\n')
      .replace(LONE_SURROGATE, '\ufffd')
      .replace(CONTROL, '');
    const next = repairMojibake(plain).normalize('NFC').replace(/\ufeff/g, '');
    // Unchanged by the repair: the line and control replacements above have nothing left to do either.
    if (next === plain) return next;
    current = next;
  }
}

/** One line trimmed, with runs of spaces and tabs collapsed to one space. */
function tidyLine(line: string): string {
  return line.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '').replace(SPACE_RUN, ' ');
}

/**
 * Splits character-clean text into paragraphs of tidied lines. Blank lines separate
 * paragraphs; leading and trailing blank lines disappear.
 */
export function toParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const raw of text.split('\n')) {
    const line = tidyLine(raw);
    if (line) {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/**
 * Joins the lines of one paragraph: a line break after a line that does not end a
 * sentence, before a line that does not start a list item or heading, is a hard wrap
 * and becomes a space (nothing after a hyphenated word); other line breaks stay.
 */
function joinLines(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  let last = out;
  for (const line of lines.slice(1)) {
    if (SENTENCE_END.test(last) || PARAGRAPH_START.test(line)) out += '\n';
    else if (!HYPHENATED_END.test(last)) out += ' ';
    out += line;
    last = line;
  }
  return out;
}

/** Paragraphs of tidied lines → the final text, paragraphs separated by "\n\n". */
export function joinParagraphs(paragraphs: readonly (readonly string[])[]): string {
  return paragraphs.map(joinLines).join('\n\n');
}

/** Cleans a whole body of text (both stages). `cleanText(cleanText(x)) === cleanText(x)`. */
export function cleanText(text: string): string {
  return joinParagraphs(toParagraphs(cleanCharacters(text)));
}

/** Cleans a one-line value (a title, a source): characters cleaned, all white space collapsed; null when empty. */
export function cleanInline(value: string | null): string | null {
  if (value === null) return null;
  const cleaned = tidyLine(cleanCharacters(value).replace(/\n+/g, ' '));
  return cleaned || null;
}
