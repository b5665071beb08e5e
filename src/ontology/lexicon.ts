/**
 * The word lists of the extraction stages (the `lexicon` section of schema/ontology.yaml):
 * their schema, the checks a schema cannot make (a word listed under two genders, a month
 * count that is not twelve), and their compiled form. Every word list the extractor reads
 * comes from here, so knowledge stays data; `loadOntology` validates and compiles it with
 * the rest of the ontology (default-lexicon.ts gives the shipped one to stages that run
 * without an ontology at hand: the sentence splitter, the date finder).
 */
import { z } from 'zod';
import type { YamlIssue } from '../yaml/parse-yaml.ts';

const wordList = z.array(z.string().min(1)).min(1);

/**
 * What a description stands for: the latest alliance named, the article's country, the latest group, the latest
 * organisation or country ("its").
 */
export type DescriptionKind = 'multilateral' | 'government' | 'collective' | 'owner';
export type Gender = 'male' | 'female';

export const lexiconSchema = z.strictObject({
  groups: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'group ids are kebab-case'), wordList),
  stateForces: wordList,
  placeCues: wordList,
  eventCues: wordList,
  creditWords: wordList,
  organizationCues: wordList,
  organizationTitles: wordList,
  personTitles: wordList,
  attribution: wordList,
  negation: wordList,
  denial: wordList,
  irrealis: wordList,
  collectives: wordList,
  hedges: wordList,
  future: wordList,
  implicative: wordList,
  former: wordList,
  standIns: wordList,
  ownerMarkers: wordList,
  outsideNames: wordList,
  memberMarkers: wordList,
  subordinators: wordList,
  issuedNouns: wordList,
  issuerMarkers: wordList,
  descriptions: z.strictObject({ multilateral: wordList, government: wordList, collective: wordList, owner: wordList }),
  governmentNouns: wordList,
  pronouns: z.strictObject({ male: wordList, female: wordList }),
  titleGenders: z.strictObject({ male: wordList, female: wordList }),
  nondistinctive: wordList,
  counterparts: wordList,
  leaderNouns: wordList,
  leaderTitles: wordList,
  multilateralWords: wordList,
  abbreviations: wordList,
  months: z.array(wordList).length(12, 'list the twelve months, January first'),
  weekdays: z.array(z.string().min(1)).length(7, 'list the seven weekdays, Sunday first'),
  numberWords: z.record(z.string().regex(/^[a-z]+$/, 'number words are lower-case words'), z.number().int().positive()),
  relativeDays: z.record(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'relative days are lower-case words'), z.number().int().max(0)),
});

export type RawLexicon = z.output<typeof lexiconSchema>;

/** Word lists the extraction stages use, compiled (all words lower case). */
export interface Lexicon {
  /** Group id → the noun phrases (lower case) that denote it. */
  groups: Map<string, string[]>;
  /** Nouns for armed forces that, after a demonym or name, denote that country or organisation. */
  stateForces: Set<string>;
  /** Words that make a capitalised name a place, not an actor ("Republic Square"). */
  placeCues: Set<string>;
  /** Words that make a capitalised name an event, not an actor ("Cyclone Phailin", "the Olympic Games"). */
  eventCues: Set<string>;
  /** Words before the slash of a photo credit ("AP Photo/Jane Doe"). */
  creditWords: Set<string>;
  organizationCues: Set<string>;
  /** Titles only organisations give ("CEO", "chairman"): an unknown name right before one is the organisation that owns it. */
  organizationTitles: Set<string>;
  personTitles: Set<string>;
  attribution: Set<string>;
  negation: Set<string>;
  /** Verbs that deny the rest of their sentence. */
  denial: Set<string>;
  /** Verbs (lemmas) whose object event has not happened ("requested a meeting", "proposed talks"). */
  irrealis: Set<string>;
  /** Plural nouns of unnamed collectives; with their modifiers they make a Group id. */
  collectives: Set<string>;
  hedges: Set<string>;
  /** Auxiliaries (lemmas) that put their clause in the future: not an event yet. */
  future: Set<string>;
  /** Verbs (lemmas) whose infinitive complement happened: "continued to fire". */
  implicative: Set<string>;
  /** Modifiers that make a role a past one: "former president". */
  former: Set<string>;
  /** Nouns (lemmas) that, naming nobody, stand for the actors of their `of` complement: "the leaders of A and B". */
  standIns: Set<string>;
  /** Prepositions that give a noun its owner: "the leaders of A", "President of Belarus X". */
  ownerMarkers: Set<string>;
  /** Prepositions that never join the words of a name ("the Norwegian Parliament | from Nordland"). */
  outsideNames: Set<string>;
  /** Words that list the members of a noun naming nobody: "partners, including A and B". */
  memberMarkers: Set<string>;
  /** Conjunctions that open a clause and are also prepositions ("as security forces fired"). */
  subordinators: Set<string>;
  /** Nouns (lemmas) of what an actor issues or sends, standing for the actor: "signed a decree appointing X". */
  issuedNouns: Set<string>;
  /** Prepositions that give an issued thing its issuer: "a statement by X", "a message from X". */
  issuerMarkers: Set<string>;
  /** Nouns that after "the" refer to an actor the article names elsewhere ("the bloc"). */
  descriptions: Map<string, DescriptionKind>;
  /** Nouns that after a demonym are that country's government ("the Kazakh side"). */
  governmentNouns: Set<string>;
  /** Third-person pronouns by gender, for tokens the tagger gives no Gender feature. */
  pronouns: Map<string, Gender>;
  /** Titles that tell a person's gender ("Mrs", "King"). */
  titleGenders: Map<string, Gender>;
  /** Modifiers that do not distinguish a collective ("several", "peaceful"): not part of its name. */
  nondistinctive: Set<string>;
  /** Role nouns that take the role of someone else named ("his Russian counterpart"). */
  counterparts: Set<string>;
  /** Role nouns meaning whoever leads ("the leader"), resolved through `leaderTitles`. */
  leaderNouns: Set<string>;
  /** Titles "the leader" may mean, most senior first. */
  leaderTitles: string[];
  /** Words that make an organisation's name that of a multilateral body. */
  multilateralWords: Set<string>;
  /** Abbreviations whose period rarely ends a sentence (without the period). */
  abbreviations: Set<string>;
  /** Month names and abbreviations, January first. */
  months: string[][];
  /** Weekday names, Sunday first. */
  weekdays: string[];
  /** Number words of relative dates ("two days ago"). */
  numberWords: Map<string, number>;
  /** Words for a day relative to the article's ("yesterday" → -1). */
  relativeDays: Map<string, number>;
}

const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));

/** Compiles the raw section, recording contradictions under `path` in `issues`. */
export function compileLexicon(raw: RawLexicon, issues: YamlIssue[], path: readonly PropertyKey[] = ['lexicon']): Lexicon {
  const keyed = <K extends string>(section: 'descriptions' | 'pronouns' | 'titleGenders', kinds: Record<K, string[]>): Map<string, K> => {
    const map = new Map<string, K>();
    for (const [kind, words] of Object.entries(kinds) as Array<[K, string[]]>) {
      for (const [index, word] of words.entries()) {
        const key = word.toLowerCase();
        const earlier = map.get(key);
        if (earlier !== undefined) issues.push({ path: [...path, section, kind, index], message: `"${word}" is already listed under ${earlier}` });
        map.set(key, kind);
      }
    }
    return map;
  };
  return {
    groups: new Map(Object.entries(raw.groups).map(([id, words]) => [id, words.map((word) => word.toLowerCase())])),
    stateForces: lower(raw.stateForces),
    placeCues: lower(raw.placeCues),
    eventCues: lower(raw.eventCues),
    creditWords: lower(raw.creditWords),
    organizationCues: lower(raw.organizationCues),
    organizationTitles: lower(raw.organizationTitles),
    personTitles: lower(raw.personTitles),
    attribution: lower(raw.attribution),
    negation: lower(raw.negation),
    denial: lower(raw.denial),
    irrealis: lower(raw.irrealis),
    collectives: lower(raw.collectives),
    hedges: lower(raw.hedges),
    future: lower(raw.future),
    implicative: lower(raw.implicative),
    former: lower(raw.former),
    standIns: lower(raw.standIns),
    ownerMarkers: lower(raw.ownerMarkers),
    outsideNames: lower(raw.outsideNames),
    memberMarkers: lower(raw.memberMarkers),
    subordinators: lower(raw.subordinators),
    issuedNouns: lower(raw.issuedNouns),
    issuerMarkers: lower(raw.issuerMarkers),
    descriptions: keyed<DescriptionKind>('descriptions', raw.descriptions),
    governmentNouns: lower(raw.governmentNouns),
    pronouns: keyed<Gender>('pronouns', raw.pronouns),
    titleGenders: keyed<Gender>('titleGenders', raw.titleGenders),
    nondistinctive: lower(raw.nondistinctive),
    counterparts: lower(raw.counterparts),
    leaderNouns: lower(raw.leaderNouns),
    leaderTitles: raw.leaderTitles.map((title) => title.toLowerCase()),
    multilateralWords: lower(raw.multilateralWords),
    abbreviations: lower(raw.abbreviations.map((word) => word.replace(/\.$/, ''))),
    months: raw.months.map((names) => names.map((name) => name.toLowerCase())),
    weekdays: raw.weekdays.map((name) => name.toLowerCase()),
    numberWords: new Map(Object.entries(raw.numberWords)),
    relativeDays: new Map(Object.entries(raw.relativeDays)),
  };
}
