/**
 * Saved or fetched web pages (.html, .htm): the article's main text as Mozilla's
 * Readability finds it (navigation, scripts, comments, cookie banners and related links
 * left out), parsed with linkedom, and the page's metadata (see page-meta). A page with
 * too little text, or mostly links (an index page, a paywall stub), is skipped as "no
 * article"; one that cannot be decoded is a problem.
 */
import { Readability } from '@mozilla/readability';
import type { Article, IngestResult } from './types.ts';
import { buildArticle } from './build-article.ts';
import { decodeContent } from './decode.ts';
import { elementText, parseHtmlDocument } from './html-text.ts';
import { readPageMeta, type PageDocument } from './page-meta.ts';

export interface HtmlOptions {
  /** Where the page was fetched from: resolves relative links, and is its URL when it names no canonical one. */
  pageUrl?: string;
  /** Character set declared by the server; else the page's `<meta charset>`, else UTF-8. */
  charset?: string;
  /** Fewest words of main text for a page to count as an article. */
  minWords: number;
  /** Largest share of the main text inside links for a page to count as an article (index pages are mostly links). */
  maxLinkShare: number;
}

export const HTML_DEFAULTS: HtmlOptions = { minWords: 50, maxLinkShare: 0.5 };

/** How far into the bytes a `<meta charset>` is looked for (the HTML standard's prescan window). */
const CHARSET_PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in its first kilobyte, if any. */
function declaredCharset(content: Uint8Array): string | undefined {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) return 'utf-8';
  const head = Buffer.from(content.subarray(0, CHARSET_PRESCAN_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Share of the text of `html` that sits inside links. */
function linkShare(root: { textContent: string | null; querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  const links = root.querySelectorAll('a');
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
  return total === 0 ? 1 : linked / total;
}

/**
 * Parses one web page into its article. Never throws: an undecodable page is a problem,
 * a page without article text a skipped one (`skip: 'no-article'`).
 */
export function parseHtmlPage(content: string | Uint8Array, origin: Pick<Article['origin'], 'file'>, options: Partial<HtmlOptions> = {}): IngestResult {
  const settings = { ...HTML_DEFAULTS, ...options };
  const { file } = origin;
  const charset = settings.charset ?? (typeof content === 'string' ? undefined : declaredCharset(content));
  const decoded = decodeContent(content, charset);
  if ('reason' in decoded) return { articles: [], problems: [{ file, reason: decoded.reason }] };

  const { document } = parseHtmlDocument(decoded.text);
  const meta = readPageMeta(document as unknown as PageDocument, settings.pageUrl);
  // The metadata is read: without it, Readability takes the byline line for page furniture and drops it from the text.
  for (const element of Array.from(document.querySelectorAll('meta'))) element.remove();
  const found = new Readability(document as unknown as Document, { disableJSONLD: true }).parse();
  const noArticle = (why: string): IngestResult => ({
    articles: [],
    problems: [{ file, skip: 'no-article', reason: `the page holds no article text (${why}): an index page or a paywall stub? Skipped` }],
  });
  if (!found?.content) return noArticle('no main text found');
  const main = parseHtmlDocument(`<!doctype html><html><body>${found.content}</body></html>`).document.body;
  const body = elementText(main);
  const count = words(body);
  if (count < settings.minWords) return noArticle(`${count} words of main text, fewer than ${settings.minWords}`);
  const share = linkShare(main as unknown as Parameters<typeof linkShare>[0]);
  if (share > settings.maxLinkShare) return noArticle(`${Math.round(share * 100)}% of its main text is links`);

  const fields = {
    id: null,
    date: meta.date,
    title: meta.title ?? found.title ?? null,
    source: meta.outlet,
    url: meta.url,
    author: meta.author ?? found.byline ?? null,
  };
  const outcome = buildArticle({ fields, body, idFromUrl: true }, { file });
  return 'article' in outcome ? { articles: [outcome.article], problems: [] } : { articles: [], problems: [outcome.problem] };
}
