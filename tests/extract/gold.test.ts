// Quality bar of extraction (issue 3): micro F1 on the seed and development gold, the
// named must-haves, and the integrity of the gold files themselves.
import { describe, expect, it } from 'vitest';
import { DEV_SET, loadGoldSet, matchGold, SEED_SET, stemOf } from '../../src/evaluate/run.ts';
import { readArticles } from '../../src/ingest/index.ts';

describe.each([SEED_SET, DEV_SET])('gold of the $name set', (set) => {
  it('covers every article, quotes each sentence verbatim and lists every endpoint as an actor', async () => {
    const { articles } = await readArticles([set.articles], { strict: true });
    const golds = loadGoldSet(set);
    expect(() => matchGold(golds, articles)).not.toThrow();
    expect(golds.map((parsed) => parsed.data.article).sort()).toEqual(articles.map(stemOf).sort());
  });
});
