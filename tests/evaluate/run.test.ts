import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.ts';
import { evaluateSet, loadGoldFile, type EvaluationSet } from '../../src/evaluate/run.ts';
import type { Article } from '../../src/ingest/index.ts';

const ARTICLE = 'The minister met the envoy. Police arrested Ann Smith.\n';
const GOLD = `article: arrest
actors: [ann-smith, security-forces]
relations:
  - {source: security-forces, type: ARRESTED, target: ann-smith, sentence: "Police arrested Ann Smith"}
`;

let root: string;
let set: EvaluationSet;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  set = { name: 'tiny', articles: join(root, 'articles'), gold: join(root, 'gold') };
  mkdirSync(set.articles);
  mkdirSync(set.gold);
  writeFileSync(join(set.articles, 'arrest.txt'), ARTICLE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An extractor that finds the arrest, quoting it from the article it is given. */
function arrestExtractor(articles: Article[]): GraphDocument {
  const article = articles[0]!;
  const start = article.text.indexOf('Police');
  const end = article.text.indexOf('.', start) + 1;
  return {
    articles: [],
    actors: [],
    mentions: [],
    relations: [
      {
        source: 'security-forces',
        target: 'ann-smith',
        type: 'ARRESTED',
        properties: {},
        date: null,
        confidence: 1,
        evidence: [{ article: article.id, start, end, text: article.text.slice(start, end) }],
      },
    ],
  };
}

describe('evaluateSet', () => {
  it('pairs gold files with articles by file stem and scores the extractor output', async () => {
    writeFileSync(join(set.gold, 'arrest.yaml'), GOLD);
    const result = await evaluateSet(set, arrestExtractor);
    expect(result.evaluation.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('rejects a gold sentence that is not quoted verbatim, naming file and line', async () => {
    writeFileSync(join(set.gold, 'arrest.yaml'), GOLD.replace('Police arrested', 'Police detained'));
    await expect(evaluateSet(set, arrestExtractor)).rejects.toThrow(/arrest\.yaml:4: relations\[0\]\.sentence: is not a verbatim substring/);
  });

  it('rejects a gold file without a matching article', async () => {
    writeFileSync(join(set.gold, 'missing.yaml'), GOLD.replace('article: arrest', 'article: missing'));
    await expect(evaluateSet(set, arrestExtractor)).rejects.toThrow(/missing\.yaml:1: article: no article file with stem "missing"/);
  });
});

describe('loadGoldFile', () => {
  it('rejects a relation endpoint not listed in actors, naming the line', () => {
    const file = join(set.gold, 'arrest.yaml');
    writeFileSync(file, GOLD.replace('[ann-smith, security-forces]', '[ann-smith]'));
    expect(() => loadGoldFile(file)).toThrow(/arrest\.yaml:4: relations\[0\]\.source: "security-forces" is not listed in actors/);
  });

  it('rejects a relation type the ontology does not define', () => {
    const file = join(set.gold, 'arrest.yaml');
    writeFileSync(file, GOLD.replace('type: ARRESTED', 'type: JAILED'));
    expect(() => loadGoldFile(file)).toThrow(/arrest\.yaml:4: relations\[0\]\.type: "JAILED" is not a relation type of the ontology/);
  });

  it('rejects an article field that differs from the file stem', () => {
    const file = join(set.gold, 'other.yaml');
    writeFileSync(file, GOLD);
    expect(() => loadGoldFile(file)).toThrow(/other\.yaml:1: article: must be the file stem "other"/);
  });
});
