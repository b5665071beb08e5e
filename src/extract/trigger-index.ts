/**
 * The trigger lexicon compiled for matching parsed sentences: every trigger word of the
 * ontology filed under its first word, matched against a token's lower-case form or its
 * lemma (so "met", "meets" and "meeting" the verb all find "meet"), with the part of speech
 * the trigger's kind requires ("the attacks" is a noun, not the verb "attack").
 */
import type { Token } from '../nlp/types.ts';
import type { Ontology, Trigger, TriggerKind, TriggerWord } from '../ontology/types.ts';
import { spanHead } from './dependency-graph.ts';

export interface TriggerForm {
  trigger: Trigger;
  word: TriggerWord;
}

export interface TriggerMatch extends TriggerForm {
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
  /** The syntactic head of the matched words: where the frames' paths start. */
  head: number;
  /**
   * The noun a verb trigger's final preposition marks when the preposition stands apart
   * from the verb ("fired tear gas | at | crowds" for "fire at").
   */
  object?: number;
}

export type TriggerIndex = Map<string, TriggerForm[]>;

/** Parts of speech the head word of each kind of trigger may have. */
const HEAD_TAGS: Record<TriggerKind, ReadonlySet<string> | undefined> = {
  verb: new Set(['VERB']),
  noun: new Set(['NOUN', 'PROPN']),
  adjective: new Set(['ADJ', 'VERB']),
  phrase: undefined,
};

/** Compiles the triggers of every relation type of the ontology. */
export function buildTriggerIndex(ontology: Ontology): TriggerIndex {
  const index: TriggerIndex = new Map();
  for (const relation of ontology.relations.values()) {
    for (const trigger of relation.triggers) {
      for (const word of trigger.words) {
        // Filed under the first word as written and, when hyphenated, under its first part: the tokenizer splits
        // "secretary-general" into secretary, -, general unless the treebanks keep the word whole.
        const first = word.tokens[0]!;
        for (const key of new Set([first, first.split('-')[0]!])) {
          const list = index.get(key) ?? [];
          list.push({ trigger, word });
          index.set(key, list);
        }
      }
    }
  }
  // Longest first, counted as spelt in tokens: "telephone conversation" before "telephone", "secretary-general"
  // (secretary, -, general) before "secretary".
  const spelt = (words: readonly string[]) => words.reduce((count, word) => count + hyphenParts(word).length, 0);
  for (const list of index.values()) list.sort((a, b) => spelt(b.word.tokens) - spelt(a.word.tokens));
  return index;
}

/**
 * The token's lemma with a final "e" when it is a verb whose lemma may have lost one: the
 * lemmatizer strips the ending of a verb it never saw by the commonest rule and may drop a
 * silent e with it ("rebuked" → "rebuk", "telephoned" → "telephon").
 */
function silentE(token: Token): string | undefined {
  return token.upos === 'VERB' && !token.lemma.endsWith('e') ? `${token.lemma}e` : undefined;
}

/** Whether `token` spells trigger word `word` (form or lemma). */
function spells(token: Token, word: string): boolean {
  return token.form.toLowerCase() === word || token.lemma === word || (word.length === token.lemma.length + 1 && silentE(token) === word);
}

/** Every trigger occurrence in a parsed sentence (overlapping ones of different relations included). */
export function findTriggers(tokens: readonly Token[], index: TriggerIndex): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.form.toLowerCase();
    const forms = index.get(lower) ?? [];
    const restored = silentE(token);
    const byLemma = (token.lemma !== lower ? index.get(token.lemma) : undefined) ?? (restored ? index.get(restored) : undefined);
    for (const form of byLemma ? [...forms, ...byLemma] : forms) {
      const words = form.word.tokens;
      const end = wordsEndAt(tokens, i, words);
      if (end >= 0) {
        const head = headOf(tokens, i, end, form.word.kind);
        if (head >= 0) matches.push({ trigger: form.trigger, word: form.word, start: i, end, head });
        continue;
      }
      const apart = form.word.kind === 'verb' && words.length > 1 ? separatedPreposition(tokens, i, words) : undefined;
      if (apart && headOf(tokens, i, apart.end, 'verb') >= 0) {
        matches.push({ trigger: form.trigger, word: form.word, start: i, end: apart.end, head: i, object: apart.object });
      }
    }
  }
  if (matches.length < 2) return matches;
  // A trigger inside a longer one of the same relation ("minister" in "defence minister") adds nothing, nor does the
  // same trigger found twice (by form and by lemma); two triggers of one word keep their own frames ("headed": the
  // hyphen phrase of "X-headed" and the verb "head").
  return matches.filter(
    (match, position) =>
      !matches.some(
        (other, otherPosition) =>
          other.trigger.relation === match.trigger.relation &&
          other.start <= match.start &&
          other.end >= match.end &&
          (other.end - other.start > match.end - match.start ||
            (other.end - other.start === match.end - match.start && other.trigger === match.trigger && otherPosition < position)),
      ),
  );
}

/** A word as the tokenizer splits it, each hyphen its own token: "son-in-law" → son, -, in, -, law. */
export function hyphenParts(word: string): string[] {
  return word.split(/(-)/).filter(Boolean);
}

/**
 * End of the trigger words when they are spelt from token `from` on, hyphens standing
 * as their own tokens ("son-in-law" is son, -, in, -, law); -1 when they are not.
 */
function wordsEndAt(tokens: readonly Token[], from: number, words: readonly string[]): number {
  let at = from;
  for (const word of words) {
    const parts = hyphenParts(word);
    if (parts.length > 1 && tokens[at] && spells(tokens[at]!, word)) {
      at++;
      continue;
    }
    for (const part of parts) {
      const token = tokens[at];
      if (!token || !spells(token, part)) return -1;
      at++;
    }
  }
  return at;
}

/**
 * "fire at" in "fired tear gas at crowds": the words but the last spelt from `from` on, and
 * an oblique dependent of the verb marked by the last word; its end and that dependent.
 */
function separatedPreposition(tokens: readonly Token[], from: number, words: readonly string[]): { end: number; object: number } | undefined {
  const end = wordsEndAt(tokens, from, words.slice(0, -1));
  if (end < 0) return undefined;
  const preposition = words.at(-1)!;
  for (const token of tokens) {
    if (token.deprel !== 'case' || token.form.toLowerCase() !== preposition || token.head < 0) continue;
    const noun = tokens[token.head]!;
    if (noun.head === from && noun.deprel.startsWith('obl')) return { end, object: noun.index };
  }
  return undefined;
}

/** The token of [start, end) whose head lies outside it, if its tag suits the trigger's kind; else -1. */
function headOf(tokens: readonly Token[], start: number, end: number, kind: TriggerKind): number {
  // Verbs head their particles and prepositions even when the parse hangs those elsewhere.
  const head = kind === 'verb' || kind === 'adjective' || kind === 'phrase' ? start : spanHead(tokens, start, end);
  // "Israel is much closer to Iraq": a comparative compares; it states no tie.
  if (kind === 'adjective' && tokens[head]!.feats.includes('Degree=Cmp')) return -1;
  const tags = HEAD_TAGS[kind];
  if (!tags || tags.has(tokens[head]!.upos)) return head;
  // "a longtime critic of X" tagged as an adjective: a word with its own article is a noun.
  return kind === 'noun' && tokens[head]!.upos === 'ADJ' && tokens.some((token) => token.head === head && token.deprel === 'det') ? head : -1;
}
