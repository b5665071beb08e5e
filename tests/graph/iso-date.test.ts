import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/document/iso-date.ts';

describe('isIsoDate', () => {
  it.each(['2022-01-09', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01'])('accepts %s', (text) => expect(isIsoDate(text)).toBe(true));
  it.each([
    '2022-02-30',
    '2023-02-29',
    '1900-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-04-31',
    '2022-01-00',
    '2022-1-9',
    '2022-01-09T10:00',
    ' 2022-01-09',
    '',
  ])('refuses %j', (text) => expect(isIsoDate(text)).toBe(false));
});
