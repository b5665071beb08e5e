/**
 * One loader for everything the extractor knows about the world: the catalog (general layer
 * plus topic packs), agent nouns, CAMEO verbs, the name cues learnt from GUM and, loaded on
 * first use, the dated world leaders. Generated files are read once per process and cached
 * per file and mtime.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CATALOG_PATH, loadCatalog } from '../catalog/load-catalog.ts';
import { nameKey, normalizeName } from '../catalog/normalize.ts';
import type { Catalog } from '../catalog/types.ts';
import { KgError } from '../errors.ts';
import type { CameoCode, VerbPattern } from './cameo-verbs.ts';
import type { NameCues } from './gum-name-cues.ts';
import { KNOWLEDGE_DIR } from './general-actors.ts';
import type { AgentForm } from './petrarch-agents.ts';
import { loadLeaders } from './leaders-layer.ts';
import type { ActorsFile, AgentNoun, AgentsFile, Leader, VerbsFile } from './types.ts';

export interface LoadKnowledgeOptions {
  /** Topic packs given by the user (`--catalog FILE`, repeatable), loaded after the shipped one. */
  catalogFiles: readonly string[];
  /** Load topic packs at all (`--no-topic-packs`: false, general knowledge alone). */
  topicPacks: boolean;
  /** Folder of the generated knowledge files. */
  knowledgeDir: string;
}

export const LOAD_KNOWLEDGE_DEFAULTS: LoadKnowledgeOptions = { catalogFiles: [], topicPacks: true, knowledgeDir: KNOWLEDGE_DIR };

/** Agent nouns by the normalised text of each form ("riot police", "rebels", "policemen"). */
export interface AgentTable {
  agents: AgentNoun[];
  byForm: Map<string, Array<{ agent: AgentNoun; form: AgentForm }>>;
}

/** One reading of a verb: its code (the verb's own, else its block's) and the block's patterns. */
export interface VerbSense {
  lemma: string;
  phrase?: string;
  code: CameoCode;
  block: string;
  patterns: VerbPattern[];
}

export interface VerbTable {
  /** Synonym sets the patterns refer to (`&FOOD` → phrases). */
  synsets: Record<string, string[]>;
  /** Senses by lemma ("ask" → ASK block, code 020); phrasal verbs are filed under their verb's lemma. */
  byLemma: Map<string, VerbSense[]>;
}

export interface LeaderTable {
  leaders: readonly Leader[];
  /** Leaders by the nameKey of their name and aliases. */
  byName: Map<string, Leader[]>;
  /**
   * People who held a role code of `of` (country or organisation id; `role` e.g. "GOV") on `date`
   * (ISO). Low priority: the source ends around 2015–2017, and the text always wins.
   */
  holders(of: string, role: string, date: string): Leader[];
  /** Catalog id of the Person with the same name, when the catalog has exactly one. */
  catalogIdOf(leader: Leader): string | undefined;
}

export interface KnowledgeBase {
  catalog: Catalog;
  agents: AgentTable;
  verbs: VerbTable;
  /** Head words, given names and prepositions that type proper names (knowledge/name-cues.json). */
  nameCues: NameCues;
  /** Loaded on first access (the largest file). */
  readonly leaders: LeaderTable;
}

const fileCache = new Map<string, { stamp: string; value: unknown }>();

/** Parses a generated JSON file once per mtime; a missing or broken file says how to regenerate it. */
function readGenerated<T extends { header?: unknown }>(dir: string, name: string, key: keyof T): T {
  const path = join(dir, name);
  let stamp: string;
  try {
    const stats = statSync(path);
    stamp = `${stats.mtimeMs}:${stats.size}`;
  } catch (error) {
    throw new KgError(`knowledge: cannot read ${path} (${(error as NodeJS.ErrnoException).code}); run npm run build:knowledge to generate it.`);
  }
  const cached = fileCache.get(path);
  if (cached?.stamp === stamp) return cached.value as T;
  let value: T;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new KgError(`knowledge: ${path}:1: not valid JSON (${(error as Error).message}); run npm run build:knowledge to regenerate it.`);
  }
  if (!value.header || !Array.isArray(value[key])) {
    throw new KgError(`knowledge: ${path}:1: no header or no "${String(key)}" list; run npm run build:knowledge to regenerate it.`);
  }
  fileCache.set(path, { stamp, value });
  return value;
}

function agentTable(file: AgentsFile): AgentTable {
  const byForm = new Map<string, Array<{ agent: AgentNoun; form: AgentForm }>>();
  for (const agent of file.agents) {
    for (const form of agent.forms) {
      const key = normalizeName(form.text);
      byForm.set(key, [...(byForm.get(key) ?? []), { agent, form }]);
    }
  }
  return { agents: file.agents, byForm };
}

function verbTable(file: VerbsFile): VerbTable {
  const byLemma = new Map<string, VerbSense[]>();
  for (const block of file.blocks) {
    for (const verb of block.verbs) {
      const sense: VerbSense = {
        lemma: verb.lemma,
        ...(verb.phrase ? { phrase: verb.phrase } : {}),
        code: verb.code ?? block.code,
        block: block.name,
        patterns: block.patterns,
      };
      byLemma.set(verb.lemma, [...(byLemma.get(verb.lemma) ?? []), sense]);
    }
  }
  return { synsets: file.synsets, byLemma };
}

function leaderTable(leaders: readonly Leader[], catalog: Catalog): LeaderTable {
  const byName = new Map<string, Leader[]>();
  const byOf = new Map<string, Leader[]>();
  for (const leader of leaders) {
    for (const key of new Set([leader.name, ...leader.aliases].map(nameKey))) byName.set(key, [...(byName.get(key) ?? []), leader]);
    for (const of of new Set(leader.roles.flatMap((role) => role.of ?? []))) byOf.set(of, [...(byOf.get(of) ?? []), leader]);
  }
  return {
    leaders,
    byName,
    holders: (of, role, date) =>
      (byOf.get(of) ?? []).filter((leader) =>
        leader.roles.some((held) => held.of === of && held.role === role && (!held.from || held.from <= date) && (!held.to || date <= held.to)),
      ),
    catalogIdOf(leader) {
      const people = (catalog.byAlias.get(nameKey(leader.name)) ?? []).filter((id) => catalog.byId.get(id)?.type === 'Person');
      return people.length === 1 ? people[0] : undefined;
    },
  };
}

/**
 * Loads the knowledge base: the general layer always, then the shipped topic pack
 * (seed/catalog.yaml) and `catalogFiles` unless `topicPacks` is false.
 * @throws KgError naming file and line of any problem (nothing is partly loaded)
 */
export function loadKnowledgeBase(options: Partial<LoadKnowledgeOptions> = {}): KnowledgeBase {
  const { catalogFiles, topicPacks, knowledgeDir } = { ...LOAD_KNOWLEDGE_DEFAULTS, ...options };
  if (!topicPacks && catalogFiles.length > 0) {
    throw new KgError(
      `knowledge: --no-topic-packs loads the general knowledge alone, but topic packs were given (${catalogFiles.join(', ')}); drop one of the two.`,
    );
  }
  const catalog = loadCatalog(topicPacks ? [DEFAULT_CATALOG_PATH, ...catalogFiles] : [], { knowledgeDir });
  const agents = agentTable(readGenerated<AgentsFile>(knowledgeDir, 'agents.json', 'agents'));
  const verbs = verbTable(readGenerated<VerbsFile>(knowledgeDir, 'verbs.json', 'blocks'));
  const { heads, givenNames, nonActorMarkers, placeNouns } = readGenerated<NameCues & { header: unknown }>(knowledgeDir, 'name-cues.json', 'givenNames');
  let leaders: LeaderTable | undefined;
  return {
    catalog,
    agents,
    verbs,
    nameCues: { heads, givenNames, nonActorMarkers, placeNouns },
    get leaders() {
      const generalActors = (name: string) => readGenerated<ActorsFile>(knowledgeDir, name, 'actors').actors;
      leaders ??= leaderTable(loadLeaders(knowledgeDir, generalActors('countries.json'), generalActors('organizations.json')), catalog);
      return leaders;
    },
  };
}
