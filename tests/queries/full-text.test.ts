import { describe, expect, it } from 'vitest';
import { fullTextParam, luceneQuery } from '../../src/queries/full-text.ts';

describe('luceneQuery', () => {
  it('searches every word with one edit, as a prefix, and in its folded form when that differs', () => {
    expect(luceneQuery('Toqaev')).toBe('toqaev~1 toqaev* tokaev');
    expect(luceneQuery('PUTIN')).toBe('putin~1 putin*');
  });

  it('keeps only letters and digits, so Lucene syntax typed by the user is inert', () => {
    expect(luceneQuery('"(*')).toBe('');
    expect(luceneQuery('a:b OR c~9^2')).toBe(luceneQuery('a b or c 9 2'));
    expect(luceneQuery('Mü-ller')).toBe('mü~1 mü* mu ller~1 ller* ler');
  });

  it('cuts long input to 16 words of at most 64 characters', () => {
    const clauses = luceneQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')).split(' ');
    expect(clauses.filter((clause) => clause.endsWith('*'))).toHaveLength(16);
    expect(luceneQuery('x'.repeat(100)).split(' ')[0]).toBe(`${'x'.repeat(64)}~1`);
  });

  it('passes the text along for exact lookups', () => {
    expect(fullTextParam('Kassym-Jomart Tokayev').text).toBe('Kassym-Jomart Tokayev');
  });
});
