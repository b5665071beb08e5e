/**
 * Metadata of a saved or fetched web page, read before Readability rewrites the
 * document: title (`og:title`, else `<title>` without the site's suffix), outlet
 * (`og:site_name`, JSON-LD publisher, else the host of the page's URL), date
 * (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`), URL
 * (`<link rel="canonical">`, `og:url`, else the address it was fetched from) and author.
 */
import { readIsoDate } from './iso-date.ts';

/** The part of linkedom's Document used here. */
export interface PageDocument {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface PageElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMeta {
  /** `og:title`, or `<title>` with its site name removed; null when neither applies (Readability's guess is used then). */
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
}

/** Separators between a page title and the site name appended to it ("Story | Outlet", "Story - Outlet"). */
const TITLE_SEPARATOR = /\s+[|–—·•:-]\s+/g;

const nonBlank = (value: string | null | undefined): string | null => (value && /\S/.test(value) ? value.trim() : null);

function metaContent(document: PageDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"]`) ?? document.querySelector(`meta[name="${key}"]`);
    const content = nonBlank(element?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

/** Every object in the page's JSON-LD blocks (including `@graph` members); blocks that are not JSON are ignored. */
function jsonLdObjects(document: PageDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      objects.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's business: the other sources of metadata remain.
    }
  }
  return objects;
}

/** A JSON-LD value that may be a string, an object with `name`, or a list of either. */
function jsonLdName(value: unknown): string | null {
  if (typeof value === 'string') return nonBlank(value);
  if (Array.isArray(value)) return value.map(jsonLdName).find((name) => name !== null) ?? null;
  if (value !== null && typeof value === 'object') return jsonLdName((value as Record<string, unknown>).name);
  return null;
}

function jsonLdField(objects: readonly Record<string, unknown>[], read: (object: Record<string, unknown>) => string | null): string | null {
  for (const object of objects) {
    const value = read(object);
    if (value !== null) return value;
  }
  return null;
}

/** An absolute http(s) URL from `value` (resolved against `base`), else null. */
function absoluteUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const hostName = (url: string | null): string | null => (url ? new URL(url).hostname.replace(/^www\./, '') : null);
const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** `<title>` without a trailing (or leading) site name equal to the outlet or the host; null when there is none to remove. */
export function stripSiteName(title: string, names: readonly (string | null)[]): string | null {
  const known = new Set(names.filter((name): name is string => name !== null).map(comparable));
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return null;
  if (known.has(comparable(parts.at(-1)!))) return title.slice(0, title.lastIndexOf(parts.at(-1)!)).replace(/\s+[|–—·•:-]\s+$/, '').trim();
  if (known.has(comparable(parts[0]!))) return title.slice(parts[0]!.length).replace(/^\s+[|–—·•:-]\s+/, '').trim();
  return null;
}

/** The first of `values` that is an ISO date or timestamp, as its date. */
function firstIsoDate(values: readonly (string | null)[]): string | null {
  for (const value of values) {
    if (value === null) continue;
    const reading = readIsoDate(value);
    if ('date' in reading) return reading.date;
  }
  return null;
}

/**
 * Reads the metadata of `document`. `pageUrl` is where the page was fetched from: it
 * resolves relative URLs and stands in for a missing canonical URL.
 */
export function readPageMeta(document: PageDocument, pageUrl?: string): PageMeta {
  const jsonLd = jsonLdObjects(document);
  const url =
    absoluteUrl(nonBlank(document.querySelector('link[rel="canonical"]')?.getAttribute('href')), pageUrl) ??
    absoluteUrl(metaContent(document, 'og:url'), pageUrl) ??
    absoluteUrl(pageUrl ?? null, undefined);
  const outlet =
    metaContent(document, 'og:site_name') ?? jsonLdField(jsonLd, (object) => jsonLdName(object.publisher)) ?? hostName(url);
  const documentTitle = nonBlank(document.querySelector('title')?.textContent);
  const title = metaContent(document, 'og:title') ?? (documentTitle && stripSiteName(documentTitle, [outlet, hostName(url)]));
  const times = document.querySelectorAll('time[datetime]');
  const date = firstIsoDate([
    metaContent(document, 'article:published_time'),
    jsonLdField(jsonLd, (object) => (typeof object.datePublished === 'string' ? object.datePublished : null)),
    ...Array.from({ length: times.length }, (_, i) => times[i]!.getAttribute('datetime')),
  ]);
  const author = metaContent(document, 'author') ?? jsonLdField(jsonLd, (object) => jsonLdName(object.author));
  return { title, outlet, date, url, author };
}
