import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { COPY_DEFAULTS, CopyFolder } from '../../src/ingest/copies.ts';
import { decodeSignature, encodeSignature, SignatureIndex, signatureOf, similarity } from '../../src/ingest/minhash.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { fixturePath } from './fixture.ts';

const STEPPE = fixturePath('pages/steppe-herald-nav-cookies-related-scripts.html');
const CASPIAN = fixturePath('pages/caspian-daily-title-suffix-json-ld.html');
const textOf = (path: string) => parseArticle(readFileSync(path), { file: path }).articles[0]!.text;

describe('MinHash signatures', () => {
  it('are the same on every run and survive being stored', () => {
    const signature = signatureOf(textOf(STEPPE));
    expect(signatureOf(textOf(STEPPE))).toEqual(signature);
    expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
    expect(decodeSignature('not a signature')).toBeNull();
  });

  it('score two outlets’ prints of one wire story above the threshold, and different stories below it', () => {
    const steppe = signatureOf(textOf(STEPPE));
    const caspian = signatureOf(textOf(CASPIAN));
    const other = signatureOf(textOf(fixturePath('pages/german-article.html')));
    expect(similarity(steppe, caspian)).toBeGreaterThanOrEqual(COPY_DEFAULTS.threshold);
    expect(similarity(steppe, other)).toBeLessThan(COPY_DEFAULTS.threshold);
  });

  it('find the most similar indexed signature through the bands, and none below the threshold', () => {
    const index = new SignatureIndex<string>();
    index.add(signatureOf(textOf(CASPIAN)), 'caspian');
    index.add(signatureOf('An unrelated story about the price of wheat in the spring markets of the region this year.'), 'wheat');
    expect(index.nearest(signatureOf(textOf(STEPPE)), COPY_DEFAULTS.threshold)).toMatchObject({ value: 'caspian' });
    const unrelated = signatureOf('Nothing like either of them: a recipe for bread with seeds and honey, baked slowly.');
    expect(index.nearest(unrelated, COPY_DEFAULTS.threshold)).toBeNull();
  });
});

describe('copy folding', () => {
  it('keeps the first of two outlets’ copies with both sources, and a content hash that covers the copy', async () => {
    const { articles, problems, folded } = await readArticles([CASPIAN, STEPPE]);
    expect(problems).toEqual([]);
    expect(folded).toBe(1);
    expect(articles).toHaveLength(1);
    const [kept] = articles;
    expect(kept!.origin.file).toBe(CASPIAN);
    expect(kept!.sources!.map((source) => [source.outlet, source.url])).toEqual([
      ['Caspian Daily', 'https://www.caspian-daily.example/news/kazakhstan-troops-arrive'],
      ['Steppe Herald', 'https://steppe-herald.example/world/2022/01/06/tokayev-putin-call'],
    ]);
    const alone = (await readArticles([CASPIAN])).articles[0]!;
    expect(kept!.contentHash).not.toBe(alone.contentHash);
    expect(alone.sources).toHaveLength(1);
    expect(decodeSignature(kept!.signature!)).toEqual(signatureOf(kept!.text));
  });

  it('folds a kept article new to the graph into a stored one it copies, once, and then leaves it out', () => {
    const folder = new CopyFolder();
    const [article] = parseArticle(readFileSync(STEPPE), { file: STEPPE }).articles;
    expect(folder.fold(article!)).toBeNull();
    folder.keep(article!);
    const stored = { id: 'stored-1', date: '2022-01-07', signature: signatureOf(textOf(CASPIAN)) };
    expect(folder.foldIntoStored([stored], new Set())).toBe(0);
    expect(folder.foldIntoStored([stored], new Set([article!.id]))).toBe(1);
    expect(folder.foldIntoStored([stored], new Set([article!.id]))).toBe(0);
    expect(folder.folded).toBe(1);
    expect(folder.complete(article!)).toBeNull();
    expect(folder.storedFolds()).toEqual([{ into: 'stored-1', sources: article!.sources }]);
  });

  it('does not fold texts alike whose dates are more than the window apart', () => {
    const [article] = parseArticle(readFileSync(STEPPE), { file: STEPPE }).articles;
    const later = (days: number) => ({ ...article!, id: `later-${days}`, date: `2022-01-${String(6 + days).padStart(2, '0')}`, origin: { file: `${days}` } });
    const folder = new CopyFolder();
    folder.keep(article!);
    expect(folder.fold(later(8))).toBeNull();
    expect(folder.fold(later(7))).toBe(article!.id);
    expect(folder.fold({ ...later(20), date: null })).toBe(article!.id);
    const wide = new CopyFolder({ windowDays: 30 });
    wide.keep(article!);
    expect(wide.fold(later(20))).toBe(article!.id);
  });
});
