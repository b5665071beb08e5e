// The parse cache: a second extraction of the same text reads the parse back instead of
// parsing, gives the same result, and a damaged cache file is parsed again.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedAnalyzer } from '../../src/extract/parse-cache.ts';
import type { ParsedSentence } from '../../src/nlp/types.ts';

const text = 'Police detained Masimov. He was charged.';

/** A stand-in parser that counts its calls; its output shape is what the cache must keep. */
function countingParser() {
  const calls: string[] = [];
  const analyze = (input: string): ParsedSentence[] => {
    calls.push(input);
    return [{ index: 0, start: 0, end: 24, text: input.slice(0, 24), tokens: [
      { index: 0, form: 'Police', start: 0, end: 6, lemma: 'police', upos: 'NOUN', xpos: 'NNS', feats: '', head: 1, deprel: 'nsubj', entity: 'O' },
      { index: 1, form: 'detained', start: 7, end: 15, lemma: 'detain', upos: 'VERB', xpos: 'VBD', feats: 'Tense=Past', head: -1, deprel: 'root', entity: 'O' },
    ] }];
  };
  return { calls, analyze };
}

describe('parse cache', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-parses-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('parses a text once and reads the same parse back', () => {
    const dir = fresh();
    const parser = countingParser();
    const first = cachedAnalyzer(dir, 'model-a', parser.analyze)(text);
    const second = cachedAnalyzer(dir, 'model-a', parser.analyze)(text);
    expect(parser.calls).toHaveLength(1);
    expect(second).toEqual(first);
  });

  it('keeps the parses of different models apart', () => {
    const dir = fresh();
    const parser = countingParser();
    cachedAnalyzer(dir, 'model-a', parser.analyze)(text);
    cachedAnalyzer(dir, 'model-b', parser.analyze)(text);
    expect(parser.calls).toHaveLength(2);
  });

  it('parses again when a cache file is damaged', () => {
    const dir = fresh();
    const parser = countingParser();
    cachedAnalyzer(dir, 'model-a', parser.analyze)(text);
    const [folder] = readdirSync(dir);
    const [file] = readdirSync(join(dir, folder!));
    writeFileSync(join(dir, folder!, file!), '[[0, 0, 24, [["Pol');
    expect(cachedAnalyzer(dir, 'model-a', parser.analyze)(text)[0]!.tokens[1]!.lemma).toBe('detain');
    expect(parser.calls).toHaveLength(2);
  });
});
