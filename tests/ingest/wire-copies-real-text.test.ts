/**
 * The copy threshold on real text (the development documents of WikiEvents and
 * Re-DocRED, and the seed articles; see wire-pairs.ts): nearly every pair of copies is
 * folded, no pair of different stories is. Reads ../shared/data, never the extraction test set.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COPY_DEFAULTS } from '../../src/ingest/copies.ts';
import { SignatureIndex, signatureOf, similarity } from '../../src/ingest/minhash.ts';
import { copyPairs, DATA, OUTLETS, printed, readStories } from './wire-pairs.ts';

const present = existsSync(DATA);
if (!present && process.env.CI) throw new Error(`tests/ingest: ${DATA} is missing; CI must have ../shared/data beside the clone.`);

describe.skipIf(!present)('copy threshold on real text', () => {
  const stories = readStories();

  it('folds at least 99% of the copies of 522 stories (another headline, dateline and boilerplate; some cut short)', () => {
    const pairs = copyPairs(stories);
    let found = 0;
    for (const pair of pairs) {
      const index = new SignatureIndex<string>();
      index.add(signatureOf(pair.a), pair.name);
      if (index.nearest(signatureOf(pair.b), COPY_DEFAULTS.threshold)) found++;
    }
    expect(pairs).toHaveLength(2 * stories.length);
    expect(found / pairs.length).toBeGreaterThanOrEqual(0.99);
  });

  it('folds no two different stories, even with the same outlet’s boilerplate', () => {
    const signatures = stories.map((story) => signatureOf(printed(story, OUTLETS.first, story.headline)));
    const folded: string[] = [];
    for (let i = 0; i < signatures.length; i++) {
      for (let j = i + 1; j < signatures.length; j++) {
        if (similarity(signatures[i]!, signatures[j]!) >= COPY_DEFAULTS.threshold) folded.push(`${stories[i]!.name} ~ ${stories[j]!.name}`);
      }
    }
    expect(stories.length).toBeGreaterThan(500);
    expect(folded).toEqual([]);
  });
});
