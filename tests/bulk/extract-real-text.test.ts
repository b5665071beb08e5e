/**
 * Every real document of ../shared/data/ (see corpora.ts) through ingest and extraction:
 * no exception, every article's result valid on its own (src/document/validate.ts: actors
 * exist, offsets inside the text, evidence equal to its slice), the merged document
 * accepted by the loader's row builder, and the same output on a second run.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateExtraction } from '../../src/document/validate.ts';
import { createContext, DocumentBuilder, extractArticle } from '../../src/extract/index.ts';
import { buildDocumentRows, ontologyRelationTypes } from '../../src/graph/rows.ts';
import { articlesOf, bulkDocuments, DATA_DIR, testSetAnnotated } from './corpora.ts';

const present = existsSync(DATA_DIR);
if (!present && process.env.CI) throw new Error(`bulk tests: ${DATA_DIR} is missing; CI must have the shared data beside the clone.`);

/** Extracts every bulk article with a fresh context; returns the JSON of each result and the failures. */
function extractAll() {
  const context = createContext();
  const builder = new DocumentBuilder(context.ontology);
  const outputs = new Map<string, string>();
  const failures: string[] = [];
  const corpora = new Map<string, number>();
  // Documents with the same text get the same id; ingest reports the repeats, so they are left out here too.
  const ids = new Set<string>();
  for (const document of bulkDocuments()) {
    for (const article of articlesOf(document)) {
      if (ids.has(article.id)) continue;
      ids.add(article.id);
      corpora.set(document.corpus, (corpora.get(document.corpus) ?? 0) + 1);
      try {
        const extraction = extractArticle(article, context);
        const problems = validateExtraction(article, extraction, context.ontology);
        if (problems.length > 0) failures.push(`${document.name}: ${problems.join('; ')}`);
        else builder.add(extraction);
        outputs.set(`${document.name}/${article.id}`, JSON.stringify(extraction));
      } catch (error) {
        failures.push(`${document.name}: ${(error as Error).stack}`);
      }
    }
  }
  return { outputs, failures, corpora, document: builder.build(), context };
}

describe.skipIf(!present)('extraction of every real document in ../shared/data', { timeout: 600_000 }, () => {
  const first = present ? extractAll() : undefined;

  it('reads every corpus: EWT, GUM, WikiEvents dev, all 500 Re-DocRED dev documents, and the test set once annotated', () => {
    const corpora = first!.corpora;
    expect(corpora.get('ewt-reviews')).toBeGreaterThan(700);
    expect(corpora.get('ewt-email')).toBeGreaterThan(70);
    expect(corpora.get('gum')).toBeGreaterThan(80);
    expect(corpora.get('wikievents-dev')).toBe(20);
    expect(corpora.get('redocred-dev')).toBe(500);
    if (!testSetAnnotated()) return;
    expect(corpora.get('wikinews')).toBe(24);
    expect(corpora.get('ewt-weblog')).toBeGreaterThan(40);
    expect(corpora.get('ewt-newsgroup')).toBeGreaterThan(80);
  });

  it('raises no exception and gives a valid result for every article', () => {
    expect(first!.failures).toEqual([]);
  });

  it('merges into a document the loader accepts', () => {
    const { document, context } = first!;
    expect(document.relations.length).toBeGreaterThan(0);
    expect(() => buildDocumentRows(document, ontologyRelationTypes(context.ontology))).not.toThrow();
  });

  it('is deterministic: a second run with a new context gives the same output for every article', () => {
    const second = extractAll();
    expect(second.outputs.size).toBe(first!.outputs.size);
    const differing = [...second.outputs].filter(([name, output]) => first!.outputs.get(name) !== output).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
