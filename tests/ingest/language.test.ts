import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, foreignLanguage } from '../../src/ingest/language.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { fixturePath } from './fixture.ts';
import { DATA } from './wire-pairs.ts';

const present = existsSync(DATA);
if (!present && process.env.CI) throw new Error(`tests/ingest: ${DATA} is missing; CI must have ../shared/data beside the clone.`);

describe('language', () => {
  it('skips a German page as not English, naming the file and the detected language', async () => {
    const file = fixturePath('pages/german-article.html');
    const { articles, problems } = await readArticles([file]);
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file, skip: 'not-english', reason: expect.stringContaining('eld says "de"') }]);
  });

  it('keeps English pages and does not judge texts too short to tell', async () => {
    const { articles } = await readArticles([fixturePath('pages/steppe-herald-nav-cookies-related-scripts.html')]);
    expect(articles).toHaveLength(1);
    expect(await detectLanguage('Die Regierung trat zurück.')).toBe('und');
    expect(await foreignLanguage('Die Regierung trat zurück.')).toBeNull();
  });

  it.skipIf(!present)('takes none of the 520 English development documents of Re-DocRED and WikiEvents for another language', async () => {
    const redocred = JSON.parse(readFileSync(`${DATA}redocred/dev_revised.json`, 'utf8')) as { sents: string[][] }[];
    const wikievents = readFileSync(`${DATA}wikievents/dev.jsonl`, 'utf8').split('\n').filter(Boolean);
    const texts = [...redocred.map((doc) => doc.sents.map((s) => s.join(' ')).join(' ')), ...wikievents.map((line) => JSON.parse(line).text as string)];
    const foreign = [];
    for (const text of texts) if ((await foreignLanguage(text)) !== null) foreign.push(text.slice(0, 60));
    expect(texts).toHaveLength(520);
    expect(foreign).toEqual([]);
  });
});
