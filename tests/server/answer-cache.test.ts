// The revision cache on its own: bounded by entries and bytes (least recently used out
// first), emptied by a new revision, failures not kept.
import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../src/server/answer-cache.ts';

describe('answer cache', () => {
  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const cache = createAnswerCache({ maxEntries: 2 });
    let computed = 0;
    const answer = (key: string) => cache.answer('r1', key, async () => ({ key, n: ++computed }));
    await answer('a');
    await answer('b');
    await answer('a'); // a is now the most recently used
    await answer('c'); // b goes
    expect(cache.size).toBe(2);
    expect(JSON.parse((await answer('a')).body).n).toBe(1);
    expect(JSON.parse((await answer('b')).body).n).toBe(4);
  });

  it('keeps at most maxBytes of answers', async () => {
    const cache = createAnswerCache({ maxBytes: 30 });
    await cache.answer('r1', 'a', async () => 'x'.repeat(20));
    await cache.answer('r1', 'b', async () => 'y'.repeat(20));
    expect(cache.size).toBe(1);
  });

  it('forgets everything at a new revision and never keeps a failure', async () => {
    const cache = createAnswerCache();
    await cache.answer('r1', 'a', async () => 1);
    await expect(cache.answer('r2', 'b', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(cache.size).toBe(0);
    expect(cache.etag('r1', 'a')).not.toBe(cache.etag('r2', 'a'));
  });
});
