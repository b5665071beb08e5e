import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.ts';

/** Article published on Wednesday 15 March 2023. */
const ARTICLE_DATE = '2023-03-15';
const dateOf = (text: string, articleDate: string | null = ARTICLE_DATE) => findDates(text, articleDate)[0]?.date;

describe('findDates', () => {
  it.each([
    ['talks took place yesterday', '2023-03-14'],
    ['the strike began the day before yesterday', '2023-03-13'],
    ['shots were heard last night', '2023-03-14'],
    ['the envoy left in Sept. 2022', '2022-09'],
    ['police moved in on Saturday', '2023-03-11'],
    ['the minister quit two days ago', '2023-03-13'],
    ['they met last week', '2023-03-08'],
    ['the decree of March 2', '2023-03-02'],
    ['the vote on 30 December', '2022-12-30'],
    ['on Dec. 30, 2021 he resigned', '2021-12-30'],
    ['in 2019 he stepped down', '2019'],
    ['in November 2021 prices rose', '2021-11'],
  ])('%s → %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it('leaves relative expressions unresolved without an article date, but not absolute ones', () => {
    expect(dateOf('talks took place yesterday', null)).toBeNull();
    expect(dateOf('in 2019 he stepped down', null)).toBe('2019');
  });

  it('reports offsets shifted into the article', () => {
    expect(findDates('met on Friday', ARTICLE_DATE, 100)[0]).toMatchObject({ start: 104, end: 113 });
  });
});
