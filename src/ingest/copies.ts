/**
 * Wire copies counted once. An article whose text is a near-duplicate of an earlier one
 * (estimated Jaccard similarity of their 5-word shingles at least `threshold`, see
 * minhash) and whose date is within `windowDays` of it is folded into it: not extracted,
 * so its evidence is not counted twice, and listed among the kept article's `sources`
 * with its outlet and URL. The first article in input order is kept; an article of an
 * earlier run, stored in the graph, is kept before any of the run's. The folder
 * remembers signatures, dates and origins only, so it can follow a corpus that is read
 * twice (check, then stream) without holding it.
 */
import { createHash } from 'node:crypto';
import { sourcesOf, type Article, type ArticleSource } from './types.ts';
import { encodeSignature, signatureOf, SignatureIndex, type Signature } from './minhash.ts';

export interface CopyOptions {
  /**
   * Estimated Jaccard similarity at or above which two articles are one report. On real
   * text (docs/ingest.md) copies under another headline, dateline and boilerplate scored
   * 0.328 at least, different stories with the same outlet's boilerplate 0.234 at most.
   */
  threshold: number;
  /** Most days between the dates of an article and its copy (when both have one): a reprint follows the story within days. */
  windowDays: number;
}

export const COPY_DEFAULTS: CopyOptions = { threshold: 0.3, windowDays: 7 };

interface KeptArticle {
  id: string;
  date: string | null;
  signature: Signature;
  sources: ArticleSource[];
  /** The stored article (of an earlier run) this one and its copies fold into, if any. */
  storedAs?: string;
}

/** An article of an earlier run, as the graph keeps it for finding its copies. */
export interface StoredOriginal {
  id: string;
  date: string | null;
  signature: Signature;
}

/** An article of an earlier run that this run's copies fold into, with the sources they add. */
export interface StoredFold {
  into: string;
  sources: ArticleSource[];
}

const originKey = (origin: Article['origin']): string => `${origin.file}\u0000${origin.line ?? ''}`;
const DAY_MS = 86_400_000;

/** Finds the copies among the articles it is shown, in order, and completes the kept ones. */
export class CopyFolder {
  private readonly settings: CopyOptions;
  private readonly index = new SignatureIndex<KeptArticle>();
  private readonly byOrigin = new Map<string, { kept: KeptArticle; copy: boolean }>();
  private readonly keptById = new Map<string, KeptArticle>();
  private last: { article: Article; signature: Signature } | undefined;
  /** Copies folded so far (into this run's articles or stored ones). */
  folded = 0;

  constructor(options: Partial<CopyOptions> = {}) {
    this.settings = { ...COPY_DEFAULTS, ...options };
  }

  /** True when articles of these dates may be one report (either date unknown, or within the window). */
  private withinWindow(a: string | null, b: string | null): boolean {
    return a === null || b === null || Math.abs(Date.parse(a) - Date.parse(b)) <= this.settings.windowDays * DAY_MS;
  }

  /**
   * Folds the next article into the earlier one it copies and returns that one's id;
   * returns null when it copies none (then `keep` it, or drop it).
   */
  fold(article: Article): string | null {
    const signature = signatureOf(article.text);
    const nearest = this.index.nearest(signature, this.settings.threshold, (kept) => this.withinWindow(kept.date, article.date));
    if (!nearest) {
      this.last = { article, signature };
      return null;
    }
    nearest.value.sources.push(...sourcesOf(article));
    this.byOrigin.set(originKey(article.origin), { kept: nearest.value, copy: true });
    this.folded++;
    return nearest.value.id;
  }

  /** Keeps `article`, the one just given to `fold` that copied none, as an original for later copies. */
  keep(article: Article): void {
    const signature = this.last?.article === article ? this.last.signature : signatureOf(article.text);
    const kept: KeptArticle = { id: article.id, date: article.date, signature, sources: [...sourcesOf(article)] };
    this.index.add(signature, kept);
    this.byOrigin.set(originKey(article.origin), { kept, copy: false });
    this.keptById.set(article.id, kept);
    this.last = undefined;
  }

  /** Ids of the kept articles, in order. */
  keptIds(): string[] {
    return [...this.keptById.keys()];
  }

  /**
   * Folds each kept article whose id is in `fresh` (new to the graph) that copies one of
   * the `stored` articles into it: it will not be loaded. A copy that is the stored
   * article itself, read again, is not counted. Returns how many were folded.
   */
  foldIntoStored(stored: Iterable<StoredOriginal>, fresh: ReadonlySet<string>): number {
    const originals = new SignatureIndex<StoredOriginal>();
    for (const original of stored) if (!this.keptById.has(original.id)) originals.add(original.signature, original);
    let count = 0;
    for (const kept of this.keptById.values()) {
      if (!fresh.has(kept.id) || kept.storedAs !== undefined) continue;
      const original = originals.nearest(kept.signature, this.settings.threshold, (candidate) => this.withinWindow(candidate.date, kept.date));
      if (!original) continue;
      kept.storedAs = original.value.id;
      this.folded += 1 - kept.sources.filter((source) => source.id === kept.storedAs).length;
      count++;
    }
    return count;
  }

  /** What the run adds to stored articles: the sources of every article folded into each. */
  storedFolds(): StoredFold[] {
    return [...this.keptById.values()].filter((kept) => kept.storedAs !== undefined).map((kept) => ({ into: kept.storedAs!, sources: kept.sources }));
  }

  /**
   * `article` (kept before) as it is to be loaded: with every source and its signature,
   * its content hash covering the copies; null for a copy or an article folded into a
   * stored one, and for an article the folder was not shown.
   */
  complete(article: Article): Article | null {
    const entry = this.byOrigin.get(originKey(article.origin));
    if (!entry || entry.copy || entry.kept.storedAs !== undefined) return null;
    const { sources, signature } = entry.kept;
    const contentHash =
      sources.length === 1 ? article.contentHash : createHash('sha256').update(JSON.stringify([article.contentHash, sources])).digest('hex');
    return { ...article, sources, contentHash, signature: encodeSignature(signature) };
  }
}
