// Hand-checked UD parses as the extractor's input: a CoNLL-U file becomes one article whose
// sentences come already tokenized, tagged and parsed, so relation reading is tested apart
// from the statistical parser.
import { readFileSync } from 'node:fs';
import { parseConllu } from '../../src/nlp/conllu.ts';
import type { ParsedSentence, Token } from '../../src/nlp/types.ts';

export interface ParsedArticle {
  text: string;
  sentences: ParsedSentence[];
  /** Sentence by its `# sent_id`. */
  byId: Map<string, ParsedSentence>;
}

/** Reads a CoNLL-U file; sentences are joined by one space, each token placed at its form in `# text`. */
export function readParsedArticle(path: string): ParsedArticle {
  const sentences: ParsedSentence[] = [];
  const byId = new Map<string, ParsedSentence>();
  let offset = 0;
  for (const [index, sentence] of parseConllu(readFileSync(path, 'utf8'), path).entries()) {
    let at = 0;
    const tokens: Token[] = sentence.words.map((word, position) => {
      const found = sentence.text.indexOf(word.form, at);
      if (found < 0) throw new Error(`${path}:${sentence.line}: "${word.form}" is not in the sentence text`);
      at = found + word.form.length;
      return {
        index: position,
        form: word.form,
        start: offset + found,
        end: offset + at,
        lemma: word.lemma,
        upos: word.upos,
        xpos: word.xpos,
        feats: word.feats === '_' ? '' : word.feats,
        head: word.head - 1,
        deprel: word.deprel,
        entity: 'O',
      };
    });
    const parsed = { index, start: offset, end: offset + sentence.text.length, text: sentence.text, tokens };
    sentences.push(parsed);
    if (byId.has(sentence.sentId)) throw new Error(`${path}: sent_id ${sentence.sentId} is used twice`);
    byId.set(sentence.sentId, parsed);
    offset += sentence.text.length + 1;
  }
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences, byId };
}
