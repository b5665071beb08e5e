// Reading tool versions and output tails.
import { describe, expect, it } from 'vitest';
import { lastLines, parseJavaMajor } from '../../src/neo4j/toolchain.ts';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
  ])('reads %s as %i', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('gives undefined for output without a version', () => {
    expect(parseJavaMajor('Error: could not find libjava.so')).toBeUndefined();
  });
});

describe('lastLines', () => {
  it('keeps the last non-empty lines', () => {
    expect(lastLines('a\n\nb\nc\n\n', 2)).toBe('b\nc');
  });

  it('drops terminal colour codes (Maven prints them even in batch mode)', () => {
    expect(lastLines('\x1b[0m[ERROR] Failed\n\x1b[0m\x1b[0m', 5)).toBe('[ERROR] Failed');
  });
});
