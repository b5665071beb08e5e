// The committed test set itself (eval/test-set.yaml, eval/gold/test/) and the second development
// set (eval/dev-web-set.yaml): every listed document reads from ../shared/data, every gold file
// validates and quotes its document verbatim, the test set has the size the issue asks for and
// shares no document with development. No extractor runs here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_WEB_SET, loadTestSet } from '../../src/evaluate/test-set.ts';

const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const present = existsSync(DATA_DIR);
if (!present && process.env.CI) throw new Error(`tests/evaluate: ${DATA_DIR} is missing; CI must have the shared data beside the clone.`);

describe.skipIf(!present)('the test set in eval/', () => {
  it('reads every document and gold file, ≥ 24 documents on ≥ 8 topics, political and not', async () => {
    const documents = await loadTestSet();
    expect(documents.length).toBeGreaterThanOrEqual(24);
    expect(new Set(documents.map((entry) => entry.topic)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(documents.map((entry) => entry.political))).toEqual(new Set([true, false]));
  });

  it('holds no document about Kazakhstan, the development crisis', async () => {
    const documents = await loadTestSet();
    expect(documents.filter((entry) => /kazakh/i.test(entry.article.text)).map((entry) => entry.gold.article)).toEqual([]);
  });

  it('shares no document with the dev-web development set, whose gold validates too', async () => {
    const development = await loadTestSet(DEV_WEB_SET);
    expect(development.length).toBeGreaterThan(0);
    const test = new Set((await loadTestSet()).map((entry) => entry.article.text));
    expect(development.filter((entry) => test.has(entry.article.text)).map((entry) => entry.gold.article)).toEqual([]);
  });
});
