/**
 * International and non-state organisations of the general layer, from PETRARCH's
 * Phoenix.International.actors.txt (the UN and its agencies, regional blocs, NGOs, companies,
 * media) and Phoenix.MilNonState.actors.txt (armed and militant groups), with their CAMEO codes.
 * Records with dated codes are people (office holders) and go to the leaders layer instead.
 */
import { nameKey, slugify } from '../catalog/normalize.ts';
import { displayName, isAcronymOf } from './display-name.ts';
import type { ActorRecord } from './petrarch-actors.ts';
import type { GeneralActor } from './types.ts';
import type { WordnetNouns } from './wordnet-nouns.ts';

export interface OrganizationOptions {
  ids: Readonly<Record<string, string>>;
  smallWords: ReadonlySet<string>;
  wordnet: WordnetNouns;
  /** Ids (and name keys) already taken by countries: an organisation never takes them. */
  reserved: { ids: ReadonlySet<string>; keys: ReadonlySet<string> };
  /** Acronyms of other actors that stay upper case inside a name: the countries' ("US Congress", "UK Border Force"). */
  acronyms?: ReadonlySet<string>;
  /** Prepositions after a name's head noun ("Secretary | of State", "Ambassador | to the UN"): `roleHeadPrepositions`. */
  headPrepositions: ReadonlySet<string>;
}

/** A record is a person when one of its codes is dated ("[IGOUNO 970101-061231]": an office held). */
export function isPersonRecord(record: ActorRecord): boolean {
  return record.codes.some((code) => code.from !== undefined || code.to !== undefined);
}

/**
 * True when a name is a role rather than an organisation: its head noun (the last word before its first "of", "to" or
 * "for", else its last word), read with up to two words before it as WordNet's longest lemma, is first of all a person
 * noun ("UN Secretary General", "President of the World Bank", "American Vice-President"),
 * while "Human Rights Watch", "Committee to Protect Journalists" and "Office of the Director of …" are bodies.
 */
export function isRoleName(words: string, wordnet: WordnetNouns, headPrepositions: ReadonlySet<string>): boolean {
  // A hyphenated head is looked up as WordNet writes it ("vice-president" → "vice president"), never split.
  const tokens = words.toLowerCase().split(' ').filter(Boolean).map((token) => token.replace(/-/g, ' '));
  const preposition = tokens.findIndex((token, i) => i > 0 && headPrepositions.has(token));
  const end = preposition > 0 ? preposition : tokens.length;
  // "Economists for Peace and Security", "Citizens for Global Solutions": people in the plural name a body, not a post.
  const last = tokens[end - 1] ?? '';
  if (!wordnet.isLemma(last) && wordnet.baseOf(last)) return false;
  for (let start = Math.max(0, end - 3); start < end; start += 1) {
    const head = tokens.slice(start, end).join(' ');
    if (wordnet.isLemma(head)) return wordnet.firstSenseOf(head) === 'person';
  }
  return false;
}

/**
 * True when a name of two or more words has no word that WordNet knows as a common noun (a
 * lemma whose first sense is not a person): "Khaled Meshaal", "Mohammed Deif", listed among an
 * organisation's synonyms because the dictionary codes its leaders as the organisation.
 */
export function looksLikePersonName(words: string, wordnet: WordnetNouns, smallWords: ReadonlySet<string>): boolean {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((token) => token && !smallWords.has(token) && token !== 'al');
  if (tokens.length < 2) return false;
  return tokens.every((token) => {
    const lemma = wordnet.isLemma(token) ? token : wordnet.baseOf(token);
    return !lemma || wordnet.firstSenseOf(lemma) === 'person';
  });
}

/** Whether one-word `name` is the last word of the longer `person` ("Nasrallah" of "Hassan Nasrallah"). */
function isSurnameOf(name: string, person: string): boolean {
  if (/[\s-]/.test(name) || name === person) return false;
  return nameKey(person.split(/[\s-]+/).at(-1)!) === nameKey(name);
}

/** Names of a record split from a parenthesised acronym: "ANIMAL LIBERATION FRONT (ALF)" → both. */
function recordNames(record: ActorRecord): string[] {
  return record.names.flatMap((written) => {
    const name = written.replace(/^THE (?=\S)/, '');
    const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
    return match?.[1] ? [match[1], match[2]!] : [name];
  });
}

interface Draft {
  names: string[];
  codes: Set<string>;
}

export interface OrganizationLayer {
  organizations: GeneralActor[];
  /** Each CAMEO code → the organisation listed first with it (the dictionaries list the parent body first: IGOUNO → the UN). */
  codeOwners: Map<string, string>;
}

/**
 * Converts organisation records into general actors sorted by id: records naming the same
 * organisation (same name key, or an acronym record whose letters are the initials of exactly
 * one other record's name: "IAEA" → "International Atomic Energy Agency") are merged.
 */
export function convertOrganizations(records: readonly ActorRecord[], options: OrganizationOptions): OrganizationLayer {
  const { wordnet, smallWords, headPrepositions } = options;
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  for (const record of records) {
    const codes = record.codes.flatMap((code) => code.code ?? []);
    if (codes.length === 0 || isPersonRecord(record)) continue;
    const written = recordNames(record);
    const people = written.filter((name) => !/\d/.test(name) && looksLikePersonName(name, wordnet, smallWords));
    // "AYMAN AL ZAWAHIRI / +ZAWAHIRI" coded as al-Qaeda: a person, named in full and by surname.
    if (people[0] === written[0] && written.some((name) => isSurnameOf(name, written[0]!))) continue;
    const names = written.filter(
      (name, i) =>
        !isRoleName(name, wordnet, headPrepositions) &&
        (i === 0 || !people.includes(name)) &&
        // "+HASSAN NASRALLAH / +NASRALLAH" among Hezbollah's names: the leader's surname alone names him, not the party.
        // "Shabaab" of "Al-Shabaab" is the organisation's own name shortened, whatever its other names.
        (isSurnameOf(name, written[0]!) || !people.some((person) => isSurnameOf(name, person))),
    );
    if (names.length === 0) continue;
    const known = names.map((name) => drafts.get(nameKey(name))).find(Boolean);
    const draft = known ?? { names: [], codes: new Set<string>() };
    if (!known) order.push(draft);
    for (const name of names) {
      if (!draft.names.includes(name)) draft.names.push(name);
      if (!drafts.has(nameKey(name))) drafts.set(nameKey(name), draft);
    }
    for (const code of codes) draft.codes.add(code);
  }
  const merged = mergeSuffixDrafts(mergeAcronymDrafts(order, smallWords)).map((draft) => dropEllipticalNames(draft, wordnet));

  // Acronyms found as the initials of a name of their own record ("UN", "NATO") stay upper case everywhere ("UN Security Council").
  const acronyms = new Set([
    ...(options.acronyms ?? []),
    ...merged.flatMap((draft) => draft.names.filter((name) => !name.includes(' ') && draft.names.some((other) => isAcronymOf(name, other, smallWords)))),
  ]);
  const actors = new Map<string, GeneralActor>();
  for (const draft of merged) {
    // The fullest name is the canonical one (the gold's convention): an acronym yields to the name it spells.
    const expansion = draft.names.findIndex((name) => isAcronymOf(draft.names[0]!, name, smallWords));
    const spelled = expansion > 0 ? [draft.names[expansion]!, ...draft.names.filter((_, i) => i !== expansion)] : draft.names;
    const shown = spelled.map((name) => displayName(name, smallWords, acronyms));
    const keys = new Set<string>();
    const names = shown.filter((name) => !options.reserved.keys.has(nameKey(name)) && !keys.has(nameKey(name)) && keys.add(nameKey(name)));
    if (names.length === 0) continue;
    const id = options.ids[slugify(names[0]!)] ?? slugify(names[0]!);
    if (!id || options.reserved.ids.has(id)) continue;
    const existing = actors.get(id);
    if (existing) {
      existing.aliases.push(...names.filter((name) => nameKey(name) !== nameKey(existing.name) && !existing.aliases.includes(name)));
      existing.cameo = [...new Set([...existing.cameo!, ...draft.codes])].sort();
      continue;
    }
    actors.set(id, { id, name: names[0]!, type: 'Organization', aliases: names.slice(1), cameo: [...draft.codes].sort() });
  }
  const codeOwners = new Map<string, string>();
  for (const actor of actors.values()) for (const code of actor.cameo!) if (!codeOwners.has(code)) codeOwners.set(code, actor.id);
  return { organizations: [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), codeOwners };
}

/**
 * Leaves out a name that is another of the draft's names without its qualifier and made of
 * common nouns only ("Security Council" of "UN Security Council"): news gives it to whichever
 * council the article is about, so only the context or a topic pack can say which.
 */
function dropEllipticalNames(draft: Draft, wordnet: WordnetNouns): Draft {
  const common = (word: string) => wordnet.isLemma(word) || wordnet.baseOf(word) !== undefined;
  const elliptical = (name: string) =>
    name.includes(' ') && draft.names.some((other) => other.endsWith(` ${name}`)) && name.toLowerCase().split(' ').every(common);
  const names = draft.names.filter((name, i) => i === 0 || !elliptical(name));
  return { names, codes: draft.codes };
}

/** Candidates sharing a code with `draft`, when there are several. */
function preferSharedCode(targets: readonly Draft[], draft: Draft): Draft[] {
  if (targets.length < 2) return [...targets];
  return targets.filter((target) => [...draft.codes].some((code) => target.codes.has(code)));
}

/**
 * Folds drafts with one name that ends another draft's name and shares its code into it
 * ("Security Council" [IGOUNO] → "UN Security Council" [IGOUNO]), when exactly one qualifies.
 */
function mergeSuffixDrafts(drafts: readonly Draft[]): Draft[] {
  const absorbed = new Set<Draft>();
  const byLastWord = new Map<string, Draft[]>();
  for (const draft of drafts) {
    for (const name of draft.names) {
      const last = name.split(' ').pop()!;
      byLastWord.set(last, [...new Set([...(byLastWord.get(last) ?? []), draft])]);
    }
  }
  for (const draft of drafts) {
    if (draft.names.length !== 1 || !draft.names[0]!.includes(' ')) continue;
    const name = draft.names[0]!;
    const candidates = (byLastWord.get(name.split(' ').pop()!) ?? []).filter(
      (other) =>
        other !== draft &&
        !absorbed.has(other) &&
        other.names.some((longer) => longer.endsWith(` ${name}`)) &&
        [...draft.codes].some((code) => other.codes.has(code)),
    );
    if (candidates.length !== 1) continue;
    candidates[0]!.names.push(name);
    absorbed.add(draft);
  }
  return drafts.filter((draft) => !absorbed.has(draft));
}

/** Folds drafts of acronyms ("ECOWAS", "UN" + "U.N.") into the one draft whose name they spell. */
function mergeAcronymDrafts(drafts: readonly Draft[], smallWords: ReadonlySet<string>): Draft[] {
  const byFirstLetter = new Map<string, Draft[]>();
  for (const draft of drafts) {
    for (const letter of new Set(draft.names.filter((name) => name.includes(' ')).map((name) => name[0]!))) {
      byFirstLetter.set(letter, [...(byFirstLetter.get(letter) ?? []), draft]);
    }
  }
  const absorbed = new Set<Draft>();
  for (const draft of drafts) {
    // A record of acronyms only ("UN", "U.N."): its first one spells the target's name.
    if (draft.names.some((name) => name.includes(' '))) continue;
    const acronym = draft.names[0]!;
    const spelled = (byFirstLetter.get(acronym[0]!) ?? []).filter(
      (other) => other !== draft && other.names.some((name) => name.includes(' ') && isAcronymOf(acronym, name, smallWords)),
    );
    const targets = preferSharedCode(spelled, draft);
    if (targets.length !== 1 || targets[0] === draft) continue;
    targets[0]!.names.push(...draft.names.filter((name) => !targets[0]!.names.includes(name)));
    for (const code of draft.codes) targets[0]!.codes.add(code);
    absorbed.add(draft);
  }
  return drafts.filter((draft) => !absorbed.has(draft));
}
