/**
 * The lookup tables the mention finder needs, built once per catalog and ontology:
 * catalog names and aliases (and people's surnames) in a trie over folded tokens, acronyms,
 * demonyms, role nouns, group nouns, the people holding roles in each country or
 * organisation, the name cues learnt from GUM, and the folding of text tokens, memoised.
 */
import { foldToken, nameKey, normalizeName } from '../catalog/normalize.ts';
import type { Catalog, CatalogActor } from '../catalog/types.ts';
import { loadKnowledgeBase, type KnowledgeBase, type LeaderTable } from '../knowledge/load-knowledge.ts';
import type { Ontology } from '../ontology/types.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { hyphenParts } from './trigger-index.ts';

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
  /** Name keys of one-word demonyms in the plural ("iraqis", "palestinians"): a people, written as a group. */
  peoples: Set<string>;
  /** Role nouns (lower-case singular words, matched against forms and lemmas) → role as the `role` property writes it. */
  roles: PhraseTrie<string>;
  /** Group nouns (lower-case tokens) → group id. */
  groups: PhraseTrie<string>;
  /** Country or organisation id → the catalog people who hold or held a role there. */
  holders: Map<string, CatalogActor[]>;
  /** Organisation id → the country whose CAMEO code all its codes start with ("USAGOV", "USAMIL" → united-states). */
  stateOf: Map<string, string>;
  /** Lower-case plural media nouns of the knowledge base (CAMEO code MED: "journalists", "reporters"): the press a text talks to or quotes. */
  mediaNouns: Set<string>;
  /** Singular nouns for a person, one or two lower-case words ("lawyer", "opposition activist"): before a name they type it. */
  personNouns: Set<string>;
  /** Person nouns (lower case) → the CAMEO sectors of their agent codes ("congressman" → LEG, "minister of defense" → GOV, MIL). */
  titleSectors: Map<string, Set<string>>;
  /** One-word noun triggers of relations only people stand in at both ends ("son", "wife"): whoever they relate is a person. */
  kinNouns: Set<string>;
  /** Verbs (lemmas) of relations between people only ("marry", "bear"): their arguments are people. */
  kinVerbs: Set<string>;
  /** Lower-case head words that make an unknown name a place, an organisation or no actor at all (knowledge/name-cues.json). */
  heads: { place: Set<string>; organization: Set<string>; other: Set<string> };
  /** Lower-case prepositions before which a name is almost never a person or an organisation ("in"). */
  nonActorMarkers: Set<string>;
  /** Common nouns that first name a place or a natural object ("lake", "bay"): a name they start is a place. */
  placeNouns: Set<string>;
  /** Given names, as written: the first words of the knowledge base's people ("Kwame", "Jean"); read on first use (the leaders file is large). */
  readonly givenNames: Set<string>;
  /** Name keys of the knowledge base's world leaders: full names, aliases and surnames ("bashar al assad", "assad"); read on first use. */
  readonly leaderNames: Set<string>;
  /** The knowledge base's world leaders with their dated roles; read on first use. */
  readonly leaders: LeaderTable;
}

/** Key of a token for name lookup: its folded units ("Kassym" → ["kasim"]); [] for "-". */
const unitMemo = new Map<string, string[]>();
const UNIT_MEMO_LIMIT = 100_000;
const BLOCK = ['\u0000'];

/** The folded name keys of one token's form; punctuation other than hyphens blocks a match. */
export function tokenKeys(form: string): string[] {
  let keys = unitMemo.get(form);
  if (keys) return keys;
  const normalized = normalizeName(form);
  keys = normalized ? normalized.split(' ').map(foldToken) : /^[-‐‑]$/.test(form) ? [] : BLOCK;
  if (unitMemo.size >= UNIT_MEMO_LIMIT) unitMemo.clear();
  unitMemo.set(form, keys);
  return keys;
}

/**
 * Builds the lookup tables for a catalog and an ontology; person nouns come from the general
 * knowledge base's agent nouns (knowledge/agents.json), given names from its world leaders
 * (built from the shared dictionaries, src/knowledge/leaders-layer.ts), the catalog's people and
 * GUM (knowledge/name-cues.json, with the head words and prepositions), unless `knowledge` is given.
 */
export function buildMentionIndex(
  catalog: Catalog,
  ontology: Ontology,
  knowledge: Pick<KnowledgeBase, 'agents' | 'leaders' | 'nameCues'> = loadKnowledgeBase({ topicPacks: false }),
): MentionIndex {
  const names = new PhraseTrie<NameEntry>();
  for (const [key, ids] of catalog.byAlias) {
    for (const id of ids) names.add(key.split(' '), { id, partial: false });
  }
  for (const [key, ids] of catalog.bySurname ?? []) {
    for (const id of ids) names.add(key.split(' '), { id, partial: true });
  }
  const demonyms = new PhraseTrie<string>();
  const peoples = new Set<string>();
  for (const actor of catalog.actors) {
    for (const demonym of actor.demonyms ?? []) {
      demonyms.add(nameKey(demonym).split(' '), actor.id);
      // "Iraqi" → "Iraqis"; "Chinese", "Swiss" have no plural of their own.
      if (!/[\s-]/.test(demonym) && !/(s|sh|ch|ese)$/i.test(demonym)) peoples.add(nameKey(`${demonym}s`));
    }
  }
  const roles = new PhraseTrie<string>();
  // Role nouns are the noun triggers whose word fills a `role` property ("the Kazakh president").
  const roleWords = [...ontology.relations.values()].flatMap((relation) =>
    relation.triggers.filter((trigger) => trigger.property === 'role').flatMap((trigger) => trigger.words.filter((word) => word.kind === 'noun')),
  );
  // Plurals ("the leaders of", "heads of state") match by lemma; resolution treats them as titles, not people.
  // Also as the tokenizer writes them, a hyphen its own token ("UN Secretary-General X": secretary, -, general).
  for (const word of roleWords) {
    roles.add(word.tokens, word.value);
    roles.add(word.tokens.flatMap(hyphenParts), word.value);
  }
  for (const noun of ontology.lexicon.counterparts) roles.add(noun.split(' '), noun);
  const groups = new PhraseTrie<string>();
  for (const [id, phrases] of ontology.lexicon.groups) {
    for (const phrase of phrases) groups.add(phrase.split(' '), id);
  }
  const holders = new Map<string, CatalogActor[]>();
  for (const actor of catalog.actors) {
    if (actor.type !== 'Person') continue;
    for (const place of new Set(actor.roles.flatMap((role) => (role.of ? [role.of] : [])))) {
      const list = holders.get(place) ?? [];
      list.push(actor);
      holders.set(place, list);
    }
  }
  const countryByCode = new Map(catalog.actors.flatMap((actor) => (actor.type === 'Country' && actor.iso ? [[actor.iso.alpha3, actor.id] as const] : [])));
  const stateOf = new Map<string, string>();
  for (const actor of catalog.actors) {
    const states = new Set((actor.cameo ?? []).map((code) => countryByCode.get(code.slice(0, 3))));
    const [state] = states;
    if (actor.type === 'Organization' && states.size === 1 && state) stateOf.set(actor.id, state);
  }
  const personNouns = new Set<string>();
  const mediaNouns = new Set<string>();
  const titleSectors = new Map<string, Set<string>>();
  for (const agent of knowledge.agents.agents) {
    if (agent.code.startsWith('MED')) for (const form of agent.forms) if (form.number === 'plural') mediaNouns.add(form.text.toLowerCase());
    if (agent.denotes !== 'person') continue;
    for (const form of agent.forms) {
      const sectors = titleSectors.get(form.text.toLowerCase()) ?? new Set();
      for (const sector of agent.code.match(/.{3}/g) ?? []) sectors.add(sector);
      titleSectors.set(form.text.toLowerCase(), sectors);
    }
    for (const form of agent.forms) if (form.number === 'singular' && form.text.split(' ').length <= 2) personNouns.add(form.text.toLowerCase());
  }
  const kinWords = (kind: 'noun' | 'verb') =>
    new Set(
      [...ontology.relations.values()]
        .filter((relation) => relation.source.every((type) => type === 'Person') && relation.target.every((type) => type === 'Person'))
        .flatMap((relation) => relation.triggers.flatMap((trigger) => trigger.words.filter((word) => word.kind === kind && word.tokens.length === 1)))
        .map((word) => word.tokens[0]!),
    );
  const kinNouns = kinWords('noun');
  const kinVerbs = kinWords('verb');
  let givenNames: Set<string> | undefined;
  let leaderNames: Set<string> | undefined;
  const { heads, nonActorMarkers, placeNouns } = knowledge.nameCues;
  const index = {
    ...{ catalog, ontology, names, acronyms: catalog.byAcronym ?? new Map(), demonyms, peoples, roles, groups, holders, stateOf },
    ...{ personNouns, titleSectors, kinNouns, kinVerbs, mediaNouns },
    heads: { place: new Set(heads.place), organization: new Set(heads.organization), other: new Set(heads.other) },
    nonActorMarkers: new Set(nonActorMarkers),
    placeNouns: new Set(placeNouns),
  };
  return Object.defineProperties(index, {
    givenNames: {
      // Built on first use only: the finder asks for them at every capitalised word.
      get: () => (givenNames ??= givenNamesOfKnowledge(knowledge, catalog, ontology)),
    },
    leaderNames: { get: () => (leaderNames ??= leaderNamesOf(knowledge.leaders.leaders)) },
    leaders: { get: () => knowledge.leaders },
  }) as MentionIndex;
}

/** Name keys of people's names, aliases and surnames (the last word of a name of several). */
function leaderNamesOf(people: ReadonlyArray<{ name: string; aliases: readonly string[] }>): Set<string> {
  const keys = new Set<string>();
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      const key = nameKey(name);
      keys.add(key);
      const words = key.split(' ');
      if (words.length > 1 && words.at(-1)!.length > 2) keys.add(words.at(-1)!);
    }
  }
  return keys;
}

/** The given names of the knowledge base's world leaders, the catalog's people and GUM's name cues. */
function givenNamesOfKnowledge(knowledge: Pick<KnowledgeBase, 'leaders' | 'nameCues'>, catalog: Catalog, ontology: Ontology): Set<string> {
  const people = [...knowledge.leaders.leaders, ...catalog.actors.filter((actor) => actor.type === 'Person')];
  return new Set([...givenNamesOf(people, ontology), ...knowledge.nameCues.givenNames]);
}

/** The first words of people's names: words of letters, not initials ("A.") nor titles ("Sir", "Sheikh"). */
function givenNamesOf(people: ReadonlyArray<{ name: string }>, ontology: Ontology): Set<string> {
  const given = new Set<string>();
  for (const { name } of people) {
    const [first, ...rest] = name.split(' ');
    if (rest.length > 0 && first && /^\p{Lu}\p{Ll}+$/u.test(first) && !ontology.lexicon.personTitles.has(first.toLowerCase())) given.add(first);
  }
  return given;
}
