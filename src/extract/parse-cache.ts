/**
 * Parses kept on disk, keyed by the hash of the model file and of the text they were parsed
 * from, so that re-extracting a corpus after a catalog or ontology change costs the rule pass
 * only. One small file per article text under the cache folder (`.kg/cache/parses` for
 * `kg seed` and `kg extract`); nothing is held in memory, so memory stays flat in corpus size.
 * A file that cannot be read back is parsed again and rewritten.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../atomic-write.ts';
import type { ParsedSentence, Token } from '../nlp/types.ts';

/** A token as stored: the fields in a fixed order. */
type StoredToken = [string, number, number, string, string, string, string, number, string, string];
type StoredSentence = [number, number, number, StoredToken[]];

const FORMAT = 1;

/** Digest of a file's bytes: the model's identity in cache keys. */
export function fileDigest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Wraps `analyze` with the cache in `dir`; `modelId` names the model (its file digest), so a
 * retrained model never reads another model's parses.
 */
export function cachedAnalyzer(dir: string, modelId: string, analyze: (text: string) => ParsedSentence[]): (text: string) => ParsedSentence[] {
  return (text) => {
    const key = createHash('sha256').update(`${FORMAT}\u0000${modelId}\u0000`).update(text).digest('hex');
    const folder = join(dir, key.slice(0, 2));
    const file = join(folder, `${key}.json`);
    const stored = read(file, text);
    if (stored) return stored;
    const parsed = analyze(text);
    mkdirSync(folder, { recursive: true });
    writeFileAtomicSync(file, JSON.stringify(parsed.map(store)));
    return parsed;
  };
}

function read(file: string, text: string): ParsedSentence[] | undefined {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const sentences = (JSON.parse(content) as StoredSentence[]).map((sentence) => restore(sentence, text));
    return sentences.every((sentence) => sentence.text === text.slice(sentence.start, sentence.end)) ? sentences : undefined;
  } catch {
    return undefined;
  }
}

function store(sentence: ParsedSentence): StoredSentence {
  const tokens = sentence.tokens.map((token): StoredToken => [
    token.form, token.start, token.end, token.lemma, token.upos, token.xpos, token.feats, token.head, token.deprel, token.entity,
  ]);
  return [sentence.index, sentence.start, sentence.end, tokens];
}

function restore([index, start, end, tokens]: StoredSentence, text: string): ParsedSentence {
  return {
    index,
    start,
    end,
    text: text.slice(start, end),
    tokens: tokens.map(([form, tokenStart, tokenEnd, lemma, upos, xpos, feats, head, deprel, entity], position): Token => ({
      index: position, form, start: tokenStart, end: tokenEnd, lemma, upos, xpos, feats, head, deprel, entity,
    })),
  };
}
