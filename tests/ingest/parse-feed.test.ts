import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from '../../src/ingest/parse-feed.ts';
import { readFeedDate } from '../../src/ingest/iso-date.ts';
import { parseFixture } from './fixture.ts';

const rss = (items: string) => `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n${items}\n</channel></rss>`;

describe('RSS 2.0', () => {
  it('reads each item with title, link, date, author and outlet, the full content:encoded before the description', () => {
    const { articles, problems } = parseFixture('feeds/rss-content-encoded.xml');
    expect(problems).toEqual([]);
    expect(articles.map(({ title, source, date, url, author, origin }) => ({ title, source, date, url, author, line: origin.line }))).toEqual([
      {
        title: 'Kazakhstan detains former security chief Masimov',
        source: 'Eurasia Wire',
        date: '2022-01-08',
        url: 'https://eurasia-wire.example/2022/01/08/masimov-detained',
        author: 'Eurasia Wire staff',
        line: 8,
      },
      {
        title: 'Alliance says its troops will leave Kazakhstan within days',
        source: 'Eurasia Wire',
        date: '2022-01-09',
        url: 'https://eurasia-wire.example/2022/01/09/alliance-withdrawal',
        author: null,
        line: 19,
      },
    ]);
    expect(articles[0]!.text).toMatch(/^Kazakhstan's National Security Committee said on Saturday[^\n]+\n\nMasimov, a long-time ally/);
    expect(articles[0]!.text).not.toContain('suspicion of treason.');
    expect(articles[1]!.text).toBe(
      'The Collective Security Treaty Organization said on Sunday that its peacekeepers would leave Kazakhstan once their mission was complete.',
    );
  });

  it('takes an item’s <source> as its outlet and a permalink guid as its URL', () => {
    const { articles } = parseFeed(
      rss(
        '<item><title>T</title><guid>https://agency.example/1</guid><source url="https://agency.example/rss">Agency</source>' +
          '<description>Text of it.</description></item>',
      ),
      { file: 'f.rss' },
    );
    expect(articles[0]).toMatchObject({ source: 'Agency', url: 'https://agency.example/1', date: null });
  });

  it('reports a bad date at its item’s line and reads the other items', () => {
    const { articles, problems } = parseFeed(
      rss(
        '<item><title>A</title><pubDate>sometime last week</pubDate><description>One.</description></item>\n' +
          '<item><title>B</title><description>Two.</description></item>',
      ),
      { file: 'f.rss' },
    );
    expect(articles.map((article) => article.title)).toEqual(['B']);
    expect(problems).toEqual([{ file: 'f.rss', line: 3, reason: expect.stringContaining('neither RFC 822') }]);
  });

  it('skips an item with nothing but a title', () => {
    const { articles, problems } = parseFeed(rss('<item><title>Only a headline</title></item>'), { file: 'f.rss' });
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: 'f.rss', line: 3, skip: 'no-article', reason: expect.stringContaining('no content') }]);
  });
});

describe('Atom 1.0', () => {
  it('reads each entry: html and xhtml content, the alternate link, published before updated, the author', () => {
    const { articles, problems } = parseFixture('feeds/atom-entries.atom');
    expect(problems).toEqual([]);
    expect(articles.map(({ title, source, date, url, author }) => ({ title, source, date, url, author }))).toEqual([
      {
        title: 'Nazarbayev "on holiday", spokesman says',
        source: 'Central Asia Monitor',
        date: '2022-01-09',
        url: 'https://ca-monitor.example/2022/01/09/nazarbayev-spokesman',
        author: 'Daniyar Omarov',
      },
      {
        title: 'Almaty airport reopens',
        source: 'Central Asia Monitor',
        date: '2022-01-10',
        url: 'https://ca-monitor.example/2022/01/10/almaty-airport',
        author: null,
      },
    ]);
    expect(articles[0]!.text).toBe(
      'A spokesman for Nursultan Nazarbayev said on Sunday that the former president was in the capital and had not left the country.\n\n' +
        'He said Nazarbayev supported President Tokayev.',
    );
    expect(articles[1]!.text).toBe(
      'The airport in Almaty will reopen to passenger flights on Monday, the transport ministry said.\n\n' +
        'It was seized by protesters on Wednesday and retaken by troops a day later.',
    );
  });
});

describe('bad feeds', () => {
  it('reports XML that is not well-formed with its line', () => {
    expect(parseFixture('feeds/not-well-formed.xml')).toEqual({
      articles: [],
      problems: [
        { file: 'feeds/not-well-formed.xml', line: 6, reason: expect.stringMatching(/^the feed is not well-formed XML \(.*\); fix or re-download it$/) },
      ],
    });
  });

  it('refuses XML that is no feed, and entity declarations', () => {
    expect(parseFeed('<?xml version="1.0"?><project><name>x</name></project>', { file: 'pom.xml' }).problems[0]!.reason).toMatch(/neither an RSS 2.0/);
    const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
    expect(parseFeed(bomb, { file: 'bomb.rss' }).problems[0]!.reason).toMatch(/declares XML entities/);
  });
});

describe('feed dates and detection', () => {
  it('reads RFC 822 and ISO dates as written, without time-zone conversion', () => {
    expect(readFeedDate('Thu, 06 Jan 2022 23:30:00 -0500')).toEqual({ date: '2022-01-06' });
    expect(readFeedDate('6 Jan 22 10:00 GMT')).toEqual({ date: '2022-01-06' });
    expect(readFeedDate('2022-01-06T23:30:00+06:00')).toEqual({ date: '2022-01-06' });
    expect(readFeedDate('Mon, 31 Feb 2022 10:00:00 GMT')).toHaveProperty('error');
  });

  it('tells a feed from a page by its root element', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('<!doctype html><html><body><rss>')).toBe(false);
  });
});
