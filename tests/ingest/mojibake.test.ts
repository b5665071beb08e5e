import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/ingest/mojibake.ts';

/** Latin-1 mojibake of `text`: its UTF-8 bytes read as ISO-8859-1. */
const garbleLatin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('repairMojibake', () => {
  it.each([
    ['â€œ', '“'],
    ['â€˜', '‘'],
    ['â€™', '’'],
    ['â€”', '—'],
    ['â€“', '–'],
    ['â€¦', '…'],
    ['Ã©', 'é'],
    ['Ã¼', 'ü'],
    ['Â£', '£'],
  ])('repairs %s as %s', (broken, repaired) => {
    expect(repairMojibake(`a ${broken} b`)).toBe(`a ${repaired} b`);
  });

  it('takes a dangling â€ (its 0x9D byte lost) for a closing quote', () => {
    expect(repairMojibake('â€œYes,â€ he said')).toBe('“Yes,” he said');
    expect(repairMojibake('he said â€œyesâ€')).toBe('he said “yes”');
  });

  it('takes â€ before a straight quote for an em dash', () => {
    expect(repairMojibake('crisis â€" and')).toBe('crisis — and');
  });

  it('undoes Windows-1252 mojibake applied twice', () => {
    expect(repairMojibake('Ã¢â‚¬Å“Ã‚Â£5 Ãƒ©')).toBe('“£5 é');
  });

  it('undoes Latin-1 mojibake (C1 controls standing for 0x80–0x9F)', () => {
    expect(repairMojibake(garbleLatin1('the “élite” — 5 €'))).toBe('the “élite” — 5 €');
  });

  it('repairs Cyrillic', () => {
    expect(repairMojibake('Ð¢Ð¾ÐºÐ°ÐµÐ²')).toBe('Токаев');
  });

  it('leaves text alone when the bytes would decode to an implausible character', () => {
    expect(repairMojibake('„Fuß“')).toBe('„Fuß“');
    expect(repairMojibake('café…”')).toBe('café…”');
    expect(repairMojibake('Â“')).toBe('Â“');
  });

  it('reduces a long run of lead characters in one pass (each Â© is read as ©, then again)', () => {
    expect(repairMojibake(`${'Â'.repeat(200_000)}©`)).toBe('©');
  });
});
