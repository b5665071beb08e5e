// The committed test set itself (eval/test-set.yaml, eval/gold/test/): every listed document
// reads from ../shared/data, every gold file validates and quotes its document verbatim, and
// the set has the size the issue asks for. No extractor runs here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTestSet } from '../../src/evaluate/test-set.ts';

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
});
