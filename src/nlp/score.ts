/**
 * Parser scorer in the CoNLL 2018 manner: punctuation counts; LAS compares the universal
 * relation (the part before ':'), and `LAS:sub` the full relation with its subtype. From raw
 * text, system and gold words are aligned by their character spans ignoring white space, and
 * each figure is an F1 over aligned words (with gold tokens it equals accuracy). Words inside a
 * multi-word token get the sub-span their form covers when the forms spell the token, else the
 * whole token's span, matched in order.
 */
import { noSpaceAfter, type UdSentence } from './conllu.ts';
import type { ParsedSentence } from './types.ts';

/** Counts from which the figures are computed. */
export interface ScoreCounts {
  goldWords: number;
  systemWords: number;
  alignedWords: number;
  goldSentences: number;
  systemSentences: number;
  alignedSentences: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  lasSub: number;
}

/** An empty count set. */
export function emptyCounts(): ScoreCounts {
  return { goldWords: 0, systemWords: 0, alignedWords: 0, goldSentences: 0, systemSentences: 0, alignedSentences: 0,
    upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, lasSub: 0 };
}

interface Word {
  /** Span in the text without white space. */
  start: number;
  end: number;
  upos: string;
  xpos: string;
  lemma: string;
  deprel: string;
  /** Index of the head among all words of the text, -1 for the root. */
  head: number;
}

const universal = (deprel: string) => deprel.split(':')[0]!;

/** Raw text of gold sentences rebuilt from their tokens and `SpaceAfter=No`: sentences joined by a space, paragraphs by a blank line. */
export function goldRawText(gold: UdSentence[]): string {
  let text = '';
  gold.forEach((sentence, s) => {
    if (s > 0) text += sentence.newPar ? '\n\n' : ' ';
    let sentenceText = '';
    for (const token of goldTokens(sentence)) sentenceText += token.form + (token.spaceAfter ? ' ' : '');
    text += sentenceText.trimEnd();
  });
  return text;
}

/** Written tokens of a gold sentence: multi-word tokens whole, with the words they cover. */
function goldTokens(sentence: UdSentence): { form: string; spaceAfter: boolean; words: number[] }[] {
  const tokens: { form: string; spaceAfter: boolean; words: number[] }[] = [];
  const byFirst = new Map(sentence.multiwords.map((multiword) => [multiword.first, multiword]));
  for (let i = 0; i < sentence.words.length; i++) {
    const multiword = byFirst.get(sentence.words[i]!.id);
    if (multiword) {
      const words: number[] = [];
      for (let j = i; j < sentence.words.length && sentence.words[j]!.id <= multiword.last; j++) words.push(j);
      tokens.push({ form: multiword.form, spaceAfter: !noSpaceAfter(multiword.misc), words });
      i += words.length - 1;
    } else tokens.push({ form: sentence.words[i]!.form, spaceAfter: !noSpaceAfter(sentence.words[i]!.misc), words: [i] });
  }
  return tokens;
}

/** Scores system sentences parsed from the gold tokens (one per gold sentence, same words). */
export function scoreGoldTokens(gold: UdSentence[], system: ParsedSentence[]): ScoreCounts {
  if (gold.length !== system.length) throw new Error(`score: ${gold.length} gold sentences but ${system.length} parsed`);
  const counts = emptyCounts();
  gold.forEach((sentence, s) => {
    const tokens = system[s]!.tokens;
    if (tokens.length !== sentence.words.length) {
      throw new Error(`score: sentence ${sentence.sentId} has ${sentence.words.length} words, parse has ${tokens.length}`);
    }
    counts.goldSentences++;
    counts.systemSentences++;
    counts.alignedSentences++;
    sentence.words.forEach((word, i) => {
      const token = tokens[i]!;
      counts.goldWords++;
      counts.systemWords++;
      counts.alignedWords++;
      if (token.upos === word.upos) counts.upos++;
      if (token.xpos === word.xpos) counts.xpos++;
      if (token.lemma === word.lemma) counts.lemma++;
      if (token.head === word.head - 1) {
        counts.uas++;
        if (universal(token.deprel) === universal(word.deprel)) counts.las++;
        if (token.deprel === word.deprel) counts.lasSub++;
      }
    });
  });
  return counts;
}

/** Scores sentences analysed from `text` (built by `goldRawText(gold)`) against the gold sentences. */
export function scoreRawText(gold: UdSentence[], text: string, system: ParsedSentence[]): ScoreCounts {
  const counts = emptyCounts();
  const goldWords: Word[] = [];
  const goldSentenceSpans: string[] = [];
  let at = 0;
  for (const sentence of gold) {
    const base = goldWords.length;
    const sentenceStart = at;
    for (const token of goldTokens(sentence)) {
      const forms = token.words.map((w) => sentence.words[w]!.form);
      const spells = forms.join('') === token.form;
      let inner = at;
      for (const w of token.words) {
        const word = sentence.words[w]!;
        const length = word.form.replace(/\s/g, '').length;
        const [start, end] = spells ? [inner, inner + length] : [at, at + nonSpaceLength(token.form)];
        inner += length;
        const head = word.head === 0 ? -1 : base + word.head - 1;
        goldWords.push({ start, end, upos: word.upos, xpos: word.xpos, lemma: word.lemma, deprel: word.deprel, head });
      }
      at += nonSpaceLength(token.form);
    }
    goldSentenceSpans.push(`${sentenceStart}:${at}`);
  }
  const position = nonSpacePositions(text);
  const systemWords: Word[] = [];
  const systemSentenceSpans = new Set<string>();
  for (const sentence of system) {
    const base = systemWords.length;
    for (const token of sentence.tokens) {
      systemWords.push({ start: position[token.start]!, end: position[token.end]!, upos: token.upos, xpos: token.xpos, lemma: token.lemma,
        deprel: token.deprel, head: token.head < 0 ? -1 : base + token.head });
    }
    systemSentenceSpans.add(`${position[sentence.start]}:${position[sentence.end]}`);
  }
  const alignment = align(goldWords, systemWords);
  counts.goldWords = goldWords.length;
  counts.systemWords = systemWords.length;
  counts.goldSentences = goldSentenceSpans.length;
  counts.systemSentences = systemSentenceSpans.size;
  counts.alignedSentences = goldSentenceSpans.filter((span) => systemSentenceSpans.has(span)).length;
  alignment.forEach((s, g) => {
    if (s < 0) return;
    const goldWord = goldWords[g]!;
    const systemWord = systemWords[s]!;
    counts.alignedWords++;
    if (goldWord.upos === systemWord.upos) counts.upos++;
    if (goldWord.xpos === systemWord.xpos) counts.xpos++;
    if (goldWord.lemma === systemWord.lemma) counts.lemma++;
    const headAligned = goldWord.head < 0 ? systemWord.head < 0 : alignment[goldWord.head] === systemWord.head && systemWord.head >= 0;
    if (headAligned) {
      counts.uas++;
      if (universal(goldWord.deprel) === universal(systemWord.deprel)) counts.las++;
      if (goldWord.deprel === systemWord.deprel) counts.lasSub++;
    }
  });
  return counts;
}

function nonSpaceLength(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** For every offset of `text` (and its end), the number of non-space characters before it. */
function nonSpacePositions(text: string): Int32Array {
  const positions = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    positions[i] = count;
    if (!/\s/.test(text[i]!)) count++;
  }
  positions[text.length] = count;
  return positions;
}

/** For each gold word, the index of the system word with the same span (the k-th of each side when spans repeat), or -1. */
function align(gold: Word[], system: Word[]): Int32Array {
  const alignment = new Int32Array(gold.length).fill(-1);
  const bySpan = new Map<string, number[]>();
  system.forEach((word, s) => {
    const key = `${word.start}:${word.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), s]);
  });
  const used = new Map<string, number>();
  gold.forEach((word, g) => {
    const key = `${word.start}:${word.end}`;
    const candidates = bySpan.get(key);
    const k = used.get(key) ?? 0;
    if (candidates && k < candidates.length) alignment[g] = candidates[k]!;
    used.set(key, k + 1);
  });
  return alignment;
}

/** The figures: F1 over words for each measure (accuracy when tokens are gold). */
export function figures(counts: ScoreCounts): Record<string, number> {
  const f1 = (correct: number) => (counts.goldWords + counts.systemWords === 0 ? 0 : (2 * correct) / (counts.goldWords + counts.systemWords));
  const sentences = counts.goldSentences + counts.systemSentences === 0 ? 0 : (2 * counts.alignedSentences) / (counts.goldSentences + counts.systemSentences);
  return { Sentences: sentences, Words: f1(counts.alignedWords), UPOS: f1(counts.upos), XPOS: f1(counts.xpos), Lemma: f1(counts.lemma),
    UAS: f1(counts.uas), LAS: f1(counts.las), 'LAS:sub': f1(counts.lasSub) };
}

/** One line of figures, `name=value` with four decimals. */
export function formatFigures(values: Record<string, number>, names = Object.keys(values)): string {
  return names.map((name) => `${name}=${values[name]!.toFixed(4)}`).join(' ');
}
