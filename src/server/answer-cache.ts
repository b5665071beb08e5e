/**
 * Answers of the API cached by graph revision. The loader gives the graph a new random
 * revision on every write (`(:GraphRevision {id: 'graph', revision})`), so an answer
 * computed at one revision stays right until the next write: the cache keeps answers
 * (serialised JSON) per request key, drops them all when the revision changes, and
 * derives each answer's ETag from revision and key, so a client that already has it
 * gets a 304 before anything is looked up. Identical requests arriving while the first
 * is being answered wait for that one instead of running the query again.
 */
import { createHash } from 'node:crypto';

export interface AnswerCacheOptions {
  /** Most answers kept; the least recently used go first. */
  maxEntries?: number;
  /** Most bytes of serialised JSON kept. */
  maxBytes?: number;
}

const DEFAULTS = { maxEntries: 2_000, maxBytes: 64 * 1024 * 1024 };

/** A serialised answer and its ETag. */
export interface CachedAnswer {
  etag: string;
  body: string;
}

export interface AnswerCache {
  /** The ETag of `key` at `revision` (a quoted strong validator). */
  etag(revision: string, key: string): string;
  /**
   * The answer to `key` at `revision`: from the cache, from a computation of the same key
   * already running, or from `compute` (then kept). A failed computation is not kept.
   */
  answer(revision: string, key: string, compute: () => Promise<unknown>): Promise<CachedAnswer>;
  /** Answers currently kept (for tests and the bench). */
  readonly size: number;
}

/** An empty cache bounded by `options`. */
export function createAnswerCache(options: AnswerCacheOptions = {}): AnswerCache {
  const settings = { ...DEFAULTS, ...options };
  let current: string | null = null;
  let bytes = 0;
  // Map iteration order is insertion order: re-inserting on use makes the first entry the least recently used.
  const kept = new Map<string, CachedAnswer>();
  const running = new Map<string, Promise<CachedAnswer>>();

  const etag = (revision: string, key: string) => `"${createHash('sha256').update(`${revision}\n${key}`).digest('base64url').slice(0, 27)}"`;

  const keep = (key: string, answer: CachedAnswer) => {
    kept.set(key, answer);
    bytes += answer.body.length;
    for (const [oldest, old] of kept) {
      if (kept.size <= settings.maxEntries && bytes <= settings.maxBytes) break;
      kept.delete(oldest);
      bytes -= old.body.length;
    }
  };

  return {
    etag,
    async answer(revision, key, compute) {
      if (revision !== current) {
        kept.clear();
        running.clear();
        bytes = 0;
        current = revision;
      }
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const pending = running.get(key);
      if (pending) return pending;
      const computing = compute().then((value) => ({ etag: etag(revision, key), body: JSON.stringify(value) }));
      running.set(key, computing);
      try {
        const answer = await computing;
        if (current === revision) keep(key, answer);
        return answer;
      } finally {
        if (running.get(key) === computing) running.delete(key);
      }
    },
    get size() {
      return kept.size;
    },
  };
}
