/**
 * Full-text search parameters. Named queries that search names take a `fulltext`
 * parameter: kg turns the words the user typed into a Lucene query here, in
 * TypeScript, and passes both to the query as `{text, lucene}`: `text` for exact
 * lookups (the name index), `lucene` for `db.index.fulltext.queryNodes`. Only
 * letters and digits survive, so Lucene syntax can never come from the user.
 */
import { nameKey } from '../catalog/normalize.ts';

/** A `fulltext` parameter as the Cypher receives it. */
export interface FullTextParam {
  text: string;
  lucene: string;
}

/** Lucene refuses larger queries (too many clauses); longer input is cut. */
const LIMITS = { words: 16, wordLength: 64 };

/**
 * The Lucene query for `text`: every word fuzzily (`word~1`, one edit), as a prefix
 * (`word*`, for unfinished words), and in its romanisation-folded form (`nameKey`,
 * the form the loader stores in `searchNames`: Tokajew and Toqaev both fold to tokaev).
 * Empty when `text` has no letters or digits.
 */
export function luceneQuery(text: string): string {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, LIMITS.words).map((word) => word.slice(0, LIMITS.wordLength));
  const clauses = words.flatMap((word) => {
    const folded = (nameKey(word).match(/[\p{L}\p{N}]+/gu) ?? []).filter((key) => key !== word);
    return [`${word}~1`, `${word}*`, ...folded];
  });
  return [...new Set(clauses)].join(' ');
}

/** The `{text, lucene}` parameter for a search of `text`. */
export function fullTextParam(text: string): FullTextParam {
  return { text, lucene: luceneQuery(text) };
}
