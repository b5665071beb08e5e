import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { parseHtmlPage } from '../../src/ingest/parse-html.ts';
import { stripSiteName } from '../../src/ingest/page-meta.ts';
import { parseFixture } from './fixture.ts';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
/** Enough sentences of plain prose to count as an article. */
const SENTENCE = 'of the report says that the talks went on through the night and ended at dawn.';
const PROSE = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} ${SENTENCE}</p>`).join('');

describe('saved web pages', () => {
  it('keeps the story and leaves out navigation, cookie banner, share links, scripts, related links, comments and footer', () => {
    const { articles, problems } = parseFixture('pages/steppe-herald-nav-cookies-related-scripts.html');
    expect(problems).toEqual([]);
    const [article] = articles;
    expect(article!.text).toContain('Kazakh President Kassym-Jomart Tokayev spoke with Russian President Vladimir Putin by telephone on Thursday');
    expect(article!.text).toContain('The interior ministry said dozens of people had been detained.');
    // The byline line goes, so the dateline starts the text and is cut like any other.
    expect(article!.text).toMatch(/^Kazakh President Kassym-Jomart Tokayev spoke with/);
    const junk = ['cookies', 'Subscribe', 'Sport', 'Share on social media', 'gtag', 'renderAd', 'Related articles', 'Gas prices double', 'Reader from'];
    for (const words of [...junk, 'All rights reserved', 'Privacy']) {
      expect(article!.text, words).not.toContain(words);
    }
  });

  it('takes title, outlet, date, URL and author from the Open Graph and article meta tags', () => {
    const [article] = parseFixture('pages/steppe-herald-nav-cookies-related-scripts.html').articles;
    expect(article).toMatchObject({
      title: 'Tokayev and Putin speak as alliance troops land in Almaty',
      source: 'Steppe Herald',
      date: '2022-01-06',
      url: 'https://steppe-herald.example/world/2022/01/06/tokayev-putin-call',
      author: 'Aigerim Sadykova',
    });
    expect(article!.sources).toEqual([{ id: article!.id, outlet: 'Steppe Herald', url: article!.url }]);
  });

  it('falls back to <title> without the site name, and to JSON-LD for date, outlet and author', () => {
    const [article] = parseFixture('pages/caspian-daily-title-suffix-json-ld.html').articles;
    expect(article).toMatchObject({
      title: 'Russian troops arrive in Kazakhstan; Tokayev thanks Putin',
      source: 'Caspian Daily',
      date: '2022-01-07',
      url: 'https://www.caspian-daily.example/news/kazakhstan-troops-arrive',
      author: 'Wire staff',
    });
    expect(article!.text).not.toMatch(/Log in|Newsletters|Advertise/);
  });

  it('uses <time datetime>, the fetched address and its host when the page has no meta tags', () => {
    const html = page(`<article><time datetime="2022-01-05T09:00:00+06:00">Wednesday</time>${PROSE}</article>`, '<title>Talks end at dawn</title>');
    const { articles } = parseHtmlPage(html, { file: 'http://127.0.0.1:1/story' }, { pageUrl: 'https://www.news.example/story?id=1' });
    expect(articles[0]).toMatchObject({ date: '2022-01-05', url: 'https://www.news.example/story?id=1', source: 'news.example', title: 'Talks end at dawn' });
  });

  it('resolves a relative canonical link against the address the page came from', () => {
    const html = page(`<article>${PROSE}</article>`, '<link rel="canonical" href="/world/talks">');
    const { articles } = parseHtmlPage(html, { file: 'x' }, { pageUrl: 'https://news.example/amp/world/talks' });
    expect(articles[0]!.url).toBe('https://news.example/world/talks');
  });

  it('keeps paragraphs apart and line breaks inside them', () => {
    const html = page(`<article><p>First line<br>second line of the same paragraph.</p>${PROSE}</article>`);
    const { articles } = parseHtmlPage(html, { file: 'x.html' });
    expect(articles[0]!.text).toMatch(/^First line second line of the same paragraph\.\n\nParagraph 1 /);
  });

  it('decodes a page in the charset its <meta> declares', () => {
    const html = page(`<article><p>Caf\u00e9 owners in the old town said the night was calm.</p>${PROSE}</article>`, '<meta charset="windows-1252">');
    const { articles, problems } = parseArticle(Buffer.from(html, 'latin1'), { file: 'latin.html' });
    expect(problems).toEqual([]);
    expect(articles[0]!.text).toContain('Café owners');
  });

  it('skips an index page and a paywall stub as pages with no article, saying why', () => {
    const index = parseFixture('pages/index-page.html');
    const stub = parseFixture('pages/paywall-stub.html');
    expect(index.articles).toEqual([]);
    expect(stub.articles).toEqual([]);
    expect(index.problems).toEqual([{ file: 'pages/index-page.html', skip: 'no-article', reason: expect.stringMatching(/% of its main text is links/) }]);
    const fewWords = expect.stringMatching(/\d+ words of main text, fewer than 50/);
    expect(stub.problems).toEqual([{ file: 'pages/paywall-stub.html', skip: 'no-article', reason: fewWords }]);
  });

  it('reports a broken page (a compressed download saved as .html) as a problem naming the file', () => {
    const broken = gzipSync(Buffer.from(page(PROSE)));
    expect(parseArticle(broken, { file: 'saved/broken.html' })).toEqual({
      articles: [],
      problems: [{ file: 'saved/broken.html', reason: expect.stringMatching(/binary|not valid UTF-8/) }],
    });
  });

  it('reports an unknown declared charset', () => {
    const html = page(PROSE, '<meta charset="klingon-8">');
    const { problems } = parseArticle(Buffer.from(html), { file: 'k.html' });
    expect(problems).toEqual([{ file: 'k.html', reason: expect.stringContaining('"klingon-8" is unknown') }]);
  });
});

describe('stripSiteName', () => {
  it('removes a trailing or leading site name equal to the outlet or host, and nothing else', () => {
    expect(stripSiteName('Troops land | Steppe Herald', ['Steppe Herald'])).toBe('Troops land');
    expect(stripSiteName('Steppe Herald - Troops land', ['steppe herald'])).toBe('Troops land');
    expect(stripSiteName('Troops land — news.example', [null, 'news.example'])).toBe('Troops land');
    expect(stripSiteName('Kazakhstan: troops land', ['Steppe Herald'])).toBeNull();
    expect(stripSiteName('Troops land', ['Steppe Herald'])).toBeNull();
  });
});
