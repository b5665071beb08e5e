import { describe, expect, it } from 'vitest';
import { readIsoDate } from '../../src/ingest/iso-date.ts';

describe('readIsoDate', () => {
  it.each([
    ['2022-01-09', '2022-01-09'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2022-01-09T23:30:00+05:00', '2022-01-09'],
    ['2022-01-09T08:00Z', '2022-01-09'],
    [' 2022-01-09 ', '2022-01-09'],
  ])('reads %j as %s', (value, date) => {
    expect(readIsoDate(value)).toEqual({ date });
  });

  it.each(['2022-02-30', '2023-02-29', '1900-02-29', '2022-13-01', '2022-00-10', '2022-04-31'])(
    'refuses the impossible day %s',
    (value) => {
      expect(readIsoDate(value)).toEqual({ error: expect.stringContaining('not a real calendar day') });
    },
  );

  it.each(['09/01/2022', 'January 9, 2022', '2022-1-9', '20220109', ''])('refuses %j and names the format', (value) => {
    expect(readIsoDate(value)).toEqual({ error: expect.stringContaining('YYYY-MM-DD') });
  });
});
