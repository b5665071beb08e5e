/**
 * An Article made from text the evaluation rebuilt itself (CoNLL-U sentences, benchmark
 * tokens). It bypasses ingest's cleaning on purpose: gold offsets and quotes refer to
 * exactly this text, and a removed headline or dateline would shift them.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../ingest/index.ts';

/** Builds the article `id` with body `text`, read from `file` (line: the JSON Lines record). */
export function textArticle(id: string, text: string, origin: Article['origin']): Article {
  const contentHash = createHash('sha256').update(`${id}\n${text}`).digest('hex');
  // The document is its only source; it has no author.
  const provenance = { author: null, sources: [{ id, outlet: null, url: null }] };
  return { id, date: null, title: null, source: null, url: null, text, contentHash, origin, ...provenance };
}
