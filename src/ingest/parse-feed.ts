/**
 * News feeds (.xml, .rss, .atom, or any file whose content is one): RSS 2.0 and Atom 1.0,
 * read with fast-xml-parser. Each item or entry is an article: its title, link, date,
 * author, and the full content (`content:encoded`, Atom `content`) when the feed carries
 * it, else the description or summary. The outlet is the item's `<source>`, else the
 * feed's title. Items are located by line in messages.
 */
import { createRequire } from 'node:module';
import type { Article, IngestProblem, IngestResult } from './types.ts';
import { buildArticle, type ArticleFields } from './build-article.ts';
import { decodeContent } from './decode.ts';
import { htmlFragmentText } from './html-text.ts';
import { readFeedDate } from './iso-date.ts';

type XmlValue = string | XmlObject | XmlValue[] | undefined;
interface XmlObject {
  [key: string]: XmlValue;
}

type FastXmlParser = typeof import('fast-xml-parser');
const require = createRequire(import.meta.url);

/** The parsers, made on first use: fast-xml-parser takes a tenth of a second to load, which runs without feeds need not pay. */
let parsers: { validator: FastXmlParser['XMLValidator']; feed: InstanceType<FastXmlParser['XMLParser']>; fragment: InstanceType<FastXmlParser['XMLParser']> };
function xml(): typeof parsers {
  if (parsers) return parsers;
  const { XMLParser, XMLValidator } = require('fast-xml-parser') as FastXmlParser;
  parsers = {
    validator: XMLValidator,
    // Atom's `content` is kept as raw XML, since its xhtml form is markup the object tree would mangle.
    feed: new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      parseAttributeValue: false,
      stopNodes: ['feed.entry.content'],
      isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
    }),
    fragment: new XMLParser({ parseTagValue: false, trimValues: false }),
  };
  return parsers;
}

/** True when `text` (the start of a file or response) is an RSS or Atom document. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<(?:rss|feed)[\s>]/i.test(text.slice(0, 2048));
}

/** The text of an element given as a string or as `{"#text": …, "@_…": …}`. */
function textOf(value: XmlValue): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return /\S/.test(value) ? value.trim() : null;
  if (value && typeof value === 'object') return textOf(value['#text']);
  return null;
}

const attribute = (value: XmlValue, name: string): string | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? textOf(value[`@_${name}`]) : null;

/** A text construct that may hold HTML (RSS descriptions, Atom `type="html"`) as plain paragraphs. */
const asText = (value: string | null): string | null => (value === null ? null : htmlFragmentText(value) || null);

/** Atom `content` kept raw: xhtml is markup; text and html are XML-escaped text to decode first. */
function atomContent(value: XmlValue): string | null {
  const raw = textOf(value);
  if (raw === null) return null;
  if (attribute(value, 'type') === 'xhtml') return htmlFragmentText(raw);
  const decoded = textOf((xml().fragment.parse(`<x>${raw}</x>`) as XmlObject).x);
  return asText(decoded);
}

function atomLink(links: XmlValue): string | null {
  const all = (Array.isArray(links) ? links : [links]).filter((link) => link !== undefined);
  const alternate = all.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate') ?? all[0];
  return attribute(alternate, 'href') ?? textOf(alternate);
}

interface FeedItem {
  fields: ArticleFields;
  body: string | null;
}

function rssItem(item: XmlObject, outlet: string | null): FeedItem {
  const guid = item.guid;
  const permalink = attribute(guid, 'isPermaLink') !== 'false' ? textOf(guid) : null;
  const fields = {
    id: null,
    date: textOf(item.pubDate) ?? textOf(item['dc:date']),
    title: asText(textOf(item.title)),
    source: textOf(item.source) ?? outlet,
    url: textOf(item.link) ?? (permalink && /^https?:/.test(permalink) ? permalink : null),
    author: textOf(item['dc:creator']) ?? textOf(item.author),
  };
  return { fields, body: asText(textOf(item['content:encoded'])) ?? asText(textOf(item.description)) };
}

function atomEntry(entry: XmlObject, outlet: string | null): FeedItem {
  const title = attribute(entry.title, 'type') === 'text' ? textOf(entry.title) : asText(textOf(entry.title));
  const author = entry.author && typeof entry.author === 'object' && !Array.isArray(entry.author) ? textOf(entry.author.name) : null;
  const source = entry.source && typeof entry.source === 'object' && !Array.isArray(entry.source) ? textOf(entry.source.title) : null;
  const fields = {
    id: null,
    date: textOf(entry.published) ?? textOf(entry.updated),
    title,
    source: source ?? outlet,
    url: atomLink(entry.link),
    author,
  };
  return { fields, body: atomContent(entry.content) ?? asText(textOf(entry.summary)) };
}

/** 1-based line of each `<item>` / `<entry>` start tag, in order. */
function itemLines(text: string, tag: string): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<${tag}[\\s>/]`, 'g');
  let line = 1;
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
    from = match.index;
    lines.push(line);
  }
  return lines;
}

/**
 * Parses one feed into its articles. Never throws: a document that is not XML, or not
 * RSS 2.0 or Atom 1.0, is one problem naming the file (and line); a bad item is a problem
 * at its line and does not stop the others.
 */
export function parseFeed(content: string | Uint8Array, origin: Pick<Article['origin'], 'file'>): IngestResult {
  const { file } = origin;
  const fail = (reason: string, line?: number): IngestResult => ({ articles: [], problems: [{ file, ...(line ? { line } : {}), reason }] });
  const decoded = decodeContent(content);
  if ('reason' in decoded) return fail(decoded.reason);
  const { text } = decoded;
  if (/<!ENTITY/i.test(text)) return fail('the feed declares XML entities, which are not read (they can expand without bound); remove them');
  const valid = xml().validator.validate(text);
  if (valid !== true) return fail(`the feed is not well-formed XML (${valid.err.msg}); fix or re-download it`, valid.err.line);

  const root = xml().feed.parse(text) as XmlObject;
  const rss = root.rss as XmlObject | undefined;
  const feed = root.feed as XmlObject | undefined;
  let items: FeedItem[];
  let tag: string;
  if (rss && typeof rss === 'object') {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as XmlObject | undefined;
    if (!channel || typeof channel !== 'object') return fail('the RSS feed has no <channel>; fix or re-download it');
    const outlet = textOf(channel.title);
    items = ((channel.item ?? []) as XmlObject[]).map((item) => rssItem(item, outlet));
    tag = 'item';
  } else if (feed && typeof feed === 'object') {
    const outlet = asText(textOf(feed.title));
    items = ((feed.entry ?? []) as XmlObject[]).map((entry) => atomEntry(entry, outlet));
    tag = 'entry';
  } else {
    return fail('the file is XML but neither an RSS 2.0 <rss> nor an Atom 1.0 <feed>; give a news feed');
  }
  if (items.length === 0) return { articles: [], problems: [{ file, skip: 'no-article', reason: `the feed has no <${tag}>; nothing to read` }] };

  const lines = itemLines(text, tag);
  const lineOf = (index: number): number | undefined => (lines.length === items.length ? lines[index] : undefined);
  const articles: Article[] = [];
  const problems: IngestProblem[] = [];
  items.forEach((item, index) => {
    const line = lineOf(index);
    const at = { file, ...(line === undefined ? {} : { line }) };
    if (item.body === null) {
      problems.push({ ...at, skip: 'no-article', reason: `the ${tag} has no content, description or summary; skipped` });
      return;
    }
    let date: string | null = null;
    if (item.fields.date !== null) {
      const reading = readFeedDate(item.fields.date);
      if ('error' in reading) {
        problems.push({ ...at, reason: reading.error });
        return;
      }
      date = reading.date;
    }
    const outcome = buildArticle({ fields: { ...item.fields, date }, body: item.body, idFromUrl: true }, at);
    if ('article' in outcome) articles.push(outcome.article);
    else problems.push(outcome.problem);
  });
  return { articles, problems };
}
