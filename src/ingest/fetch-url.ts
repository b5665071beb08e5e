/**
 * Pages and feeds fetched from URLs (`kg seed --url`, `--urls FILE`), kept under a cache
 * directory keyed by the URL's hash so that a re-seed does not fetch them again
 * (`refetch` does). Node's fetch with a clear User-Agent, redirects followed, a timeout
 * and a size cap enforced while the body streams in. Every failure is a problem naming
 * the URL (or the list's line); the other URLs go on. A cache entry is written whole or
 * not at all (temporary file, then rename; the metadata last).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { defaultCacheDir } from '../cache-dir.ts';
import type { IngestProblem } from './types.ts';
import { formatOfFile, type ArticleFormat } from './parse-article.ts';
import { looksLikeFeed } from './parse-feed.ts';
import type { ArticleInput } from './read-articles.ts';

export interface FetchOptions {
  /** Where fetched bodies and their metadata are kept. */
  cacheDir: string;
  /** Fetch again even when the cache holds the URL. */
  refetch: boolean;
  /** Time allowed for one URL, response body included, in milliseconds. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  userAgent: string;
  /** URLs fetched at once. */
  concurrency: number;
}

export { defaultCacheDir };

export const FETCH_DEFAULTS: Omit<FetchOptions, 'cacheDir'> = {
  refetch: false,
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  userAgent: 'newsgraph/0.1 (kg seed --url; a news knowledge-graph builder)',
  concurrency: 4,
};

/** What the cache keeps beside a body. */
export interface CacheEntry {
  url: string;
  /** The address after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** The response's `Date` and `Last-Modified` headers, as sent. */
  date: string | null;
  lastModified: string | null;
  /** When it was fetched (ISO timestamp). */
  fetchedAt: string;
}

export interface FetchResult {
  /** One input per URL that could be fetched (or was cached), in the order given. */
  inputs: ArticleInput[];
  problems: IngestProblem[];
  fetched: number;
  cached: number;
}

/** A URL to fetch, and where it was named (a line of a --urls file) for messages. */
export interface UrlRequest {
  url: string;
  from?: { file: string; line: number };
}

const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

const cacheKey = (url: string): string => createHash('sha256').update(url).digest('hex');

/** The article format of a response: from its content type, else the URL's extension, else its first bytes. */
function formatOf(entry: CacheEntry, body: Uint8Array): ArticleFormat | undefined {
  const type = entry.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const head = Buffer.from(body.subarray(0, 2048)).toString('utf8');
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(?:rss|atom)\+xml$/.test(type)) return 'feed';
  if (type === 'application/xml' || type === 'text/xml') return looksLikeFeed(head) ? 'feed' : undefined;
  const byExtension = formatOfFile(new URL(entry.finalUrl).pathname);
  if (byExtension) return byExtension;
  if (looksLikeFeed(head)) return 'feed';
  return /^\s*(?:<!doctype html|<html)/i.test(head) ? 'html' : undefined;
}

/** The charset parameter of a content type. */
const charsetOf = (contentType: string | null): string | undefined => /;\s*charset="?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();

/** Reads a response body, stopping as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | { over: true }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return { over: true };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { over: true };
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Why a fetch threw, as the sentence of a problem. */
function describeFetchError(error: unknown, timeoutMs: number): string {
  const { name, cause } = error as Error & { cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no complete answer within ${timeoutMs / 1000} s; try again later or raise the timeout`;
  const detail = cause?.code ?? cause?.message ?? (error as Error).message;
  return `the URL cannot be fetched (${detail}); check the address and the network`;
}

/** Fetches one URL into the cache (or finds it there): its input, or the problem. */
async function fetchOne(request: UrlRequest, settings: FetchOptions): Promise<{ input: ArticleInput; cached: boolean } | { problem: IngestProblem }> {
  const { url } = request;
  const fail = (reason: string) => ({
    problem: request.from ? { file: request.from.file, line: request.from.line, reason: `${url}: ${reason}` } : { file: url, reason },
  });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('this is not a URL; write an absolute http:// or https:// address');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail(`only http and https URLs are fetched, not ${parsed.protocol}`);

  const key = cacheKey(url);
  const bodyPath = join(settings.cacheDir, `${key}.body`);
  const metaPath = join(settings.cacheDir, `${key}.json`);
  let entry: CacheEntry | undefined;
  let body: Uint8Array | undefined;
  if (!settings.refetch) {
    try {
      entry = JSON.parse(await readFile(metaPath, 'utf8')) as CacheEntry;
      body = await readFile(bodyPath);
    } catch {
      entry = undefined;
    }
  }
  const cached = entry !== undefined && body !== undefined;
  if (!cached) {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'follow',
        headers: { 'user-agent': settings.userAgent, accept: ACCEPT },
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel();
        return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; check the address`);
      }
      const read = await readCapped(response, settings.maxBytes);
      if ('over' in read) return fail(`the response is over the ${(settings.maxBytes / 1e6).toFixed(1)} MB limit; it was not kept`);
      body = read;
    } catch (error) {
      return fail(describeFetchError(error, settings.timeoutMs));
    }
    entry = {
      url,
      finalUrl: response.url || url,
      status: response.status,
      contentType: response.headers.get('content-type'),
      date: response.headers.get('date'),
      lastModified: response.headers.get('last-modified'),
      fetchedAt: new Date().toISOString(),
    };
  }
  const format = formatOf(entry!, body!);
  if (!format) return fail(`the server sent ${entry!.contentType ?? 'content of no stated type'}, which is neither a web page nor a feed`);
  if (!cached) {
    try {
      await mkdir(settings.cacheDir, { recursive: true });
      await writeFileAtomic(bodyPath, body!);
      await writeFileAtomic(metaPath, `${JSON.stringify(entry, null, 2)}\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return fail(`the cache ${settings.cacheDir} cannot be written (${code}); fix its permissions`);
    }
  }
  const charset = charsetOf(entry!.contentType);
  return { input: { file: url, path: bodyPath, hints: { format, pageUrl: entry!.finalUrl, ...(charset && { charset }) } }, cached };
}

/**
 * Fetches `requests` (or reads them from the cache) and returns them as inputs for
 * `scanArticles`/`readArticles` (`fetched`), in the order given, with a problem per URL
 * that failed.
 */
export async function fetchUrls(requests: readonly UrlRequest[], options: Partial<FetchOptions> & Pick<FetchOptions, 'cacheDir'>): Promise<FetchResult> {
  const settings = { ...FETCH_DEFAULTS, ...options };
  const outcomes: Awaited<ReturnType<typeof fetchOne>>[] = new Array(requests.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const index = next++;
      outcomes[index] = await fetchOne(requests[index]!, settings);
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, requests.length) }, worker));
  const result: FetchResult = { inputs: [], problems: [], fetched: 0, cached: 0 };
  for (const outcome of outcomes) {
    if ('problem' in outcome) {
      result.problems.push(outcome.problem);
      continue;
    }
    result.inputs.push(outcome.input);
    if (outcome.cached) result.cached++;
    else result.fetched++;
  }
  return result;
}

/** The URLs of a `--urls` file: one per line; blank lines and lines starting with `#` are skipped. */
export async function readUrlList(file: string): Promise<{ requests: UrlRequest[]; problems: IngestProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { requests: [], problems: [{ file, reason: `the URL list cannot be read (${code ?? (error as Error).message}); check the path` }] };
  }
  const requests: UrlRequest[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const url = raw.trim();
    if (url && !url.startsWith('#')) requests.push({ url, from: { file, line: index + 1 } });
  });
  return { requests, problems: [] };
}

/**
 * What `kg seed --url … --urls FILE…` asks for: the URLs given, then those of each list,
 * fetched (or read from the cache); unreadable lists are problems too.
 */
export async function fetchRequested(urls: readonly string[], lists: readonly string[], options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const requests: UrlRequest[] = urls.map((url) => ({ url }));
  const listProblems: IngestProblem[] = [];
  for (const list of lists) {
    const read = await readUrlList(list);
    requests.push(...read.requests);
    listProblems.push(...read.problems);
  }
  const result = await fetchUrls(requests, { cacheDir: defaultCacheDir(), ...options });
  return { ...result, problems: [...listProblems, ...result.problems] };
}
