// Quality bar of extraction (issue 3): micro F1 on the seed and development gold, the
// named must-haves on the seeds, and the integrity of the gold files themselves.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Relation } from '../../src/document/types.ts';
import { DEV_SET, evaluateSet, loadGoldSet, matchGold, SEED_SET, stemOf, type SetResult } from '../../src/evaluate/run.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { readArticles } from '../../src/ingest/index.ts';

/**
 * Floors under the relation reader read from the parse (docs/quality.md has what it measures
 * with the shipped model): the seed articles must not fall under 0.85 (issues 11 and 12);
 * development a little under its measured 0.80.
 */
const MIN_MICRO_F1: Record<string, number> = { seed: 0.85, dev: 0.78 };

describe.each([SEED_SET, DEV_SET])('gold of the $name set', (set) => {
  it('covers every article, quotes each sentence verbatim and lists every endpoint as an actor', async () => {
    const { articles } = await readArticles([set.articles], { strict: true });
    const golds = loadGoldSet(set);
    expect(() => matchGold(golds, articles)).not.toThrow();
    expect(golds.map((parsed) => parsed.data.article).sort()).toEqual(articles.map(stemOf).sort());
  });
});

describe.each([SEED_SET, DEV_SET])('extraction on the $name set', (set) => {
  let result: SetResult;
  beforeAll(async () => {
    result = await evaluateSet(set, (articles) => extractDocument(articles));
  });

  it(`reaches micro F1 ≥ ${MIN_MICRO_F1[set.name]} against the gold (npm run eval lists the misses)`, () => {
    expect(result.evaluation.micro.f1).toBeGreaterThanOrEqual(MIN_MICRO_F1[set.name]!);
  });

  it('quotes every piece of evidence exactly as article.text.slice(start, end)', () => {
    const textOf = new Map(result.articles.map((article) => [article.id, article.text]));
    for (const relation of result.document.relations) {
      for (const evidence of relation.evidence) {
        expect(textOf.get(evidence.article)?.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
  });
});

describe('must-haves on the seed articles', () => {
  let result: SetResult;
  const find = (source: string, type: string, target: string): Relation | undefined =>
    result.document.relations.find((relation) => relation.source === source && relation.type === type && relation.target === target);

  beforeAll(async () => {
    result = await evaluateSet(SEED_SET, (articles) => extractDocument(articles));
  });

  it('finds Tokayev, Nazarbayev, Masimov, Putin and the CSTO as actors', () => {
    const ids = result.document.actors.map((actor) => actor.id);
    expect(ids).toEqual(
      expect.arrayContaining(['kassym-jomart-tokayev', 'nursultan-nazarbayev', 'karim-masimov', 'vladimir-putin', 'collective-security-treaty-organization']),
    );
  });

  it('has Tokayev COMMUNICATED_WITH Putin with evidence from both seed articles', () => {
    const call = find('kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'vladimir-putin') ?? find('vladimir-putin', 'COMMUNICATED_WITH', 'kassym-jomart-tokayev');
    const articlesWithEvidence = new Set(call?.evidence.map((evidence) => evidence.article));
    expect([...articlesWithEvidence].sort()).toEqual(result.articles.map((article) => article.id).sort());
  });

  it('has Abish RELATIVE_OF Nazarbayev as his nephew', () => {
    expect(find('samat-abish', 'RELATIVE_OF', 'nursultan-nazarbayev')?.properties).toMatchObject({ kinship: 'nephew' });
  });

  it('has Peskov SPOKESPERSON_FOR Putin', () => {
    expect(find('dmitry-peskov', 'SPOKESPERSON_FOR', 'vladimir-putin')).toBeDefined();
  });
});
