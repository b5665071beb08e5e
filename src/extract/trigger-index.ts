/**
 * The trigger lexicon compiled for matching: every inflected form of every trigger word
 * of the ontology, filed under its first token, so each sentence token costs one hash
 * lookup. Multi-word triggers inflect their first word ("took into custody").
 */
import type { Ontology, Trigger, TriggerWord } from '../ontology/types.ts';
import { nounForms, verbForms, type VerbForm } from './inflect.ts';
import { tokenize, type Token } from './tokens.ts';

export interface TriggerForm {
  trigger: Trigger;
  word: TriggerWord;
  /** Lower-case tokens to match. */
  tokens: string[];
  /** Verb form; nouns, adjectives and phrases are 'base'. */
  form: VerbForm;
}

export interface TriggerMatch extends TriggerForm {
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
}

export type TriggerIndex = Map<string, TriggerForm[]>;

/** Compiles the triggers of every relation type of the ontology. */
export function buildTriggerIndex(ontology: Ontology): TriggerIndex {
  const index: TriggerIndex = new Map();
  const add = (form: TriggerForm) => {
    const first = form.tokens[0]!;
    const list = index.get(first) ?? [];
    // "met" is past and participle: one entry is enough (frames accept either).
    if (list.some((other) => other.trigger === form.trigger && other.word === form.word && other.tokens.join(' ') === form.tokens.join(' '))) return;
    list.push(form);
    index.set(first, list);
  };
  for (const relation of ontology.relations.values()) {
    for (const trigger of relation.triggers) {
      for (const word of trigger.words) {
        // Split as the text is split ("son-in-law" is son, -, in, -, law).
        const tokens = tokenize(word.tokens.join(' ')).map((token) => token.lower);
        const [head = '', ...rest] = tokens;
        if (word.kind === 'verb') {
          for (const [inflected, form] of verbForms(head)) add({ trigger, word, tokens: [inflected, ...rest], form });
        } else if (word.kind === 'noun') {
          // Nouns inflect their last word: "member states", "telephone conversations".
          for (const plural of nounForms(tokens.at(-1)!)) add({ trigger, word, tokens: [...tokens.slice(0, -1), plural], form: 'base' });
        } else {
          add({ trigger, word, tokens, form: 'base' });
        }
      }
    }
  }
  // Longest first, so "telephone conversation" is tried before "telephone".
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/** Every trigger occurrence in a tokenised sentence (overlapping ones included). */
export function findTriggers(tokens: readonly Token[], index: TriggerIndex): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const forms = index.get(tokens[i]!.lower);
    if (!forms) continue;
    for (const form of forms) {
      // Written out rather than spread: this runs for every trigger word of every sentence.
      if (startsAt(tokens, i, form.tokens)) matches.push({ trigger: form.trigger, word: form.word, tokens: form.tokens, form: form.form, start: i, end: i + form.tokens.length });
    }
  }
  if (matches.length < 2) return matches;
  // A trigger inside a longer one of the same relation ("minister" in "defence minister") adds nothing.
  return matches.filter(
    (match) =>
      !matches.some(
        (other) => other !== match && other.trigger.relation === match.trigger.relation && other.start <= match.start && other.end >= match.end && other.end - other.start > match.end - match.start,
      ),
  );
}

/** Whether the lower-case `words` are the tokens from `from` on. */
function startsAt(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  if (from + words.length > tokens.length) return false;
  // words[0] is the key the form was found under.
  for (let k = 1; k < words.length; k++) if (tokens[from + k]!.lower !== words[k]) return false;
  return true;
}
