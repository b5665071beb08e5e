/**
 * Finds the actor mentions of one parsed sentence (src/nlp tokens): catalog names and
 * aliases (longest match over folded forms, so spellings and transliterations meet), armed
 * forces named by a demonym ("the Russian army"), group nouns ("demonstrators"), role nouns
 * ("the Kazakh president", "his Russian counterpart"), third-person pronouns, descriptions
 * ("the bloc", "them"), and proper names the knowledge base lacks, kept when the text types
 * them: a title or role before them, an organisation word in or before them, an acronym in
 * brackets after them, an apposition (an age, a role), or a person's name shape (words joined
 * by `flat`). Parts of speech, features and the parse decide what word lists used to; the
 * word lists left are the ontology's lexicon. Resolution to actor ids is in resolution.ts.
 */
import { nameKey, slugify } from '../catalog/normalize.ts';
import type { ActorType } from '../document/types.ts';
import type { ParsedSentence, Token } from '../nlp/types.ts';
import type { DescriptionKind, Gender } from '../ontology/lexicon.ts';
import { tokenKeys, type MentionIndex, type NameEntry } from './mention-index.ts';
import {
  bracketedAcronymAfter,
  followsPersonNoun,
  hasOrganizationApposition,
  hasPersonApposition,
  isKinOfRelated,
  isKinVerbArgument,
  hasRoleAfter,
  isAcronym,
  isAgeAfter,
  isCapitalized,
  isFlatName,
  isLeaderName,
  isTitle,
  ownsOrganizationTitle,
  learntKind,
  startsWithGivenName,
  type Folded,
  type View,
} from './name-cues.ts';
import { withoutPhotoCredit } from './photo-credits.ts';

interface MentionBase {
  /** Token span [start, end) in `sentence.tokens`. */
  start: number;
  end: number;
  /** Character span in the article. */
  charStart: number;
  charEnd: number;
  /** The article's text of the span. */
  text: string;
  /** Followed by possessive 's. */
  possessive: boolean;
}

export type PronounCase = 'subject' | 'object' | 'possessive';

export type RawMention = MentionBase &
  (
    | { kind: 'name'; entries: NameEntry[] }
    | { kind: 'forces'; actorId: string }
    | { kind: 'demonym'; country: string }
    | { kind: 'group'; groupId: string }
    | { kind: 'role'; role: string; country?: string; former: boolean; plural: boolean; possessor?: Gender }
    | { kind: 'pronoun'; gender: Gender; case: PronounCase }
    | { kind: 'unknown'; name: string; guessedType: ActorType; weak: boolean; gender?: Gender; nonActor?: true; shapeOnly?: true }
    | { kind: 'description'; refers: DescriptionKind }
  );

/** A Roman numeral as written after a monarch's or pope's name. */
const REGNAL_NUMBER = /^(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})$/;

/** Parts of speech that may continue a proper name, and start one except as a sentence's first word. */
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
/** Parts of speech of the modifiers that belong to a collective's name ("human rights organizations"). */
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Relations that join lower-case words into a proper name ("Ministry of the Interior", "Ursula von der Leyen"). */
const CONNECTOR_TAGS = new Set(['ADP', 'DET', 'PROPN']);
/** Most modifiers kept before a collective noun. */
const MODIFIERS = 3;


/** Finds every mention in a parsed sentence, left to right, without overlaps. */
export function findMentions(sentence: ParsedSentence, index: MentionIndex): RawMention[] {
  const { lexicon } = index.ontology;
  const { tokens } = sentence;
  const lowers = tokens.map((token) => lowerOf(token.form));
  const view: View = { sentence, tokens, lowers, lemmas: tokens.map((token) => lowerOf(token.lemma)), folded: fold(tokens), index };
  const mentions: RawMention[] = [];
  // Each kind's fields are assigned onto this object: spreading it cost a quarter of this stage.
  const make = (start: number, end: number): MentionBase => ({
    start,
    end,
    charStart: tokens[start]!.start,
    charEnd: tokens[end - 1]!.end,
    text: sentence.text.slice(tokens[start]!.start - sentence.start, tokens[end - 1]!.end - sentence.start),
    possessive: isPossessiveMarker(tokens[end]),
  });
  const stateForceAt = (i: number) => lexicon.stateForces.has(lowers[i] ?? '');
  // Closures are made once per sentence, not per token: tsx names each one it makes (a property write).
  const cueAfter = (at: number) => !!tokens[at] && isCapitalized(tokens[at]!) && lexicon.organizationCues.has(lowers[at]!) && !stateForceAt(at);

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const capitalized = isCapitalized(token);
    const known = capitalized || hyphenedToName(tokens, i) ? matchName(view, i) : undefined;
    // "Douglas Babstock": a place's name that is a given name before another proper noun starts a person's name.
    const name = known && startsPersonName(view, i, known) ? undefined : known;
    if (name && cueAfter(name.end)) {
      // "The Washington Post", "Kazakh News Agency": a name inside a longer organisation name.
      let end = name.end + 1;
      while (cueAfter(end)) end++;
      const base = make(i, end);
      mentions.push(Object.assign(base, { kind: 'unknown', name: base.text, guessedType: 'Organization', weak: false } as const));
      i = end;
      continue;
    }
    if (name) {
      let end = name.end;
      while (stateForceAt(end)) end++;
      mentions.push(Object.assign(make(i, end), { kind: 'name', entries: name.entries } as const));
      i = end;
      continue;
    }
    // "Palestinians protest", "Iraqis": a people named by its demonym in the plural is a group (docs/annotation.md).
    if (capitalized && (token.xpos === 'NNPS' || token.xpos === 'NNS') && index.peoples.has(nameKey(token.form))) {
      const base = make(i, i + 1);
      mentions.push(Object.assign(base, { kind: 'group', groupId: slugify(base.text) } as const));
      i++;
      continue;
    }
    const demonym = capitalized ? matchDemonym(view, i) : undefined;
    if (demonym && (stateForceAt(demonym.end) || lexicon.governmentNouns.has(lowers[demonym.end] ?? ''))) {
      const start = i > 0 && tokens[i - 1]!.upos === 'DET' ? i - 1 : i;
      mentions.push(Object.assign(make(start, demonym.end + 1), { kind: 'forces', actorId: demonym.country } as const));
      i = demonym.end + 1;
      continue;
    }
    if (demonym) {
      mentions.push(Object.assign(make(i, demonym.end), { kind: 'demonym', country: demonym.country } as const));
      i = demonym.end;
      continue;
    }
    const group = index.groups.longest(lowers, i);
    if (group) {
      const start = quantityStart(view, i, i + group.length, mentions.at(-1)?.end ?? 0);
      mentions.push(Object.assign(make(start, i + group.length), { kind: 'group', groupId: group.values[0]! } as const));
      i += group.length;
      continue;
    }
    if (lexicon.collectives.has(lowers[i]!) && tokens[i]!.upos === 'NOUN') {
      const previous = mentions.at(-1);
      // A capitalised modifier was taken for a possible name: "Opposition activists".
      if (previous?.kind === 'unknown' && previous.weak && previous.end === i) mentions.pop();
      const start = collectiveStart(view, i, mentions.at(-1)?.end ?? 0);
      const groupId = slugify(make(start, i + 1).text);
      mentions.push(Object.assign(make(quantityStart(view, start, i + 1, mentions.at(-1)?.end ?? 0), i + 1), { kind: 'group', groupId } as const));
      i++;
      continue;
    }
    const role = matchRole(view, i);
    // "the coup leaders", "opposition leaders": several people a modifier names, without an "of" owner, are a group.
    const collectiveRole = role?.plural && role.end === i + 1 && !hasOwnerComplement(view, i) ? collectiveStart(view, i, mentions.at(-1)?.end ?? 0) : i;
    if (role && collectiveRole < i) {
      const base = make(collectiveRole, i + 1);
      mentions.push(Object.assign(base, { kind: 'group', groupId: slugify(base.text) } as const));
      i++;
      continue;
    }
    if (role) {
      mentions.push(roleMention(view, mentions, i, role, make));
      i = role.end;
      continue;
    }
    const description = lexicon.descriptions.get(lowers[i]!);
    // A pronoun ("them") stands alone; a noun needs a definite determiner and no complement naming
    // its owner ("the bloc said", not "a bloc" or "the government of Mali").
    const pronounLike = token.upos === 'PRON';
    const definite = i > 0 && isDefiniteDeterminer(tokens[i - 1]!) && tokens[i - 1]!.head === i && mentions.at(-1)?.end !== i;
    if (description && (pronounLike || (!capitalized && definite && !hasOwnerComplement(view, i)))) {
      mentions.push(Object.assign(make(pronounLike ? i : i - 1, i + 1), { kind: 'description', refers: description } as const));
      i++;
      continue;
    }
    // "the presidential guard", "the ruling party": a definite singular organisation noun that a modifier names.
    const organizationNoun = lexicon.organizationCues.has(lowers[i]!) && !lexicon.descriptions.has(lowers[i]!);
    const body = !capitalized && token.upos === 'NOUN' && organizationNoun && !token.feats.includes('Number=Plur');
    const bodyStart = body ? collectiveStart(view, i, mentions.at(-1)?.end ?? 0) : i;
    if (bodyStart < i && i > 0 && tokens[bodyStart - 1] && isDefiniteDeterminer(tokens[bodyStart - 1]!) && !hasOwnerComplement(view, i)) {
      const base = make(bodyStart, i + 1);
      mentions.push(Object.assign(base, { kind: 'unknown', name: base.text, guessedType: 'Organization', weak: false } as const));
      i++;
      continue;
    }
    const pronoun = pronounLike ? personalPronoun(view, i) : undefined;
    if (pronoun) {
      mentions.push(Object.assign(make(i, i + 1), { kind: 'pronoun', ...pronoun, possessive: pronoun.case === 'possessive' } as const));
      i++;
      continue;
    }
    const unknown = capitalized ? matchUnknownName(view, i) : undefined;
    if (unknown) {
      const { start, end, ...fields } = unknown;
      mentions.push(Object.assign(make(start, end), { kind: 'unknown', ...fields } as const));
      i = end;
      continue;
    }
    i++;
  }
  return withoutPhotoCredit(tokens, mentions, { creditWords: lexicon.creditWords, isOrganization: (mention) => namesOrganization(view, mention) });
}

/** Whether a mention names an organisation, known or by its cues. */
function namesOrganization(view: View, mention: RawMention): boolean {
  if (mention.kind === 'unknown') return mention.guessedType === 'Organization';
  return mention.kind === 'name' && mention.entries.some((entry) => view.index.catalog.byId.get(entry.id)?.type === 'Organization');
}

const lowerMemo = new Map<string, string>();
/** Distinct words remembered; the memo is cleared when full so memory stays flat on huge corpora. */
const LOWER_MEMO_LIMIT = 100_000;

/** Lower case with ’ written as ' (shared strings: later lookups hash one string, not a fresh copy). */
function lowerOf(word: string): string {
  let lower = lowerMemo.get(word);
  if (lower === undefined) {
    if (lowerMemo.size >= LOWER_MEMO_LIMIT) lowerMemo.clear();
    lower = word.toLowerCase().replaceAll('’', "'");
    lowerMemo.set(word, lower);
  }
  return lower;
}

/** The possessive 's (or a lone apostrophe after a plural) that follows a noun. */
function isPossessiveMarker(token: Token | undefined): boolean {
  return !!token && (token.xpos === 'POS' || (token.upos === 'PART' && token.deprel === 'case' && /^['’]s?$/i.test(token.form)));
}

/** Whether token `i` may start a proper name: a proper noun, or a capitalised noun or adjective that is not the sentence's first word. */
function startsName(view: View, i: number): boolean {
  const token = view.tokens[i]!;
  if (token.upos === 'PROPN') return true;
  for (let j = i - 1; j >= 0; j--) if (view.tokens[j]!.upos !== 'PUNCT') return NAME_TAGS.has(token.upos);
  // "Apple CEO Tim Cook said": the first word of a sentence before a title only organisations give, even tagged a verb.
  const title = isCapitalized(token) && (NAME_TAGS.has(token.upos) || token.upos === 'VERB') ? matchRole(view, i + 1) : undefined;
  return !!title && view.index.ontology.lexicon.organizationTitles.has(title.role);
}

/** Whether the place name `known` at `i` is a given name that an unknown proper noun follows ("Douglas Babstock"). */
function startsPersonName(view: View, i: number, known: { end: number; entries: NameEntry[] }): boolean {
  const next = view.tokens[known.end];
  if (known.end !== i + 1 || !view.index.givenNames.has(view.tokens[i]!.form) || !known.entries.every((entry) => isLocation(view, entry.id))) return false;
  return !!next && next.upos === 'PROPN' && isCapitalized(next) && !matchName(view, known.end) && !matchDemonym(view, known.end);
}

/** Whether a catalog id is a place (a capital or city), which a person's name may contain. */
function isLocation(view: View, id: string): boolean {
  return view.index.catalog.byId.get(id)?.type === 'Location';
}

/** Whether token `i` is a month or weekday name ("Monday" is a proper noun that names nobody). */
function isCalendarWord(view: View, i: number): boolean {
  const { lexicon } = view.index.ontology;
  const word = view.lowers[i]!.replace(/\.$/, '');
  return lexicon.weekdays.includes(word) || lexicon.months.some((names) => names.includes(word));
}

/** The first token of a collective's name: its noun-phrase modifiers that distinguish it ("human rights organizations"). */
function collectiveStart(view: View, noun: number, floor: number): number {
  const { tokens, lowers } = view;
  const { nondistinctive } = view.index.ontology.lexicon;
  let start = noun;
  while (start > floor && start > noun - MODIFIERS) {
    const modifier = tokens[start - 1]!;
    const inPhrase = modifier.head >= start && modifier.head <= noun;
    if (!inPhrase || !MODIFIER_TAGS.has(modifier.upos) || !/^\p{L}+$/u.test(modifier.form) || nondistinctive.has(lowers[start - 1]!)) break;
    start--;
  }
  return start;
}

/**
 * "Dozens of demonstrators", "two of his deputies": when the parse makes a quantity (a number or a
 * non-distinctive word of the lexicon) the head of the group's "of" phrase, the mention starts there,
 * so the quantity's place in the sentence (a subject, an object) is the group's.
 */
function quantityStart(view: View, start: number, end: number, floor: number): number {
  const { tokens, lowers } = view;
  const groupHead = tokens.slice(start, end).find((token) => token.head < start || token.head >= end);
  // "dozens of the demonstrators": a determiner may stand between.
  const before = tokens[start - 1]?.upos === 'DET' && tokens[start - 1]!.head === groupHead?.index ? start - 1 : start;
  const marker = tokens[before - 1];
  const quantity = groupHead && tokens[groupHead.head];
  if (!quantity || !marker || marker.upos !== 'ADP' || marker.head !== groupHead.index || quantity.index !== before - 2 || quantity.index < floor) return start;
  return quantity.upos === 'NUM' || view.index.ontology.lexicon.nondistinctive.has(lowers[quantity.index]!) ? quantity.index : start;
}

/** A role noun at `from`: the longest role phrase over forms or lemmas ("ministers" finds "minister"), its end and whether it is plural. */
function matchRole(view: View, from: number): { end: number; role: string; plural: boolean } | undefined {
  const { roles } = view.index;
  const byForm = roles.longest(view.lowers, from);
  const byLemma = roles.longest(view.lemmas, from);
  const match = byLemma && (!byForm || byLemma.length > byForm.length) ? byLemma : byForm;
  if (!match) return undefined;
  const end = from + match.length;
  const role = match.values[0]!;
  // The phrase's syntactic head ("heads" of "heads of state"; else its last word) tells whether it is several people.
  const words = view.tokens.slice(from, end);
  const head = words.find((token) => token.head < from || token.head >= end) ?? words.at(-1)!;
  // "X heads the party", "Y chairs the panel": a role noun's spelling used as a verb names no role.
  if (head.upos === 'VERB') return undefined;
  const plural = head.feats.includes('Number=Plur') || (head.feats === '' && lowerOf(head.form) !== lowerOf(head.lemma) && lowerOf(head.form).endsWith('s'));
  return { end, role, plural };
}

/** "al-Qaeda", "el-Sisi": a lower-case word written hyphenated to a capitalised one may start a known name. */
function hyphenedToName(tokens: readonly Token[], i: number): boolean {
  const [word, dash, next] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  return !!dash && !!next && dash.form === '-' && dash.start === word.end && next.start === dash.end && isCapitalized(next);
}

/** The role mention at `from`, taking in what stands before the noun: "the former Kazakh", "his Russian", "ex-". */
function roleMention(
  view: View,
  mentions: RawMention[],
  from: number,
  role: { end: number; role: string; plural: boolean },
  make: (start: number, end: number) => MentionBase,
): RawMention {
  const { tokens, lowers } = view;
  const { former: formerWords } = view.index.ontology.lexicon;
  let start = from;
  let country: string | undefined;
  let former = false;
  let possessor: Gender | undefined;
  for (let steps = 0; steps < 5 && start > 0; steps++) {
    const j = start - 1;
    const previous = mentions.at(-1);
    if (previous && previous.end === start && previous.kind === 'demonym' && !country) {
      country = previous.country;
      start = previous.start;
      mentions.pop();
    } else if (previous && previous.end === start && previous.kind === 'pronoun') {
      // "his" was taken for a pronoun: it is the possessor of this role noun.
      possessor = previous.gender;
      start = previous.start;
      mentions.pop();
      break;
    } else if (formerWords.has(lowers[j]!) || (lowers[j] === '-' && formerWords.has(lowers[j - 1] ?? ''))) {
      former = true;
      start = lowers[j] === '-' ? j - 1 : j;
    } else if ((tokens[j]!.upos === 'DET' || isPossessivePronoun(tokens[j]!)) && !(previous && previous.end > j)) {
      start = j;
      break;
    } else break;
  }
  return {
    ...make(start, role.end),
    kind: 'role',
    role: role.role,
    ...(country && { country }),
    former,
    plural: role.plural,
    ...(possessor && { possessor }),
  };
}

/** "the", "this", "these" (by the tagger's features; any determiner when it gives none). */
function isDefiniteDeterminer(token: Token): boolean {
  return token.upos === 'DET' && (token.feats === '' || token.feats.includes('Definite=Def') || token.feats.includes('PronType=Dem'));
}

/** Whether noun `i` has a proper-noun complement that names whose it is: "the government of Mali", "the authorities in Bamako". */
function hasOwnerComplement(view: View, i: number): boolean {
  return view.tokens.some((token) => token.head === i && token.upos === 'PROPN' && token.deprel.startsWith('nmod') && token.deprel !== 'nmod:poss');
}

function isPossessivePronoun(token: Token): boolean {
  return token.upos === 'PRON' && (token.feats.includes('Poss=Yes') || token.deprel === 'nmod:poss');
}

/** A third-person personal pronoun with a gender (from the tagger's features, else the lexicon) and its case (from the parse). */
function personalPronoun(view: View, i: number): { gender: Gender; case: PronounCase } | undefined {
  const token = view.tokens[i]!;
  const { feats } = token;
  if (feats && (!feats.includes('PronType=Prs') || !feats.includes('Person=3'))) return undefined;
  const gender = feats.includes('Gender=Masc') ? 'male' : feats.includes('Gender=Fem') ? 'female' : view.index.ontology.lexicon.pronouns.get(view.lowers[i]!);
  if (!gender) return undefined;
  if (isPossessivePronoun(token)) return { gender, case: 'possessive' };
  const object = feats.includes('Case=Acc') || /^(obj|iobj|obl)/.test(token.deprel);
  return { gender, case: object && !feats.includes('Reflex=Yes') ? 'object' : 'subject' };
}


function fold(tokens: readonly Token[]): Folded {
  const keys: string[] = [];
  // Plain arrays: allocating two typed arrays per sentence cost more than they save on short sentences.
  const keyStart: number[] = new Array(tokens.length + 1).fill(0);
  tokens.forEach((token, i) => {
    keyStart[i] = keys.length;
    for (const key of tokenKeys(token.form)) keys.push(key);
  });
  keyStart[tokens.length] = keys.length;
  const tokenEndAt: number[] = new Array(keys.length + 1).fill(-1);
  for (let i = 0; i < tokens.length; i++) if (tokenEndAt[keyStart[i + 1]!] === -1) tokenEndAt[keyStart[i + 1]!] = i + 1;
  return { keys, keyStart, tokenEndAt };
}

/** End token of the longest phrase of `trie` starting at token `from`, with its values. */
function longestAt<T>(folded: Folded, from: number, trie: MentionIndex['names'] | MentionIndex['demonyms']): { end: number; values: T[] } | undefined {
  const start = folded.keyStart[from]!;
  if (start === folded.keyStart[from + 1]) return undefined;
  const match = trie.longest(folded.keys, start);
  const end = match ? folded.tokenEndAt[start + match.length]! : -1;
  return match && end > from ? { end, values: match.values as T[] } : undefined;
}

/** A demonym ("Russian", "Sri Lankan") starting at token `from`: its end token and country. */
function matchDemonym(view: View, from: number): { end: number; country: string } | undefined {
  const match = longestAt<string>(view.folded, from, view.index.demonyms);
  return match && { end: match.end, country: match.values[0]! };
}

/** The longest catalog name starting at token `from`, ending on a token boundary. */
function matchName(view: View, from: number): { end: number; entries: NameEntry[] } | undefined {
  const { tokens, index } = view;
  const match = longestAt<NameEntry>(view.folded, from, index.names);
  // An acronym is one token; a longer catalog name that starts with it wins ("EU Commission").
  const acronym = match && match.end > from + 1 ? undefined : index.acronyms.get(tokens[from]!.form.replaceAll('.', ''));
  if (acronym) return { end: from + 1, entries: acronym.map((id) => ({ id, partial: false })) };
  if (!match) return undefined;
  // A surname alone must be a proper noun: "Will", "May" or "Rice" at a sentence's start usually is not.
  if (match.values.every((entry) => entry.partial) && tokens[from]!.upos !== 'PROPN') return undefined;
  return { end: match.end, entries: match.values };
}

/**
 * An unknown proper name at `from`: a run of capitalised words (with lower-case connectors
 * such as "of the", "von der", and hyphenated parts), typed by the cues the text gives, or
 * `weak` when it gives none (a lone word may still be the surname of someone named earlier).
 */
interface UnknownName {
  start: number;
  end: number;
  name: string;
  guessedType: ActorType;
  weak: boolean;
  gender?: Gender;
  /** GUM's cues say the name is a place or a thing ("in San Francisco"): no mention, but the article remembers it. */
  nonActor?: true;
  /** Typed a person by its shape alone (words joined by `flat`), which a name the article knows as a place outweighs. */
  shapeOnly?: true;
}

/** Whether token `i` is a lower-case connector inside a name ("of", "von der"); a determiner only after another connector. */
function connectsName(view: View, i: number, runEnd: number): boolean {
  const token = view.tokens[i];
  if (!token || isCapitalized(token) || view.index.ontology.lexicon.outsideNames.has(view.lowers[i]!)) return false;
  return CONNECTOR_TAGS.has(token.upos) && (token.upos !== 'DET' || i > runEnd);
}

/**
 * Whether the connector at `end` ties what follows it into the run `from`…`end`: it hangs in
 * the run ("von" of "Ursula von der Leyen"), or the phrase it marks does ("Movement for
 * Democratic Change"); "George W. Bush at the White House" hangs "at the White House" on the verb.
 */
function tiedIn(tokens: readonly Token[], from: number, end: number): boolean {
  const inRun = (i: number) => i >= from && i < end;
  const connector = tokens[end]!;
  return inRun(connector.head) || (connector.head > end && inRun(tokens[connector.head]!.head));
}

/** Whether token `i` may continue a proper name: a capitalised name word that is no month or weekday. */
function joinsName(view: View, i: number): boolean {
  const token = view.tokens[i];
  return !!token && isCapitalized(token) && NAME_TAGS.has(token.upos) && !isCalendarWord(view, i);
}

function matchUnknownName(view: View, from: number): UnknownName | undefined {
  const { tokens, lowers, index } = view;
  const { lexicon } = index.ontology;
  if (!startsName(view, from) || isCalendarWord(view, from) || isTitle(view, from)) return undefined;
  // "Lawyer Ama Mensah", "Head Coach": a capitalised person noun is a title or a job, never the start of a name.
  if (index.personNouns.has(lowers[from]!)) return undefined;
  let end = from + 1;
  let words = 1;
  const before = lowers[from - 1]?.replace(/\.$/, '') ?? '';
  // "King Abdullah of Jordan", "King James III of Scotland": a titled name is a person's.
  const titledBefore = from > 0 && (lexicon.personTitles.has(before) || isTitle(view, from - 1));
  for (;;) {
    // "Philip V", "John Paul II": a regnal number the parser hangs on the name is part of it.
    const numeral = tokens[end];
    if (numeral && REGNAL_NUMBER.test(numeral.form) && numeral.head >= from && numeral.head < end && numeral.deprel !== 'nsubj') {
      end++;
      continue;
    }
    const hyphen = tokens[end];
    if (hyphen?.form === '-' && joinsName(view, end + 1) && hyphen.start === tokens[end - 1]!.end) {
      end += 2; // Hyphenated parts are one word: "Nur-Sultan".
      continue;
    }
    // "Abdullah al-Ani", "Abdel Fattah el-Sisi": a lower-case word hyphenated to a name word, which the tagger reads as part
    // of the name or the parser hangs in it.
    const [particle, dash] = [tokens[end], tokens[end + 1]];
    if (particle && !isCapitalized(particle) && dash?.form === '-' && dash.start === particle.end && tokens[end + 2]?.start === dash.end) {
      if ((particle.upos === 'PROPN' || (particle.head >= from && particle.head < end)) && joinsName(view, end + 2)) {
        end += 3;
        continue;
      }
    }
    let next = end;
    // Lower-case connectors, at most two, "the" only after another: "Ministry of the Interior", not "Earlier the Head".
    while (next < end + 2 && connectsName(view, next, end)) next++;
    if (!joinsName(view, next) || matchDemonym(view, next) || isTitle(view, next)) break;
    // "Uma Bharti of the Bharatiya Janata Party": a person's name (a title before it, a given name first) never takes in what it is "of".
    if (next > end && !tiedIn(tokens, from, end)) break;
    if (next > end && lexicon.ownerMarkers.has(lowers[end]!) && (titledBefore || (words > 1 && startsWithGivenName(view, from, end)))) break;
    // A known name ends the run, unless a connector ties it in ("Development Bank of Kazakhstan") or it is a place a given name starts ("George Washington").
    const known = next === end ? matchName(view, next) : undefined;
    // "Charles Spurgeon Johnson": a surname of someone known continues the name it follows.
    const surname = known?.entries.every((entry) => entry.partial);
    if (known && !surname && !(words === 1 && index.givenNames.has(tokens[from]!.form) && known.entries.every((entry) => isLocation(view, entry.id)))) break;
    end = next + 1;
    words++;
  }
  // "Sunni Arab guerrillas": capitalised adjectives that modify a noun are no name (a people's or a faith's word).
  if (tokens.slice(from, end).every((token) => token.upos === 'ADJ' && token.deprel === 'amod')) return undefined;
  const runWords = lowers.slice(from, end);
  const learnt = learntKind(view, from, end);
  const cueWord = runWords.some((word) => lexicon.organizationCues.has(word)) || lexicon.organizationCues.has(before);
  const titleAfter = matchRole(view, end);
  // "NASA Administrator X", "FBI Director X": an acronym that owns a title is an organisation (places are rarely written so).
  // "Eskom chairperson X": so is any name before a title only organisations give.
  const titleOwner =
    (!!titleAfter && ((words === 1 && isAcronym(tokens[from]!.form)) || lexicon.organizationTitles.has(titleAfter.role))) ||
    ownsOrganizationTitle(view, from, end);
  const orgCue = cueWord || bracketedAcronymAfter(view, from, end) || learnt === 'organization' || titleOwner || hasOrganizationApposition(view, from, end);
  // "Nigerian President Bola Tinubu", "Texas Governor X": a run right before a title qualifies the title, it is nobody.
  if (!orgCue && titleAfter) return undefined;
  // "Republic Square", "Cyclone Phailin": a place or an event, not an actor.
  if (!orgCue && runWords.some((word) => lexicon.placeCues.has(word) || lexicon.eventCues.has(word))) return undefined;
  // A title, role or person noun right before the name: "Gen.", "President", "prime minister", "lawyer", "opposition activist".
  const titled = titledBefore || followsPersonNoun(view, from);
  const leader = isLeaderName(view, from, end);
  const kin = isKinOfRelated(view, from, end) || isKinVerbArgument(view, from, end);
  const textCue = titled || hasPersonApposition(view, from, end) || isAgeAfter(view, end) || hasRoleAfter(view, from, end) || kin;
  const name = view.sentence.text.slice(tokens[from]!.start - view.sentence.start, tokens[end - 1]!.end - view.sentence.start);
  // "in San Francisco", "the Marriage Act", "English": what GUM's names say, or the entity tagger's place
  // (docs/entities.md), outweighs a name's shape or a lone surname.
  const taggedPlace = tokens[from]!.entity === 'B-place';
  if (!orgCue && !textCue && !(leader && words > 1) && (learnt === 'none' || taggedPlace)) {
    return { start: from, end, name, guessedType: 'Person', weak: true, nonActor: true };
  }
  const given = words > 1 && startsWithGivenName(view, from, end);
  const flat = words > 1 && isFlatName(view, from, end);
  const gender = titled ? lexicon.titleGenders.get(before) : undefined;
  // "The CIA said", "the FBI": a lone acronym no text cue makes a person's is an organisation's.
  const acronym = words === 1 && !textCue && isAcronym(tokens[from]!.form);
  return {
    start: from,
    end,
    name,
    guessedType: orgCue || acronym ? 'Organization' : 'Person',
    weak: !orgCue && !textCue && !given && !flat && !leader,
    ...(gender && !orgCue && { gender }),
    ...(!orgCue && !textCue && !given && !leader && flat && { shapeOnly: true as const }),
  };
}
