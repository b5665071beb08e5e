/**
 * Property tests on article-like inputs built from real sentences of ../shared/data/
 * (those the bulk tests may extract): shuffled, truncated mid-word, joined into
 * paragraphs, wrapped in markup and sprinkled with odd Unicode. Through ingest and
 * extraction every one gives a valid result (src/document/validate.ts), never an
 * exception, and the same result twice.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateExtraction } from '../../src/document/validate.ts';
import { createContext, extractArticle } from '../../src/extract/index.ts';
import { parseArticle } from '../../src/ingest/index.ts';
import { bulkDocuments, DATA_DIR } from './corpora.ts';

const present = existsSync(DATA_DIR);
if (!present && process.env.CI) throw new Error(`bulk tests: ${DATA_DIR} is missing; CI must have the shared data beside the clone.`);

/** Every how-many-th sentence of the corpora is kept: a few thousand, from every corpus. */
const SENTENCE_EVERY = 7;

function realSentences(): string[] {
  const sentences: string[] = [];
  let index = 0;
  for (const document of bulkDocuments()) {
    for (const sentence of document.text.split(/(?<=[.!?])\s+|\n\n/)) if (index++ % SENTENCE_EVERY === 0 && sentence.trim()) sentences.push(sentence);
  }
  return sentences;
}

/** Markup and characters real pages and feeds carry: tags, entities, Markdown, quotes, zero-width and bidi marks, emoji, NBSP, CRLF. */
const ODD_PIECES = [
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<a href="https://example.org/x?a=1&b=2">',
  '</a>',
  '&amp;',
  '&nbsp;',
  '&#8217;',
  '**',
  '_',
  '# ',
  '> ',
  '- ',
  '[1]',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\u0301',
  '\ud83c\uddf0\ud83c\uddff',
  '\ud83d\ude00',
  '\r\n',
  '\t',
  '“',
  '”',
  '’',
  '—',
  '…',
  'Ｔｏｋａｙｅｖ',
  'İstanbul',
  'ß',
  'ﬁ',
  '\u0627\u0644\u0642\u0627\u0647\u0631\u0629',
  '\u4e0a\u6d77',
  'КГБ',
];

describe.skipIf(!present)('article-like inputs from real sentences', () => {
  const sentences = present ? realSentences() : [];
  const context = createContext();
  const sentence = fc.constantFrom(...(sentences.length > 0 ? sentences : ['']));
  const odd = fc.constantFrom(...ODD_PIECES);
  /** A sentence, perhaps cut at any character (a truncated feed item), perhaps with odd pieces inserted at random places. */
  const piece = fc
    .tuple(sentence, fc.nat(), fc.boolean(), fc.array(fc.tuple(fc.nat(), odd), { maxLength: 3 }))
    .map(([text, cut, truncate, inserts]) => {
      let result = truncate ? text.slice(0, cut % (text.length + 1)) : text;
      for (const [at, extra] of inserts) {
        const position = at % (result.length + 1);
        result = result.slice(0, position) + extra + result.slice(position);
      }
      return result;
    });
  const article = fc
    .array(fc.array(piece, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
    .chain((paragraphs) => fc.tuple(fc.constant(paragraphs), fc.constantFrom(' ', '  ', '\n')))
    .map(([paragraphs, join]) => paragraphs.map((paragraph) => paragraph.join(join)).join('\n\n'));

  it('extract to valid, deterministic results with no exception', { timeout: 120_000 }, () => {
    expect(sentences.length).toBeGreaterThan(1_000);
    fc.assert(
      fc.property(article, fc.constantFrom('a.txt', 'a.md'), (text, file) => {
        for (const parsed of parseArticle(text, { file }).articles) {
          const first = extractArticle(parsed, context);
          expect(validateExtraction(parsed, first, context.ontology)).toEqual([]);
          expect(extractArticle(parsed, context)).toEqual(first);
        }
      }),
      { numRuns: 300 },
    );
  });
});
