/**
 * What the text says about a proper name the knowledge base lacks, read from the parse: a
 * person noun before it ("lawyer X"), a role after it ("X as vice president"), an age ("X, 43,"),
 * an apposition ("X, a spokesman"), a person's name shape (`flat` words, a given name or a world
 * leader's name of the knowledge base), a bracketed acronym after an organisation's name, and
 * what GUM's entity annotation taught about head words and prepositions (knowledge/name-cues.json).
 * The mention finder (mentions.ts) types unknown names with these cues.
 */
import { nameKey } from '../catalog/normalize.ts';
import type { ParsedSentence, Token } from '../nlp/types.ts';
import type { MentionIndex } from './mention-index.ts';

/** One sentence with what the finder asks of each token, computed once. */
export interface View {
  sentence: ParsedSentence;
  tokens: readonly Token[];
  /** Lower-case forms, with ’ written as '. */
  lowers: string[];
  /** Lower-case lemmas. */
  lemmas: string[];
  folded: Folded;
  index: MentionIndex;
}

/** The sentence's tokens folded once for name lookup: one key sequence plus token boundaries. */
export interface Folded {
  keys: string[];
  /** Index in `keys` of each token's first key (and the total at the end). */
  keyStart: number[];
  /** Token end for a key position that ends a token, else -1. */
  tokenEndAt: number[];
}

/** The first token of the run `from`…`end - 1` whose head lies outside it: where the run hangs in the sentence. */
function runHead(tokens: readonly Token[], from: number, end: number): Token | undefined {
  return tokens.slice(from, end).find((token) => token.head < from || token.head >= end);
}

/** True for a token that starts with an upper-case letter. */
export function isCapitalized(token: Token): boolean {
  const first = token.form[0] ?? '';
  return first !== first.toLowerCase();
}

/** Whether a title or role noun is written at `i` (ignoring the period of "Gen."). */
export function isTitle(view: View, i: number): boolean {
  const word = view.lowers[i]?.replace(/\.$/, '') ?? '';
  return view.index.ontology.lexicon.personTitles.has(word) || !!view.index.roles.longest([word], 0);
}

/**
 * Whether a person noun of the knowledge base (one or two words) or a kinship noun stands right before token `from`:
 * "lawyer X", "opposition activist X", "his son X", "his sons X and Y" (the later names of such a list too).
 */
export function followsPersonNoun(view: View, from: number): boolean {
  const { lowers, lemmas, tokens, index } = view;
  if (from === 0) return false;
  const before = lowers[from - 1]!;
  if (index.kinNouns.has(lemmas[from - 1]!) && tokens[from - 1]!.upos === 'NOUN') return true;
  if (index.personNouns.has(before) || index.kinNouns.has(before) || (from > 1 && index.personNouns.has(`${lowers[from - 2]} ${before}`))) return true;
  // "his sons Uday and Qusay": a later conjunct of a name the noun stands before.
  const first = tokens[from]!.deprel === 'conj' ? tokens[from]!.head : -1;
  return first > 0 && first < from && tokens[first]!.upos === 'PROPN' && index.kinNouns.has(lemmas[first - 1]!) && tokens[first - 1]!.upos === 'NOUN';
}

/** "appointed X as vice president": a preposition right after the name marks a role noun of the same predicate. */
export function hasRoleAfter(view: View, from: number, end: number): boolean {
  const { tokens } = view;
  const marker = tokens[end];
  if (marker?.upos !== 'ADP' || marker.deprel !== 'case' || marker.head <= end) return false;
  const role = tokens[marker.head]!;
  const head = runHead(tokens, from, end);
  return !!head && role.head === head.head && head.head >= 0 && isTitle(view, role.index);
}

/**
 * "former CEO of Norges Statsbaner", "Nintendo's managing director": the name hangs on a title only organisations
 * give (`organizationTitles`), by a possessive or an owner marker ("of").
 */
export function ownsOrganizationTitle(view: View, from: number, end: number): boolean {
  const { tokens, lowers, lemmas, index } = view;
  const head = runHead(tokens, from, end);
  if (!head || head.head < 0) return false;
  const { organizationTitles: titles, ownerMarkers } = index.ontology.lexicon;
  const marked = tokens.some((token) => token.head === head.index && token.deprel === 'case' && ownerMarkers.has(lowers[token.index]!));
  if (head.deprel !== 'nmod:poss' && !(head.deprel === 'nmod' && marked)) return false;
  const title = head.head;
  for (let first = Math.max(0, title - 2); first <= title; first++) {
    const words = lowers.slice(first, title);
    if (titles.has([...words, lowers[title]].join(' ')) || titles.has([...words, lemmas[title]].join(' '))) return true;
  }
  return false;
}

/** "X, 43, said": an age between commas (or before the sentence's end) right after the name. */
export function isAgeAfter(view: View, end: number): boolean {
  const { tokens } = view;
  const age = tokens[end + 1];
  return tokens[end]?.form === ',' && age?.upos === 'NUM' && /^\d{1,3}$/.test(age.form) && (tokens[end + 2] === undefined || tokens[end + 2]!.upos === 'PUNCT');
}

/** "Assad", "Bashar al-Assad": the name or surname of a world leader of the knowledge base (proper nouns only). */
export function isLeaderName(view: View, from: number, end: number): boolean {
  const words = view.tokens.slice(from, end);
  if (!words.every((token) => token.upos === 'PROPN' || token.form === '-' || !isCapitalized(token))) return false;
  return view.index.leaderNames.has(nameKey(view.sentence.text.slice(words[0]!.start - view.sentence.start, words.at(-1)!.end - view.sentence.start)));
}

/** "Kwame Nkrumah": proper nouns only, the first a given name the knowledge base knows. */
export function startsWithGivenName(view: View, from: number, end: number): boolean {
  return view.index.givenNames.has(view.tokens[from]!.form) && view.tokens.slice(from, end).every((token) => token.upos === 'PROPN' || token.form === '-');
}

/** A person's name shape: every word after the first joined to the run by `flat` ("Mamadi Doumbouya"). */
export function isFlatName(view: View, from: number, end: number): boolean {
  for (let i = from + 1; i < end; i++) {
    const token = view.tokens[i]!;
    if (!token.deprel.startsWith('flat') || token.head < from || token.head >= end) return false;
  }
  return true;
}

/**
 * "X, 43," or "X, a spokesman for Y": the run's head has an apposition giving an age or a title;
 * "the alleged killer, X,": the run is the apposition of a person noun.
 */
export function hasPersonApposition(view: View, from: number, end: number): boolean {
  const { tokens, lemmas, index } = view;
  const head = runHead(tokens, from, end);
  if (!head) return false;
  const described = head.deprel === 'appos' && head.head >= 0 && tokens[head.head]!.upos === 'NOUN' && index.personNouns.has(lemmas[head.head]!);
  return described || tokens.some((token, i) => token.head === head.index && token.deprel === 'appos' && (token.upos === 'NUM' || isTitle(view, i)));
}

/** "the Maoist organization, Sendero Luminoso", "X, a rebel group,": the run is in apposition to a common noun that names an organisation. */
export function hasOrganizationApposition(view: View, from: number, end: number): boolean {
  const { tokens, lemmas, index } = view;
  const head = runHead(tokens, from, end);
  if (!head) return false;
  const cue = (i: number) => i >= 0 && tokens[i]!.upos === 'NOUN' && index.ontology.lexicon.organizationCues.has(lemmas[i]!);
  if (head.deprel === 'appos' && cue(head.head)) return true;
  return tokens.some((token, i) => token.head === head.index && token.deprel === 'appos' && cue(i));
}

/**
 * "the son of Amdir", "Pharasmanes' son", "Amroth is the son of …", "Amroth, the son of …": a name a
 * kinship noun relates (its `of` or possessive dependent, its subject, or the name it is in apposition to) is a person.
 */
export function isKinOfRelated(view: View, from: number, end: number): boolean {
  const { tokens } = view;
  const head = runHead(tokens, from, end);
  if (!head) return false;
  if (isKinNoun(view, head.head) && ['nmod', 'nmod:poss', 'nsubj', 'appos'].includes(head.deprel)) return true;
  return tokens.some((token, i) => token.head === head.index && token.deprel === 'appos' && isKinNoun(view, i));
}

/**
 * "X married Y", "was born to Y and Z": a name that is an argument of a verb of relations between people only
 * (its subject, object or "to" phrase, or a later conjunct of one) is a person.
 */
export function isKinVerbArgument(view: View, from: number, end: number): boolean {
  const { tokens, lemmas, index } = view;
  const head = runHead(tokens, from, end);
  if (!head) return false;
  const first = head.deprel === 'conj' && head.head >= 0 && head.head < from ? tokens[head.head]! : head;
  const verb = tokens[first.head];
  if (verb?.upos !== 'VERB' || !index.kinVerbs.has(lemmas[verb.index]!)) return false;
  // "born to Y", not "born in England".
  const marker = (word: string) => tokens.some((token) => token.head === first.index && token.deprel === 'case' && view.lowers[token.index] === word);
  return first.deprel === 'obl' ? marker('to') : KIN_VERB_ARGUMENTS.has(first.deprel);
}

/** Where a kinship verb's people stand besides its "to" phrase. */
const KIN_VERB_ARGUMENTS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass', 'obj']);

/** Whether token `i` is a kinship noun ("son", "wife"); a module function, not a closure per call (tsx names each closure it makes). */
function isKinNoun(view: View, i: number): boolean {
  return i >= 0 && view.tokens[i]!.upos === 'NOUN' && view.index.kinNouns.has(view.lemmas[i]!);
}

/** An all-capitals word of two letters or more: "NATO", "FBI". */
export const isAcronym = (form: string): boolean => /^\p{Lu}{2,}$/u.test(form);

/** "Economic Community of West African States (ECOWAS)": an all-capitals acronym in brackets after the run, starting with its initial. */
export function bracketedAcronymAfter(view: View, from: number, end: number): boolean {
  const { tokens } = view;
  const acronym = tokens[end + 1]?.form ?? '';
  return tokens[end]?.form === '(' && tokens[end + 2]?.form === ')' && isAcronym(acronym) && acronym[0] === tokens[from]!.form[0]!.toUpperCase();
}

/**
 * What the cues learnt from GUM say a run names: `organization` when its head is an
 * organisation word ("Harvard University"), `none` when its head is a
 * place or other word ("Airport", "War", "English"), a place noun starts it ("Lake Erie") or a
 * preposition that marks no actor governs it ("in Fort Lee"); undefined when they say nothing.
 */
export function learntKind(view: View, from: number, end: number): 'organization' | 'none' | undefined {
  const { tokens, lowers, index } = view;
  const head = runHead(tokens, from, end) ?? tokens[end - 1]!;
  const word = lowers[head.index]!;
  if (index.heads.organization.has(word)) return 'organization';
  if (index.heads.place.has(word) || index.heads.other.has(word)) return 'none';
  // "Lake Erie", "Port Hutt": a place noun first; alone it may be a surname ("Hill"), and a given name starts a person's ("Maria Gonzalez").
  if (end - from > 1 && index.placeNouns.has(lowers[from]!) && !index.givenNames.has(tokens[from]!.form)) return 'none';
  const marker = tokens.find((token) => token.head === head.index && token.deprel === 'case' && token.index < from);
  return marker && index.nonActorMarkers.has(lowers[marker.index]!) ? 'none' : undefined;
}
