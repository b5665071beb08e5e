import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineFingerprint } from '../../src/extract/fingerprint.ts';

describe('pipelineFingerprint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-fingerprint-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('depends on the contents of the given files, not on their paths', () => {
    const catalog = file('a.yaml', 'actors: []\n');
    const copy = file('b.yaml', 'actors: []\n');
    const edited = file('c.yaml', 'actors: [{id: x, name: X, type: Group}]\n');
    expect(pipelineFingerprint([catalog])).toBe(pipelineFingerprint([copy]));
    expect(pipelineFingerprint([edited])).not.toBe(pipelineFingerprint([catalog]));
    expect(pipelineFingerprint([catalog, edited])).not.toBe(pipelineFingerprint([catalog]));
  });
});
