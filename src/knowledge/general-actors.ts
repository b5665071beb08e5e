/**
 * Reads the generated actor files of the general layer (knowledge/countries.json,
 * knowledge/organizations.json) as catalog sources, so that the catalog loader merges them
 * like any catalog file: one entry per line, so a problem names its line.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { primeNameKeys } from '../catalog/normalize.ts';
import type { CatalogFile } from '../catalog/schema.ts';
import { ACTOR_TYPES } from '../document/types.ts';
import { KgError } from '../errors.ts';
import type { ActorsFile } from './types.ts';
import { formatPath } from '../yaml/describe-issue.ts';
import { yamlError, type ParsedYaml, type YamlIssue } from '../yaml/parse-yaml.ts';

/** Folder of the generated knowledge files. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** Generated actor files, in loading order. */
export const GENERAL_ACTOR_FILES = ['countries.json', 'organizations.json'] as const;

/** Lines before the first entry of a generated file (the header, then the key). */
const FIRST_ENTRY_LINE = 3;

/** What one generated entry must hold, as [field, problem]; the build wrote it, so a cheap check of shape suffices. */
function entryProblem(entry: unknown): [string | undefined, string] | undefined {
  if (typeof entry !== 'object' || entry === null) return [undefined, 'is not an object'];
  const actor = entry as Record<string, unknown>;
  for (const field of ['id', 'name']) if (typeof actor[field] !== 'string' || !actor[field]) return [field, 'must be a non-empty string'];
  if (!(ACTOR_TYPES as readonly unknown[]).includes(actor.type)) {
    return ['type', `must be one of ${ACTOR_TYPES.join(', ')} (got ${JSON.stringify(actor.type)})`];
  }
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  for (const field of ['aliases', 'keys']) if (!strings(actor[field])) return [field, 'must be a list of strings'];
  for (const field of ['sharedAliases', 'demonyms', 'cameo']) {
    if (actor[field] !== undefined && !strings(actor[field])) return [field, 'must be a list of strings'];
  }
  return undefined;
}

/** A catalog source with the layer it belongs to. */
export type LayeredSource = ParsedYaml<CatalogFile> & { layer?: 'general' };

const cache = new Map<string, { stamp: string; source: LayeredSource }>();

/** Reads one generated actor file; problems name file and line and say to regenerate it. */
export function readGeneralActorFile(path: string, shown: string): LayeredSource {
  let text: string;
  let stamp: string;
  try {
    const stats = statSync(path);
    stamp = `${stats.mtimeMs}:${stats.size}`;
    const cached = cache.get(path);
    if (cached?.stamp === stamp) return cached.source;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KgError(`knowledge: cannot read ${shown} (${reason}); run npm run build:knowledge to generate it.`);
  }
  const lineOf = (path: readonly PropertyKey[]) => (path[0] === 'actors' && typeof path[1] === 'number' ? path[1] + FIRST_ENTRY_LINE : 1);
  const describe = (issue: YamlIssue) => `${shown}:${lineOf(issue.path)}: ${formatPath(issue.path)}: ${issue.message}`;
  const fail = (issues: readonly YamlIssue[]): never => {
    throw yamlError(shown, issues.map(describe));
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KgError(`knowledge: ${shown} is not valid JSON (${(error as Error).message}); run npm run build:knowledge to regenerate it.`);
  }
  const file = json as Partial<ActorsFile>;
  if (!file.header || !Array.isArray(file.actors)) fail([{ path: [], message: 'no header or no "actors" list; regenerate with npm run build:knowledge' }]);
  const issues = file.actors!.flatMap((entry, i) => {
    const problem = entryProblem(entry);
    if (!problem) return [];
    const [field, message] = problem;
    return [{ path: field ? ['actors', i, field] : ['actors', i], message: `${message}; regenerate with npm run build:knowledge` }];
  });
  if (issues.length > 0) fail(issues);
  const actors = file.actors!.map(({ sharedAliases, keys, ...actor }) => {
    primeNameKeys([actor.name, ...actor.aliases, ...(sharedAliases ?? []), ...(actor.demonyms ?? [])], keys!);
    return { ...actor, sharedAliases: sharedAliases ?? [], roles: [] };
  });
  const source: LayeredSource = { file: shown, data: { actors, extend: [] }, lineOf, describe, fail, layer: 'general' };
  cache.set(path, { stamp, source });
  return source;
}
