import { describe, expect, it } from 'vitest';
import { detectLanguage, foreignLanguage } from '../../src/ingest/language.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { fixturePath } from './fixture.ts';

describe('language', () => {
  it('skips a German page as not English, naming the file and the detected language', async () => {
    const file = fixturePath('pages/german-article.html');
    const { articles, problems } = await readArticles([file]);
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file, skip: 'not-english', reason: expect.stringContaining('franc-min says "deu"') }]);
  });

  it('keeps English pages and does not judge texts too short to tell', async () => {
    const { articles } = await readArticles([fixturePath('pages/steppe-herald-nav-cookies-related-scripts.html')]);
    expect(articles).toHaveLength(1);
    expect(detectLanguage('Die Regierung trat zurück.')).toBe('und');
    expect(foreignLanguage('Die Regierung trat zurück.')).toBeNull();
  });
});
