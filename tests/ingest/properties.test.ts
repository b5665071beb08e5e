import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../../src/ingest/clean-text.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';

/** Characters that exercise every cleaning rule: mojibake fragments, line ends, spaces, marks, headers. */
const tricky = fc.constantFrom(
  ...['â', '€', 'œ', '™', 'Ã', '©', 'Â', 'Ð', '¢', '\u0085', '\u0099', '"', '“', '”', 'é', 'e', '\u0301'],
  ...['\n', '\r', '\r\n', '\u2028', '\u2029', ' ', '\t', '\u00a0', '\ufeff', '\u0000', '\u0007'],
  ...['.', '-', '#', '>', '(', ')', 'A', 'B', 'a', 'MOSCOW', '(AP) —', ', Jan 6', '---', 'date 2022-01-09', '{', '}', ':'],
);
const trickyText = fc.array(tricky, { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 200 }));
const file = fc.constantFrom('a.txt', 'a.md', 'a.jsonl', 'a.ndjson', 'a.bin');

describe('parseArticle on arbitrary input', () => {
  it('never throws on any string: every defect is a problem naming the file', () => {
    fc.assert(
      fc.property(anyText, file, (content, name) => {
        const { articles, problems } = parseArticle(content, { file: name });
        expect(problems.every((problem) => problem.file === name && problem.reason.length > 0)).toBe(true);
        expect(articles.length + problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), file, (bytes, name) => {
        const { problems } = parseArticle(bytes, { file: name });
        expect(problems.every((problem) => problem.file === name)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('produces text that cleaning leaves unchanged (offsets stay valid)', () => {
    fc.assert(
      fc.property(trickyText, (content) => {
        for (const article of parseArticle(content, { file: 'a.txt' }).articles) {
          expect(cleanText(article.text)).toBe(article.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanText', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
