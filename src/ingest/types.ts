/** Articles as read from disk or fetched, before any extraction. */
import type { ArticleSource } from '../document/types.ts';

export type { ArticleSource };

export interface Article {
  /** Stable id: given in the file, else derived from the content (see ingest). */
  id: string;
  /** ISO date YYYY-MM-DD, or null when the file gives none. */
  date: string | null;
  title: string | null;
  /** The outlet (or agency) that published it. */
  source: string | null;
  url: string | null;
  /** Who wrote it, when the page, feed or front matter says (always set by ingest; optional for hand-made articles). */
  author?: string | null;
  /**
   * The cleaned article body. Every evidence offset refers to this string:
   * `article.text.slice(start, end)` is the quoted evidence.
   */
  text: string;
  /** sha256 (hex) of `text` plus the metadata above (and the folded copies): unchanged hash, unchanged article. */
  contentHash: string;
  /** Where it came from: file path or URL, plus the line for JSON Lines and feed items. */
  origin: { file: string; line?: number };
  /**
   * Every outlet that carried this text: the article itself first, then each near-duplicate
   * folded into it (always set by ingest; when absent, the article's own source and URL).
   */
  sources?: ArticleSource[];
  /** MinHash signature of the text (base64), kept so that a copy arriving in a later run is folded too. */
  signature?: string;
}

/** Why an article was deliberately left out (not a defect of the input). */
export type SkipReason = 'not-english' | 'no-article';

/** A file, URL or record that could not be read as an article, or was left out on purpose (`skip`). */
export interface IngestProblem {
  file: string;
  line?: number;
  /** What is wrong and what to do about it, in one sentence. */
  reason: string;
  /** Set when the input was read but is no article to load: it neither fails the run nor stops `--strict`. */
  skip?: SkipReason;
}

/** The sources of `article`: as listed, else its own outlet and URL. */
export const sourcesOf = (article: Article): ArticleSource[] => article.sources ?? [{ id: article.id, outlet: article.source, url: article.url }];

export interface IngestResult {
  articles: Article[];
  problems: IngestProblem[];
}
