/**
 * Headlines repeated at the top of the body. Many exports start the text with the
 * headline: when it equals the given title it is dropped; when no title is given, a
 * short first line without final punctuation, standing alone as a paragraph, is taken
 * as the title and dropped from the body.
 */

/** Longest line still taken for a headline, in characters. */
const MAX_HEADLINE_LENGTH = 160;
const FINAL_PUNCTUATION = /[.!?…:;,]["'”’»)\]]*$/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;

/** Title comparison ignores case, heading marks, final punctuation and spacing. */
const comparable = (line: string): string =>
  line.replace(MARKDOWN_HEADING, '').replace(/[.!?…:;,\s]+$/, '').replace(/\s+/g, ' ').toLowerCase();

/**
 * Removes a repeated headline from `paragraphs` (tidied lines, as split by cleaning) in
 * place and returns the headline when it may serve as the title, else null.
 */
export function takeHeadline(paragraphs: string[][], title: string | null): string | null {
  const first = paragraphs[0];
  const line = first?.[0];
  if (!first || line === undefined) return null;
  if (title !== null) {
    if (comparable(line) !== comparable(title)) return null;
  } else {
    const alone = first.length === 1 && paragraphs.length > 1;
    if (!alone || line.length > MAX_HEADLINE_LENGTH || FINAL_PUNCTUATION.test(line)) return null;
  }
  first.shift();
  if (first.length === 0) paragraphs.shift();
  return line.replace(MARKDOWN_HEADING, '');
}
