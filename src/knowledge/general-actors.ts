/**
 * Reads the generated actor files of the general layer (knowledge/countries.json,
 * knowledge/organizations.json) as catalog sources, so that the catalog loader merges them
 * like any catalog file: one entry per line, so a problem names its line.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { primeNameKeys } from '../catalog/normalize.ts';
import type { CatalogFile } from '../catalog/schema.ts';
import { ACTOR_TYPES } from '../document/types.ts';
import { KgError } from '../errors.ts';
import { formatPath } from '../yaml/describe-issue.ts';
import { yamlError, type ParsedYaml, type YamlIssue } from '../yaml/parse-yaml.ts';

/** Folder of the generated knowledge files. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** Generated actor files, in loading order. */
export const GENERAL_ACTOR_FILES = ['countries.json', 'organizations.json'] as const;

/** Lines before the first entry of a generated file (the header, then the key). */
const FIRST_ENTRY_LINE = 3;

const generalActor = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
  aliases: z.array(z.string().min(1)),
  sharedAliases: z.array(z.string().min(1)).optional(),
  demonyms: z.array(z.string().min(1)).optional(),
  standsFor: z.string().min(1).optional(),
  iso: z.strictObject({ alpha2: z.string().length(2), alpha3: z.string().length(3), numeric: z.string().optional() }).optional(),
  cameo: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
  keys: z.array(z.string()),
});

const actorsFile = z.strictObject({
  header: z.strictObject({ generatedBy: z.string(), source: z.string(), licence: z.string() }),
  actors: z.array(generalActor),
});

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
  const parsed = actorsFile.safeParse(json);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => ({ path: issue.path, message: `${issue.message}; regenerate with npm run build:knowledge` })));
  const actors = parsed.data!.actors.map(({ sharedAliases, keys, ...actor }) => {
    primeNameKeys([actor.name, ...actor.aliases, ...(sharedAliases ?? []), ...(actor.demonyms ?? [])], keys);
    return { ...actor, sharedAliases: sharedAliases ?? [], roles: [] };
  });
  const source: LayeredSource = { file: shown, data: { actors, extend: [] }, lineOf, describe, fail, layer: 'general' };
  cache.set(path, { stamp, source });
  return source;
}
