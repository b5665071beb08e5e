/**
 * The world leaders of the general layer (people with dated role codes in PETRARCH2's actor
 * dictionaries). They are not committed: the dictionaries stay in the shared data folder
 * (`petrarchDir` of knowledge/sources.yaml) and the leaders are built from them when first
 * needed, then kept in the cache (`KG_CACHE_DIR/knowledge/`) under a digest of every input.
 * Without the shared data the layer is empty, and titles name their owner only from the text
 * and the topic packs. `npm run build:knowledge` builds them with the same code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomicSync } from '../atomic-write.ts';
import { defaultCacheDir } from '../cache-dir.ts';
import { convertLeaders } from './convert-leaders.ts';
import { isPersonRecord } from './convert-organizations.ts';
import { ProblemList, throwProblems } from './dictionary-problems.ts';
import { readActorDictionary, type ActorRecord } from './petrarch-actors.ts';
import { loadSourcesConfig, SOURCES_CONFIG_PATH, type SourcesConfig } from './sources-config.ts';
import type { GeneralActor, Leader } from './types.ts';

/** The dictionaries people are read from. */
export const LEADER_DICTIONARIES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'] as const;

export interface LeaderInputs {
  config: SourcesConfig;
  /** Actor records of the three dictionaries, read already. */
  records: readonly ActorRecord[];
  /** The generated countries (their ISO codes name a role code's country). */
  countries: readonly GeneralActor[];
  /** CAMEO code → id of the organisation it names. */
  codeOwners: ReadonlyMap<string, string>;
}

/** Converts the dictionaries' people with dated roles into leaders. */
export function buildLeaders({ config, records, countries, codeOwners }: LeaderInputs): Leader[] {
  const options = { leaderRoleCodes: config.leaderRoleCodes, smallWords: new Set(config.titleSmallWords), countries, codeOwners };
  return convertLeaders(records.filter(isPersonRecord), options);
}

/** Reads a dictionary's records; malformed lines not accepted in sources.yaml throw with file and line. */
export function readDictionary(dir: string, file: string, config: SourcesConfig): ActorRecord[] {
  const problems = new ProblemList(file);
  const records = readActorDictionary(readFileSync(join(dir, file), 'utf8'), problems);
  throwProblems('knowledge', problems.problems.filter((problem) => !config.acceptedDefects[problem.file]?.includes(problem.line)));
  return records;
}

/**
 * The leaders, from the cache or built from the shared dictionaries; [] when those are absent.
 * `countries` and `organizations` are the generated general actors of `knowledgeDir`.
 */
export function loadLeaders(knowledgeDir: string, countries: readonly GeneralActor[], organizations: readonly GeneralActor[]): Leader[] {
  const config = loadSourcesConfig(SOURCES_CONFIG_PATH);
  const petrarchDir = resolve(dirname(knowledgeDir), config.petrarchDir);
  const sources = LEADER_DICTIONARIES.map((file) => join(petrarchDir, file));
  if (!sources.every((path) => existsSync(path))) return [];
  const digest = createHash('sha256');
  for (const path of [...sources, SOURCES_CONFIG_PATH, join(knowledgeDir, 'countries.json'), join(knowledgeDir, 'organizations.json')]) {
    digest.update(readFileSync(path));
  }
  const cached = join(defaultCacheDir(), 'knowledge', `leaders-${digest.digest('hex').slice(0, 16)}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Leader[];
  const codeOwners = new Map<string, string>();
  for (const actor of organizations) for (const code of actor.cameo ?? []) if (!codeOwners.has(code)) codeOwners.set(code, actor.id);
  const records = LEADER_DICTIONARIES.flatMap((file) => readDictionary(petrarchDir, file, config));
  const leaders = buildLeaders({ config, records, countries, codeOwners });
  mkdirSync(dirname(cached), { recursive: true });
  writeFileAtomicSync(cached, JSON.stringify(leaders));
  return leaders;
}
