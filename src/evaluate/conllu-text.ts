/**
 * Plain text of a CoNLL-U document, rebuilt from its `# text =` lines: sentences of one
 * paragraph joined by a space, paragraphs (`# newpar`, `# newdoc`) by a blank line — the
 * layout `../shared/data/news/gum-wikinews/` uses, so gold quotes the same text either way.
 */
import { KgError } from '../errors.ts';

const TEXT_LINE = /^# text = (.*)$/;
const PARAGRAPH_LINE = /^# new(?:par|doc)\b/;

/**
 * Rebuilds the text of the CoNLL-U `content` read from `file` (used in messages).
 * Throws a KgError naming the file when it holds no `# text =` line, or naming the line of
 * a sentence whose tokens come before any `# text =` comment.
 */
export function conlluText(content: string, file: string): string {
  const paragraphs: string[][] = [];
  let paragraph: string[] = [];
  /** Whether the sentence being read (comments, then token lines, then a blank line) has its text. */
  let sentenceHasText = false;
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') {
      sentenceHasText = false;
    } else if (PARAGRAPH_LINE.test(line)) {
      if (paragraph.length > 0) paragraphs.push(paragraph);
      paragraph = [];
    } else if (TEXT_LINE.test(line)) {
      paragraph.push(TEXT_LINE.exec(line)![1]!.trim());
      sentenceHasText = true;
    } else if (!line.startsWith('#') && !sentenceHasText) {
      throw new KgError(`${file}:${index + 1}: a sentence without a "# text =" comment; the evaluation rebuilds the text from those lines.`);
    }
  });
  if (paragraph.length > 0) paragraphs.push(paragraph);
  const text = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');
  if (!text) throw new KgError(`${file}: no "# text =" line; is it a CoNLL-U file with sentence text comments?`);
  return text;
}
