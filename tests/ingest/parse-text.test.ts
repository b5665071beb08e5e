import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTextArticle } from '../../src/ingest/parse-text.ts';
import { parseFixture } from './fixture.ts';

const only = (name: string) => {
  const { articles, problems } = parseFixture(name);
  expect(problems).toEqual([]);
  expect(articles).toHaveLength(1);
  return articles[0]!;
};

describe('seed layout (" date YYYY-MM-DD text…")', () => {
  it.each([
    ['seed/articles/000_590bbe6cddf5b072.txt', 'Kazakh President Tokayev'],
    ['seed/articles/003_97833d897a6818e7.txt', 'In the meantime'],
  ])('%s has date 2022-01-09 and its text after the header', (file, start) => {
    const { articles, problems } = parseTextArticle(readFileSync(file), { file });
    expect(problems).toEqual([]);
    expect(articles[0]!.date).toBe('2022-01-09');
    expect(articles[0]!.text.startsWith(start)).toBe(true);
    expect(articles[0]!.origin).toEqual({ file });
  });

  it('keeps paragraphs apart and the rest of the first line as text', () => {
    const { articles } = parseTextArticle(' date 2021-12-31 First line goes on.\n\nSecond paragraph.\n', { file: 'x.txt' });
    expect(articles[0]).toMatchObject({ date: '2021-12-31', text: 'First line goes on.\n\nSecond paragraph.' });
  });

  it('reports an impossible header date on line 1', () => {
    const { articles, problems } = parseTextArticle(' date 2022-13-01 Text.', { file: 'x.txt' });
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: 'x.txt', line: 1, reason: expect.stringContaining('YYYY-MM-DD') }]);
  });
});

describe('front matter', () => {
  it('reads id, title, date (date part of a timestamp), source and url; ignores other keys', () => {
    expect(only('front-matter.md')).toMatchObject({
      id: 'kz-2022-01-06-troops',
      title: 'Troops arrive',
      date: '2022-01-06',
      source: 'Example Wire',
      url: 'https://example.org/kz/troops',
      text: 'Soldiers landed at the airport on Thursday.',
    });
  });

  it('reports an impossible date with the line of the date key', () => {
    const { articles, problems } = parseFixture('bad-date.md');
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bad-date.md', line: 3 });
    expect(problems[0]!.reason).toMatch(/"2022-02-30".*YYYY-MM-DD/);
  });

  it('reports invalid YAML with its line', () => {
    const { problems } = parseFixture('bad-front-matter.md');
    expect(problems).toEqual([{ file: 'bad-front-matter.md', line: 2, reason: expect.stringContaining('not valid YAML') }]);
  });

  it('reports front matter that is never closed', () => {
    const { problems } = parseTextArticle('---\ntitle: x\nText.\n', { file: 'open.md' });
    expect(problems).toEqual([{ file: 'open.md', line: 1, reason: expect.stringContaining('never closed') }]);
  });

  it('reports a file with a header and no body', () => {
    const { problems } = parseTextArticle('---\ntitle: Only a title\n---\n\n', { file: 'title-only.md' });
    expect(problems).toEqual([{ file: 'title-only.md', reason: expect.stringContaining('no text') }]);
  });
});

describe('plain text', () => {
  it('accepts a file with no header: no date, no title', () => {
    expect(only('no-header.txt')).toMatchObject({ date: null, title: null, source: null, url: null });
  });
});

describe('datelines', () => {
  it('removes a Reuters dateline with place, country and date and takes the agency as source', () => {
    const article = only('reuters-dateline.txt');
    expect(article.text.startsWith('Troops from a Russia-led alliance')).toBe(true);
    expect(article.source).toBe('Reuters');
  });

  it('removes an AP dateline with an em dash', () => {
    const article = only('ap-dateline.md');
    expect(article).toMatchObject({ source: 'AP', date: '2022-01-07' });
    expect(article.text.startsWith('The Kremlin said')).toBe(true);
  });

  it('keeps a source given in the front matter', () => {
    const article = only('dateline-with-source.md');
    expect(article).toMatchObject({ source: 'Daily Planet', text: 'Troops arrived on Thursday.' });
  });
});

describe('repeated headlines', () => {
  it('drops a first line equal to the title (markdown heading marks ignored)', () => {
    expect(only('headline-repeated.md')).toMatchObject({
      title: 'Troops arrive in Almaty',
      text: 'Soldiers landed at the airport on Thursday.',
    });
  });

  it('takes a short unpunctuated first paragraph as the title when none is given', () => {
    expect(only('headline-untitled.txt')).toMatchObject({
      title: 'Protests spread to the capital',
      text: 'Thousands gathered in the main square on Wednesday.',
    });
  });

  it('keeps a first line that differs from the given title', () => {
    const { articles } = parseTextArticle('---\ntitle: Other\n---\nA short line\n\nBody.', { file: 'x.md' });
    expect(articles[0]!.text).toBe('A short line\n\nBody.');
  });
});

describe('messy text', () => {
  it('repairs mojibake quotes, apostrophes, dashes and accents', () => {
    expect(only('mojibake-quotes.txt').text).toBe(
      'The minister said: “We will not negotiate.” Observers called it the country’s worst crisis — and a test for élites.',
    );
  });

  it('joins hard-wrapped lines and keeps paragraphs', () => {
    expect(only('hard-wrapped.txt').text).toBe(
      'The foreign ministry of Turkey said on Monday that it was following the events closely. It called on all sides to show restraint.\n\n' +
        'A Russia-led alliance sent troops.',
    );
  });

  it('cleans a wire story with all of it at once: BOM, CRLF, headline, dateline, wraps, mojibake', () => {
    const raw = [
      '\ufeffKazakhstan â€” troops arrive',
      '',
      'ALMATY, Jan 6 (Reuters) - Troops arrived on Thursday, the countryâ€™s',
      'president said.   â€œOrder will be restored,â€ he said.',
      '',
      '',
      'Gas prices  had doubled.',
    ].join('\r\n');
    expect(parseTextArticle(raw, { file: 'wire.txt' }).articles[0]).toMatchObject({
      title: 'Kazakhstan — troops arrive',
      source: 'Reuters',
      text: 'Troops arrived on Thursday, the country’s president said. “Order will be restored,” he said.\n\nGas prices had doubled.',
    });
  });

  it('removes a BOM and turns CRLF into LF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Line one.\r\n\r\nLine two.\r\n')]);
    expect(parseTextArticle(bytes, { file: 'x.txt' }).articles[0]!.text).toBe('Line one.\n\nLine two.');
  });
});

describe('ids and hashes', () => {
  const body = 'Soldiers landed at the airport on Thursday.';

  it('derives the id from the cleaned text: the same text with other wrapping gets the same id', () => {
    const a = parseTextArticle(body, { file: 'a.txt' }).articles[0]!;
    const b = parseTextArticle('Soldiers landed at the airport\r\non   Thursday.\n', { file: 'b.txt' }).articles[0]!;
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
  });

  it('changes the content hash, not the derived id, when only the date changes', () => {
    const a = parseTextArticle(` date 2022-01-06 ${body}`, { file: 'a.txt' }).articles[0]!;
    const b = parseTextArticle(` date 2022-01-07 ${body}`, { file: 'a.txt' }).articles[0]!;
    expect(b.id).toBe(a.id);
    expect(b.contentHash).not.toBe(a.contentHash);
  });

  it('refuses an id that cannot be used in a URL', () => {
    const { problems } = parseTextArticle('---\nid: a b/c\n---\nText.', { file: 'x.md' });
    expect(problems[0]!.reason).toMatch(/^the id "a b\/c"/);
  });
});
