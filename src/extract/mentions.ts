/**
 * Finds the actor mentions of one sentence: catalog names and aliases (longest match over
 * folded tokens, so spellings and transliterations meet), armed forces named by a
 * demonym ("the Russian army"), group nouns ("demonstrators"), role nouns ("the Kazakh
 * president", "his Russian counterpart"), pronouns, and unknown proper names recognised
 * by capitalisation plus a cue (a title, an organisation word, a second capitalised word).
 * Resolution to actor ids happens later (resolution.ts).
 */
import type { ActorType } from '../document/types.ts';
import type { MentionIndex, NameEntry } from './mention-index.ts';
import { tokenKeys } from './mention-index.ts';
import { slugify } from '../catalog/normalize.ts';
import { isCapitalized, type Token } from './tokens.ts';

interface MentionBase {
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
  /** Character span in the article. */
  charStart: number;
  charEnd: number;
  text: string;
  /** Followed by possessive 's. */
  possessive: boolean;
}

export type RawMention = MentionBase &
  (
    | { kind: 'name'; entries: NameEntry[] }
    | { kind: 'forces'; actorId: string }
    | { kind: 'demonym'; country: string }
    | { kind: 'group'; groupId: string }
    | { kind: 'role'; role: string; country?: string; former: boolean; plural: boolean; possessor?: 'his' | 'her' }
    | { kind: 'pronoun'; gender: 'male' | 'female'; case: 'subject' | 'object' | 'possessive' }
    | { kind: 'unknown'; name: string; guessedType: ActorType; weak: boolean }
    | { kind: 'description'; refers: Description }
  );

/** What a description stands for: the latest alliance named, the article's country, the latest group. */
export type Description = 'multilateral' | 'government' | 'collective';

/** Nouns that, after "the", describe an actor the article names elsewhere ("the bloc", "the authorities"). */
const DESCRIPTIONS = new Map<string, Description>([
  ...['bloc', 'alliance', 'organisation', 'organization', 'grouping'].map((noun) => [noun, 'multilateral'] as const),
  ...['government', 'authorities', 'administration', 'regime', 'leadership'].map((noun) => [noun, 'government'] as const),
]);
/** Nouns that, after a demonym, are that country's government: "the Kazakh side", "Nigerien authorities". */
const GOVERNMENT_NOUNS = new Set(['authorities', 'government', 'side', 'leadership', 'regime', 'administration']);

// A Map, not an object literal: "constructor" or "toString" in the text must not look like a pronoun.
const PRONOUNS = new Map<string, { gender: 'male' | 'female'; case: 'subject' | 'object' | 'possessive' }>([
  ['he', { gender: 'male', case: 'subject' }],
  ['him', { gender: 'male', case: 'object' }],
  ['his', { gender: 'male', case: 'possessive' }],
  ['she', { gender: 'female', case: 'subject' }],
  ['her', { gender: 'female', case: 'object' }],
]);

/** Lower-case words inside a proper name ("Ursula von der Leyen", "Ministry of the Interior"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'von', 'der', 'de', 'del', 'la', 'le', 'al', 'bin', 'ibn', 'van', 'da', 'du', 'for', 'and']);
/** Capitalised words that begin sentences without being names. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'at', 'in', 'on', 'for', 'from', 'to', 'of', 'by', 'with', 'according', 'while', 'when', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'if', 'as', 'after', 'before',
  'meanwhile', 'there', 'what', 'following', 'instead', 'however', 'his', 'her', 'their', 'our', 'my', 'some', 'many',
  'other', 'no', 'since', 'during', 'despite', 'although', 'though', 'because', 'then', 'also', 'yet', 'so', 'not', 'all',
  'both', 'each', 'more', 'most', 'such', 'former', 'new', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
/** Adjectives ending in -ed that name a collective ("armed groups"); other -ed words are verbs ("arrested protesters"). */
const ADJECTIVES_IN_ED = new Set(['armed', 'masked', 'unidentified', 'organised', 'organized', 'united', 'detained', 'displaced']);
/** Words that cannot modify a collective noun's name ("several participants", "the two groups"). */
const COLLECTIVE_STOPS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'several', 'many', 'some', 'all', 'both', 'other', 'few', 'more', 'most',
  'dozens', 'hundreds', 'thousands', 'of', 'and', 'or', 'by', 'with', 'to', 'from', 'in', 'on', 'at', 'for', 'against', 'that',
  'these', 'those', 'two', 'three', 'four', 'five', 'ten', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'said', 'also', 'not',
  'peaceful', 'local', 'foreign', 'international', 'unnamed', 'senior', 'top',
]);
const FORMER = new Set(['former', 'ex', 'then', 'outgoing', 'ousted']);

/** Finds every mention in a tokenised sentence, left to right, without overlaps. */
export function findMentions(tokens: readonly Token[], index: MentionIndex): RawMention[] {
  const { lexicon } = index.ontology;
  const mentions: RawMention[] = [];
  const lowers = tokens.map((token) => token.lower);
  const folded = fold(tokens);
  // Each kind's fields are assigned onto this object: spreading it cost a quarter of this stage.
  const make = (start: number, end: number, possessiveAt = end): MentionBase => ({
    start,
    end,
    charStart: tokens[start]!.start,
    charEnd: tokens[end - 1]!.end,
    text: spanText(tokens, start, end),
    possessive: lowers[possessiveAt] === "'s",
  });
  const stateForceAt = (i: number) => lexicon.stateForces.has(lowers[i] ?? '');

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const name = token && isCapitalized(token) ? matchName(folded, i, index) : undefined;
    if (name && tokens[name.end] && isCapitalized(tokens[name.end]!) && lexicon.organizationCues.has(lowers[name.end]!)) {
      // "The Washington Post", "Kazakh News Agency": a name inside a longer organisation name.
      let end = name.end + 1;
      while (tokens[end] && isCapitalized(tokens[end]!) && lexicon.organizationCues.has(lowers[end]!)) end++;
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
    const demonym = isCapitalized(token) ? matchDemonym(folded, i, index) : undefined;
    if (demonym && (stateForceAt(demonym.end) || GOVERNMENT_NOUNS.has(lowers[demonym.end] ?? ''))) {
      const start = i > 0 && lowers[i - 1] === 'the' ? i - 1 : i;
      mentions.push(Object.assign(make(start, demonym.end + 1), { kind: 'forces', actorId: demonym.country } as const));
      i = demonym.end + 1;
      continue;
    }
    if (demonym) {
      mentions.push(Object.assign(make(i, demonym.end), { kind: 'demonym', country: demonym.country } as const));
      i = demonym.end;
      continue;
    }
    if (lexicon.collectives.has(token.lower)) {
      // Modifiers written before the noun belong to the group's name: "human rights organizations".
      let start = i;
      const previous = mentions.at(-1);
      // A capitalised modifier was taken for a possible name: "Opposition activists".
      if (previous?.kind === 'unknown' && previous.weak && previous.end === i) mentions.pop();
      const floor = mentions.at(-1)?.end ?? 0;
      while (start > floor && start > i - 2 && /^\p{L}+$/u.test(tokens[start - 1]!.text) && !COLLECTIVE_STOPS.has(lowers[start - 1]!) && (!/(ly|ing|ed)$/.test(lowers[start - 1]!) || ADJECTIVES_IN_ED.has(lowers[start - 1]!))) start--;
      const base = make(start, i + 1);
      mentions.push(Object.assign(base, { kind: 'group', groupId: slugify(base.text) } as const));
      i++;
      continue;
    }
    const group = index.groups.longest(lowers, i);
    if (group) {
      mentions.push(Object.assign(make(i, i + group.length), { kind: 'group', groupId: group.values[0]! } as const));
      i += group.length;
      continue;
    }
    const role = index.roles.longest(lowers, i);
    if (role) {
      // Look back over "the former Kazakh", "his Russian", "ex-": they belong to the role.
      let start = i;
      let roleCountry: string | undefined;
      let former = false;
      let possessor: 'his' | 'her' | undefined;
      for (let steps = 0; steps < 5 && start > 0; steps++) {
        const j = start - 1;
        const previous = mentions.at(-1);
        if (previous && previous.end === start && previous.kind === 'demonym' && !roleCountry) {
          roleCountry = previous.country;
          start = previous.start;
          mentions.pop();
        } else if (previous && previous.end === start && previous.kind === 'pronoun') {
          // "his" was taken for a pronoun: it is the possessor of this role noun.
          possessor = previous.gender === 'male' ? 'his' : 'her';
          start = previous.start;
          mentions.pop();
          break;
        } else if (FORMER.has(lowers[j]!) || (lowers[j] === '-' && lowers[j - 1] === 'ex')) {
          former = true;
          start = lowers[j] === '-' ? j - 1 : j;
        } else if (DETERMINERS.has(lowers[j]!) && !(previous && previous.end > j)) {
          start = j;
          break;
        } else break;
      }
      mentions.push({
        ...make(start, i + role.length),
        kind: 'role',
        role: role.values[0]!,
        ...(roleCountry && { country: roleCountry }),
        former,
        // "leaders", "heads of state": a word in -s that the singular role lacks.
        plural: lowers.slice(i, i + role.length).some((word) => word.endsWith('s') && !role.values[0]!.split(' ').includes(word)),
        ...(possessor && { possessor }),
      });
      i += role.length;
      continue;
    }
    const description = DESCRIPTIONS.get(token.text);
    // "the bloc said", not "the government of Mali", which names its country.
    const namedAfter = lowers[i + 1] === 'of' && (lowers[i + 2] === 'the' || (tokens[i + 2] !== undefined && isCapitalized(tokens[i + 2]!)));
    if (description && lowers[i - 1] === 'the' && !namedAfter && mentions.at(-1)?.end !== i) {
      mentions.push(Object.assign(make(i - 1, i + 1), { kind: 'description', refers: description } as const));
      i++;
      continue;
    }
    if (token.text === 'them') {
      mentions.push(Object.assign(make(i, i + 1), { kind: 'description', refers: 'collective' } as const));
      i++;
      continue;
    }
    const pronoun = PRONOUNS.get(token.lower);
    if (pronoun) {
      mentions.push(Object.assign(make(i, i + 1), { kind: 'pronoun', ...pronoun, possessive: pronoun.case === 'possessive' } as const));
      i++;
      continue;
    }
    const unknown = isCapitalized(token) ? matchUnknownName(folded, lowers, i, index) : undefined;
    if (unknown) {
      mentions.push(Object.assign(make(unknown.start, unknown.end), { kind: 'unknown', name: unknown.name, guessedType: unknown.type, weak: unknown.weak } as const));
      i = unknown.end;
      continue;
    }
    i++;
  }
  return mentions;
}

/** The words of tokens [start, end) as written, with single spaces where the text had space. */
function spanText(tokens: readonly Token[], start: number, end: number): string {
  let text = tokens[start]!.text;
  for (let i = start + 1; i < end; i++) text += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return text;
}

/** The sentence's tokens folded once for name lookup: one key sequence plus token boundaries. */
interface Folded {
  tokens: readonly Token[];
  keys: string[];
  /** Index in `keys` of each token's first key (and the total at the end). */
  keyStart: number[];
  /** Token end for a key position that ends a token, else -1. */
  tokenEndAt: number[];
}

function fold(tokens: readonly Token[]): Folded {
  const keys: string[] = [];
  // Plain arrays: allocating two typed arrays per sentence cost more than they save on short sentences.
  const keyStart: number[] = new Array(tokens.length + 1).fill(0);
  tokens.forEach((token, i) => {
    keyStart[i] = keys.length;
    for (const key of tokenKeys(token)) keys.push(key);
  });
  keyStart[tokens.length] = keys.length;
  const tokenEndAt: number[] = new Array(keys.length + 1).fill(-1);
  for (let i = 0; i < tokens.length; i++) if (tokenEndAt[keyStart[i + 1]!] === -1) tokenEndAt[keyStart[i + 1]!] = i + 1;
  return { tokens, keys, keyStart, tokenEndAt };
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
function matchDemonym(folded: Folded, from: number, index: MentionIndex): { end: number; country: string } | undefined {
  const match = longestAt<string>(folded, from, index.demonyms);
  return match && { end: match.end, country: match.values[0]! };
}

/** The longest catalog name starting at token `from`, ending on a token boundary. */
function matchName(folded: Folded, from: number, index: MentionIndex): { end: number; entries: NameEntry[] } | undefined {
  const { tokens } = folded;
  const match = longestAt<NameEntry>(folded, from, index.names);
  // An acronym is one token; a longer catalog name that starts with it wins ("EU Commission").
  const acronym = match && match.end > from + 1 ? undefined : index.acronyms.get(tokens[from]!.text.replaceAll('.', ''));
  if (acronym) return { end: from + 1, entries: acronym.map((id) => ({ id, partial: false })) };
  if (!match) return undefined;
  const entries = match.values;
  // A surname alone must look like a name: capitalised and not sentence-initial function word.
  if (entries.every((entry) => entry.partial) && FUNCTION_WORDS.has(tokens[from]!.lower)) return undefined;
  return { end: match.end, entries };
}

/**
 * An unknown proper name at `from`: a run of capitalised words (with connectors such as
 * "of the", "von der"), stripped of leading titles and role nouns, kept only with a cue.
 */
function matchUnknownName(
  folded: Folded,
  lowers: readonly string[],
  from: number,
  index: MentionIndex,
): { start: number; end: number; name: string; type: ActorType; weak: boolean } | undefined {
  const { lexicon } = index.ontology;
  const { tokens } = folded;
  const lower = (i: number) => lowers[i] ?? '';
  if (FUNCTION_WORDS.has(lower(from))) return undefined;
  if (lexicon.personTitles.has(lower(from)) || index.roles.longest([lower(from)], 0)) return undefined;
  let end = from + 1;
  let words = 1;
  for (;;) {
    if (tokens[end]?.text === '-' && tokens[end + 1] && isCapitalized(tokens[end + 1]!) && tokens[end]!.start === tokens[end - 1]!.end) {
      end += 2; // Hyphenated parts are one word: "Nur-Sultan".
      continue;
    }
    let next = end;
    // "the" joins a name only after "of": "Ministry of the Interior", not "Earlier the Head".
    while (NAME_CONNECTORS.has(lower(next)) && next < end + 2 && !isCapitalized(tokens[next]!) && (lower(next) !== 'the' || next > end)) next++;
    const token = tokens[next];
    if (!token || !isCapitalized(token) || FUNCTION_WORDS.has(token.lower) || matchDemonym(folded, next, index)) break;
    if (lexicon.personTitles.has(token.lower) || index.roles.longest(lowers, next)) break;
    // A known name ends the run, unless "of" ties it in: "Development Bank of Kazakhstan".
    if (next === end && matchName(folded, next, index)) break;
    if (next > end && lower(end) === 'and') break;
    end = next + 1;
    words++;
  }
  const runWords = tokens.slice(from, end).map((token) => token.lower);
  const before = lower(from - 1);
  const orgCue = runWords.some((word) => lexicon.organizationCues.has(word)) || lexicon.organizationCues.has(before);
  const titleCue = lexicon.personTitles.has(before.replace(/\.$/, '')) || (from > 0 && isCapitalized(tokens[from - 1]!) && !!index.roles.longest([before], 0)) || (tokens[from - 1]?.text === '.' && lexicon.personTitles.has(lower(from - 2)));
  // "Nigerian President Bola Tinubu": a run right before a title qualifies the title, it is nobody.
  if (!orgCue && index.roles.longest(lowers, end)) return undefined;
  // A lone capitalised word without a cue may still be the surname of someone named earlier.
  const weak = !orgCue && !titleCue && words < 2;
  const type: ActorType = orgCue ? 'Organization' : 'Person';
  const name = spanText(tokens, from, end);
  return { start: from, end, name, type, weak };
}
