/**
 * Sentence splitter with character offsets into the article text. A sentence ends at
 * . ! ? or an ellipsis followed (after closing quotes or brackets) by white space and a
 * capital, digit or opening quote — unless the period ends an abbreviation of the lexicon
 * ("Mr.", "Gen.", "Jan."; schema/ontology.yaml), an initial ("J. Smith") or a dotted
 * acronym ("U.S."). A paragraph break always ends a sentence.
 */
import { defaultLexicon } from '../ontology/default-lexicon.ts';

export interface Sentence {
  /** Position in the article, from 0. */
  index: number;
  start: number;
  end: number;
  /** `articleText.slice(start, end)`. */
  text: string;
}

/** Characters that may end a sentence (. ! ? …) or a paragraph (a line break). */
const BOUNDARY = /[\n.!?…]/g;
const CLOSERS = `"'”’»)]`;
const OPENERS = `"'“‘«([`;

/**
 * Splits `text` into sentences; white space between sentences belongs to none.
 * `abbreviations` (lower case, without the period) default to the shipped lexicon's.
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string> = defaultLexicon().abbreviations): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let trimmed = end;
    while (trimmed > start && /\s/.test(text[trimmed - 1]!)) trimmed--;
    if (trimmed > start) sentences.push({ index: sentences.length, start, end: trimmed, text: text.slice(start, trimmed) });
  };
  for (let i = start; i < text.length; i++) {
    // Jump to the next character that may end something: the regex engine scans faster than this loop.
    BOUNDARY.lastIndex = i;
    const found = BOUNDARY.exec(text);
    if (!found) break;
    i = found.index;
    const char = text[i]!;
    if (char === '\n' && isParagraphBreak(text, i)) {
      push(i);
      start = skipSpace(text, i);
      i = start - 1;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '…' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    const next = skipSpace(text, end);
    if (next === end && end < text.length) continue;
    const following = text[next];
    if (following !== undefined && !/[\p{Lu}\p{N}]/u.test(following) && !OPENERS.includes(following)) {
      i = end - 1;
      continue;
    }
    if (char === '.' && end === i + 1 && isAbbreviation(text, i, abbreviations)) continue;
    push(end);
    start = next;
    i = next - 1;
  }
  if (start < text.length) push(text.length);
  return sentences;
}

/** Whether the line break at `at` is followed by an empty line (blanks only) within 64 characters. */
function isParagraphBreak(text: string, at: number): boolean {
  let next = at + 1;
  while (next < at + 63 && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r')) next++;
  return text[next] === '\n';
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Whether the period at `dot` closes an abbreviation, an initial or a dotted acronym. */
function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
