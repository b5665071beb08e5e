import { describe, expect, it } from 'vitest';
import { cleanInline, cleanText } from '../../src/ingest/clean-text.ts';

describe('cleanText', () => {
  it('collapses repeated spaces and tabs inside lines and trims line ends', () => {
    expect(cleanText('  Two   spaces\tand a tab.   ')).toBe('Two spaces and a tab.');
  });

  it('keeps one blank line between paragraphs, whatever was there', () => {
    expect(cleanText('\n\nFirst.\n \n\t\n\nSecond.\n\n\n')).toBe('First.\n\nSecond.');
  });

  it('keeps a line break after a sentence end, and before list items and headings', () => {
    expect(cleanText('He said so.\nThen he left.')).toBe('He said so.\nThen he left.');
    expect(cleanText('The demands were\n- lower prices\n## Reactions')).toBe('The demands were\n- lower prices\n## Reactions');
  });

  it('counts a sentence end inside closing quotes and brackets', () => {
    expect(cleanText('“We will stay.”\nHe left (for now.)\nNext')).toBe('“We will stay.”\nHe left (for now.)\nNext');
  });

  it('joins a word hyphenated across lines without a space', () => {
    expect(cleanText('a pro-\nRussian stance')).toBe('a pro-Russian stance');
  });

  it('turns CR, CRLF and Unicode line and paragraph separators into LF', () => {
    expect(cleanText('One.\rTwo.\r\nThree.\u2029Four.\u2028Five.')).toBe('One.\nTwo.\nThree.\n\nFour.\nFive.');
  });

  it('removes byte order marks and control characters', () => {
    expect(cleanText('\ufeffSome\u0007 text\u0000.')).toBe('Some text.');
  });

  it('normalises to NFC', () => {
    expect(cleanText('Cafe\u0301 owners.')).toBe('Caf\u00e9 owners.');
  });

  it('keeps curly quotes and the author’s other characters', () => {
    const text = '“Non-stop” — 50 % of ‘them’ … naïve';
    expect(cleanText(text)).toBe(text);
  });
});

describe('cleanInline', () => {
  it('puts a value on one line and repairs it', () => {
    expect(cleanInline('  The countryâ€™s\n  crisis ')).toBe('The country’s crisis');
  });

  it('turns a blank value into null', () => {
    expect(cleanInline(' \n ')).toBeNull();
  });
});
