/** Articles as read from disk, before any extraction. */

export interface Article {
  /** Stable id: given in the file, else derived from the content (see ingest). */
  id: string;
  /** ISO date YYYY-MM-DD, or null when the file gives none. */
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  /**
   * The cleaned article body. Every evidence offset refers to this string:
   * `article.text.slice(start, end)` is the quoted evidence.
   */
  text: string;
  /** sha256 (hex) of `text` plus the metadata above: unchanged hash, unchanged article. */
  contentHash: string;
  /** Where it came from: file path, plus the line for JSON Lines. */
  origin: { file: string; line?: number };
}

/** A file (or JSON Lines record) that could not be read as an article. */
export interface IngestProblem {
  file: string;
  line?: number;
  /** What is wrong and what to do about it, in one sentence. */
  reason: string;
}

export interface IngestResult {
  articles: Article[];
  problems: IngestProblem[];
}
