/**
 * src/document/validate.ts: each invariant of one article's extraction result is checked
 * and reported in plain words; and the smallest real texts that once broke an invariant
 * (found by the bulk run over ../shared/data) now extract to valid results.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/extract/index.ts';
import { validateExtraction } from '../../src/document/validate.ts';
import { createContext, extractArticle } from '../../src/extract/index.ts';
import { parseArticle } from '../../src/ingest/index.ts';

const TEXT = 'Russia criticised Ukraine on Monday.';
const article = { id: 'a1', text: TEXT };
const span = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

/** A valid extraction of TEXT: Russia —CRITICIZED→ Ukraine, quoted by the whole sentence. */
function valid(): ArticleExtraction {
  const actor = (id: string, name: string) => ({ id, name, type: 'Country' as const, aliases: [], status: 'catalog' as const });
  return {
    article: { id: 'a1', date: null, title: null, source: null, url: null, contentHash: 'h' },
    actors: [actor('russia', 'Russia'), actor('ukraine', 'Ukraine')],
    mentions: [{ article: 'a1', actor: 'russia', count: 1 }, { article: 'a1', actor: 'ukraine', count: 1 }],
    findings: [
      {
        type: 'CRITICIZED',
        source: 'russia',
        target: 'ukraine',
        properties: {},
        rule: 'active',
        confidence: 0.8,
        trigger: span('criticised'),
        evidence: {
          article: 'a1',
          start: 0,
          end: TEXT.length,
          text: TEXT,
          trigger: span('criticised'),
          sourceSpan: span('Russia'),
          targetSpan: span('Ukraine'),
        },
      },
    ],
    examples: {},
  };
}

describe('validateExtraction', () => {
  it('accepts a consistent result', () => {
    expect(validateExtraction(article, valid())).toEqual([]);
  });

  const cases: [string, (x: ArticleExtraction) => void, RegExp][] = [
    [
      'a mention of an actor missing from the actors',
      (x) => (x.mentions[1]!.actor = 'kazakhstan'),
      /mention of "kazakhstan" refers to actor "kazakhstan", which is not among/,
    ],
    ['a relation end missing from the actors', (x) => (x.findings[0]!.source = 'kazakhstan'), /relation from "kazakhstan".* refers to actor "kazakhstan"/],
    ['an actor listed twice', (x) => x.actors.push(x.actors[0]!), /actor "russia" is listed twice/],
    ['a mention listed twice', (x) => x.mentions.push(x.mentions[0]!), /mention of "russia" is listed twice/],
    ['a mention count of 0', (x) => (x.mentions[0]!.count = 0), /count 0, not a whole number ≥ 1/],
    ['an unknown actor type', (x) => ((x.actors[0] as { type: string }).type = 'Militia'), /type "Militia", not one of/],
    ['evidence past the end of the text', (x) => (x.findings[0]!.evidence.end = TEXT.length + 1), /evidence 0-37 is not inside the text \(length 36\)/],
    ['evidence text that differs from its slice', (x) => (x.findings[0]!.evidence.text = 'Russia criticized Ukraine on Monday.'), /evidence text differs/],
    ['a trigger before the text', (x) => (x.findings[0]!.evidence.trigger = { start: -1, end: 3 }), /trigger -1-3 is not inside the text/],
    ['a source span past the text', (x) => (x.findings[0]!.evidence.sourceSpan = { start: 30, end: 99 }), /source span 30-99 is not inside/],
    ['a target span ending before it starts', (x) => (x.findings[0]!.evidence.targetSpan = { start: 9, end: 2 }), /target span 9-2 is not inside/],
    ['evidence of another article', (x) => (x.findings[0]!.evidence.article = 'a2'), /cites article "a2"/],
    ['a result for another article', (x) => (x.article.id = 'a2'), /names article "a2" instead of "a1"/],
  ];
  it.each(cases)('reports %s', (_name, breakIt, reason) => {
    const extraction = valid();
    breakIt(extraction);
    const problems = validateExtraction(article, extraction);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(reason);
  });

  it('reports a relation type the ontology does not define, when given the ontology', () => {
    const extraction = valid();
    extraction.findings[0]!.type = 'ADMIRED';
    expect(validateExtraction(article, extraction, createContext().ontology)).toEqual([
      expect.stringMatching(/ADMIRED relation .* type the ontology does not define/),
    ]);
  });
});

describe('texts that once broke an invariant extract to valid results', () => {
  const context = createContext();
  // Found in GUM_academic_huh and GUM_bio_theodorus: a title before a word that turned out to be
  // no mention ("speaker E", "leader, Pachomius") made a later bare title refer to an actor never met.
  it.each(['speaker E the speaker', 'leader, Pachomius hearing leader,'])('%j', (text) => {
    const [parsed] = parseArticle(text, { file: 'regression.txt' }).articles;
    expect(parsed?.text).toBe(text);
    const extraction = extractArticle(parsed!, context);
    expect(validateExtraction(parsed!, extraction, context.ontology)).toEqual([]);
  });
});
