import { describe, expect, it } from 'vitest';
import { stripDateline } from '../../src/ingest/dateline.ts';

describe('stripDateline', () => {
  it.each([
    ['ANKARA, March 3 (Reuters) - Turkey said', 'Reuters', 'Turkey said'],
    ['MOSCOW (AP) — The Kremlin said', 'AP', 'The Kremlin said'],
    ['ALMATY, Kazakhstan, Jan 6 (Reuters) - Protesters', 'Reuters', 'Protesters'],
    ['ST. PETERSBURG, Russia, Jan. 6 (AFP) -- Officials', 'AFP', 'Officials'],
    ['SÃO PAULO (Reuters) —Markets fell', 'Reuters', 'Markets fell'],
    ['KYIV, Ukraine — Officials said', null, 'Officials said'],
  ])('removes the dateline of %j', (line, agency, rest) => {
    expect(stripDateline(line)).toEqual({ agency, rest });
  });

  it.each([
    'NATO — the alliance said it was watching.',
    'WASHINGTON — a bare place could be an acronym.',
    'Kazakh President Tokayev, in a speech, said - nothing.',
    '- a list item',
    'The US - and its allies - disagreed.',
  ])('leaves %j alone', (line) => {
    expect(stripDateline(line)).toBeNull();
  });
});
