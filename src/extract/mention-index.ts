/**
 * The lookup tables the mention finder needs, built once per catalog and ontology:
 * catalog names and aliases (and people's surnames) in a trie over folded tokens, acronyms,
 * demonyms, role nouns, group nouns, and the folding of text tokens, memoised.
 */
import { foldToken, nameKey, normalizeName } from '../catalog/normalize.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Ontology } from '../ontology/types.ts';
import { nounForms } from './inflect.ts';
import { PhraseTrie } from './phrase-trie.ts';
import type { Token } from './tokens.ts';

/** A catalog actor a name can refer to; `partial` for a surname or first name alone. */
export interface NameEntry {
  id: string;
  partial: boolean;
}

export interface MentionIndex {
  catalog: Catalog;
  ontology: Ontology;
  names: PhraseTrie<NameEntry>;
  /** Case-sensitive acronyms ("US", "KNB") → actor ids. */
  acronyms: Map<string, string[]>;
  /** Demonyms over folded tokens ("kazak", "sri lankan") → country id. */
  demonyms: PhraseTrie<string>;
  /** Role nouns (lower-case tokens) → role as the `role` property writes it. */
  roles: PhraseTrie<string>;
  /** Group nouns (lower-case tokens) → group id. */
  groups: PhraseTrie<string>;
}

/** Key of a token for name lookup: its folded units ("Kassym" → ["kasim"]); [] for "-". */
const unitMemo = new Map<string, string[]>();
const UNIT_MEMO_LIMIT = 100_000;
const BLOCK = ['\u0000'];

/** The folded name keys of one token; punctuation other than hyphens blocks a match. */
export function tokenKeys(token: Token): string[] {
  let keys = unitMemo.get(token.text);
  if (keys) return keys;
  const normalized = normalizeName(token.text);
  keys = normalized ? normalized.split(' ').map(foldToken) : /^[-‐‑]$/.test(token.text) ? [] : BLOCK;
  if (unitMemo.size >= UNIT_MEMO_LIMIT) unitMemo.clear();
  unitMemo.set(token.text, keys);
  return keys;
}

/** Builds the lookup tables for a catalog and an ontology. */
export function buildMentionIndex(catalog: Catalog, ontology: Ontology): MentionIndex {
  const names = new PhraseTrie<NameEntry>();
  for (const [key, ids] of catalog.byAlias) {
    for (const id of ids) names.add(key.split(' '), { id, partial: false });
  }
  for (const [key, ids] of catalog.bySurname ?? []) {
    for (const id of ids) names.add(key.split(' '), { id, partial: true });
  }
  const demonyms = new PhraseTrie<string>();
  for (const actor of catalog.actors) {
    for (const demonym of actor.demonyms ?? []) demonyms.add(nameKey(demonym).split(' '), actor.id);
  }
  const roles = new PhraseTrie<string>();
  const roleWords = ontology.relations.get('HOLDS_ROLE')?.triggers.flatMap((trigger) => trigger.words) ?? [];
  for (const word of [...roleWords, { tokens: ['counterpart'], value: 'counterpart' }]) {
    // Plurals ("the leaders of", "heads of state") are listed too; resolution treats them as titles, not people.
    const head = word.tokens.includes('of') ? word.tokens.indexOf('of') - 1 : word.tokens.length - 1;
    for (const form of nounForms(word.tokens[head]!)) roles.add(word.tokens.with(head, form), word.value);
  }
  const groups = new PhraseTrie<string>();
  for (const [id, phrases] of ontology.lexicon.groups) {
    for (const phrase of phrases) groups.add(phrase.split(' '), id);
  }
  return { catalog, ontology, names, acronyms: catalog.byAcronym ?? new Map(), demonyms, roles, groups };
}
