/**
 * Loads the actor catalog: the general layer (knowledge/countries.json, organizations.json),
 * then topic packs (seed/catalog.yaml and any user catalogs), validated, merged (later files
 * add actors or extend earlier ones; a pack never redefines a general actor) and indexed by
 * alias. Every problem is reported as `file:line: path: message`; parsed files are cached per
 * file and mtime.
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';
import { GENERAL_ACTOR_FILES, KNOWLEDGE_DIR, readGeneralActorFile, type LayeredSource } from '../knowledge/general-actors.ts';
import { loadYamlFile, yamlError } from '../yaml/parse-yaml.ts';
import { indexAliases, placeOf, type AliasIndex, type NameClaim, type Origin } from './alias-index.ts';
import { slugify } from './normalize.ts';
import { catalogFileSchema } from './schema.ts';
import type { Catalog, CatalogActor } from './types.ts';

/** The catalog shipped with the project. */
export const DEFAULT_CATALOG_PATH = fileURLToPath(new URL('../../seed/catalog.yaml', import.meta.url));

type CatalogSource = LayeredSource;

export interface LoadCatalogOptions {
  /** Load the general layer first (default). Off only for tests of a catalog file on its own. */
  general: boolean;
  /** Folder of the generated knowledge files. */
  knowledgeDir: string;
}

export const LOAD_CATALOG_DEFAULTS: LoadCatalogOptions = { general: true, knowledgeDir: KNOWLEDGE_DIR };

const fileCache = new Map<string, { stamp: string; source: CatalogSource }>();
const catalogCache = new Map<string, Catalog>();
/** Distinct file combinations kept; a long-running server sees only a handful. */
const CATALOG_CACHE_LIMIT = 16;

/** The path as shown in messages: relative to the working directory when inside it. */
function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}

/** Modification stamp of a file, or undefined if it cannot be read (loadYamlFile then reports why). */
function stampOf(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return undefined;
  }
}

function readCatalogFile(path: string, stamp: string | undefined): CatalogSource {
  const cached = fileCache.get(path);
  if (cached && stamp && cached.stamp === stamp) return cached.source;
  const source = loadYamlFile(displayPath(path), catalogFileSchema);
  if (stamp) fileCache.set(path, { stamp, source });
  return source;
}

/**
 * Loads the general layer, then merges catalog files (topic packs) in order: later files may add
 * actors (`actors:`) or add aliases, roles, demonyms, a gender or a note to earlier or general
 * ones (`extend:`). To add a user catalog to the shipped one, pass `[DEFAULT_CATALOG_PATH, userPath]`;
 * to load the general layer alone, pass `[]`.
 *
 * The result is cached per list of files and their mtimes: treat it as read-only.
 * @throws KgError listing every problem as `file:line: path: message`
 */
export function loadCatalog(paths: readonly string[] = [DEFAULT_CATALOG_PATH], options: Partial<LoadCatalogOptions> = {}): Catalog {
  const { general, knowledgeDir } = { ...LOAD_CATALOG_DEFAULTS, ...options };
  const generalFiles = general ? GENERAL_ACTOR_FILES.map((name) => resolve(knowledgeDir, name)) : [];
  const files = paths.map((path) => resolve(path));
  const stamps = files.map(stampOf);
  const generalStamps = generalFiles.map(stampOf);
  const cacheKey = [...generalFiles, ...files].map((file, i) => `${file}@${[...generalStamps, ...stamps][i]}`).join('\n');
  const cached = catalogCache.get(cacheKey);
  if (cached && stamps.every(Boolean) && generalStamps.every(Boolean)) return cached;

  const generalSources = generalFiles.map((file) => readGeneralActorFile(file, displayPath(file)));
  const catalog = buildCatalog([...generalSources, ...files.map((file, i) => readCatalogFile(file, stamps[i]))]);
  if (catalogCache.size >= CATALOG_CACHE_LIMIT) catalogCache.clear();
  catalogCache.set(cacheKey, catalog);
  return catalog;
}

/** A merged catalog and where each id was defined, to merge more sources onto. */
interface Merged {
  catalog: Required<Catalog>;
  definedAt: Map<string, Origin>;
}

/** The general layer merged once per set of (cached, hence identical) general sources. */
let generalMerged: { sources: readonly CatalogSource[]; merged: Merged } | undefined;

/**
 * Merges validated sources (general layer first, then catalog files) into one catalog, or throws
 * listing every cross-entry problem. The general layer's merge is reused while its files are unchanged.
 */
export function buildCatalog(sources: readonly CatalogSource[]): Catalog {
  const generalCount = sources.filter((source) => source.layer === 'general').length;
  const general = sources.slice(0, generalCount);
  const cached = generalMerged && generalMerged.sources.length === generalCount && general.every((source, i) => generalMerged!.sources[i] === source);
  if (generalCount > 0 && !cached) {
    generalMerged = { sources: general, merged: mergeGeneral(general) };
  }
  return mergeSources(sources.slice(generalCount), generalCount > 0 ? generalMerged!.merged : undefined).catalog;
}

/**
 * Merges the generated general files without per-name claims: build-knowledge already settled
 * their shared names (settleSharedNames), so only ids and references are checked here.
 */
function mergeGeneral(sources: readonly CatalogSource[]): Merged {
  const actors: CatalogActor[] = [];
  const byId = new Map<string, CatalogActor>();
  const definedAt = new Map<string, Origin>();
  const index: AliasIndex = { byAlias: new Map(), bySurname: new Map(), byAcronym: new Map() };
  const problems: string[] = [];
  for (const source of sources) {
    source.data.actors.forEach((entry, i) => {
      const id = entry.id!;
      const origin = { source, path: ['actors', i, 'id'] };
      if (definedAt.has(id)) return problems.push(source.describe({ path: origin.path, message: `duplicate id "${id}"; run npm run build:knowledge again` }));
      const { sharedAliases, surname, ...fields } = entry;
      const actor: CatalogActor = { ...fields, id, aliases: [...entry.aliases, ...sharedAliases], roles: [], layer: 'general' };
      actors.push(actor);
      byId.set(id, actor);
      definedAt.set(id, origin);
      for (const name of [entry.name, ...actor.aliases]) {
        const [map, key] = placeOf({ name, kind: 'alias' });
        const ids = index[map].get(key);
        if (!ids) index[map].set(key, [id]);
        else if (!ids.includes(id)) ids.push(id);
      }
    });
  }
  for (const actor of actors) {
    if (actor.standsFor && !byId.has(actor.standsFor)) {
      const { source, path } = definedAt.get(actor.id)!;
      problems.push(source.describe({ path, message: `standsFor unknown actor "${actor.standsFor}"; run npm run build:knowledge again` }));
    }
  }
  if (problems.length > 0) throw yamlError(sources.map((source) => source.file).join(', '), problems);
  return { catalog: { actors, byId, ...index }, definedAt };
}

/** Copy of a base actor that an extension may change without touching the cached general layer. */
function ownCopy(actor: CatalogActor): CatalogActor {
  return { ...actor, aliases: [...actor.aliases], roles: [...actor.roles], ...(actor.demonyms ? { demonyms: [...actor.demonyms] } : {}) };
}

function mergeSources(sources: readonly CatalogSource[], base?: Merged): Merged {
  const actors: CatalogActor[] = base ? [...base.catalog.actors] : [];
  const byId = new Map<string, CatalogActor>(base?.catalog.byId);
  const definedAt = new Map<string, Origin>(base?.definedAt);
  const copied = new Set<string>();
  const claims: NameClaim[] = [];
  const references: Array<{ id: string; origin: Origin; mustBe?: CatalogActor['type'] }> = [];
  const problems: string[] = [];
  const at = (origin: Origin, message: string): void => {
    problems.push(origin.source.describe({ path: origin.path, message }));
  };
  const lineOf = (origin: Origin) => `${origin.source.file}:${origin.source.lineOf(origin.path)}`;

  for (const source of sources) {
    source.data.actors.forEach((entry, i) => {
      const id = entry.id ?? slugify(entry.name);
      const origin = { source, path: ['actors', i, entry.id ? 'id' : 'name'] };
      const first = definedAt.get(id);
      if (first?.source.layer === 'general' && source.layer !== 'general') {
        const advice = 'a topic pack may not redefine it: use extend: to add aliases, roles, demonyms, gender, standsFor or a note';
        return at(origin, `"${id}" is already defined by the general knowledge (${lineOf(first)}); ${advice}`);
      }
      if (first) return at(origin, `duplicate id "${id}" (first defined at ${lineOf(first)}); use extend: to add to it`);
      const { sharedAliases, surname, ...fields } = entry;
      const actor: CatalogActor = { ...fields, id, aliases: [...entry.aliases, ...sharedAliases], roles: [...entry.roles] };
      actors.push(actor);
      byId.set(id, actor);
      definedAt.set(id, origin);

      const path = ['actors', i];
      claims.push({ name: entry.name, actorId: id, kind: 'alias', shared: false, origin: { source, path: [...path, 'name'] } });
      if (entry.type === 'Person') claims.push(...personNameClaims(entry.name, surname, id, { source, path: [...path, 'name'] }));
      claims.push(...aliasClaims(entry, id, source, path));
      if (entry.country) references.push({ id: entry.country, origin: { source, path: [...path, 'country'] }, mustBe: 'Country' });
      if (entry.standsFor) references.push({ id: entry.standsFor, origin: { source, path: [...path, 'standsFor'] } });
      entry.roles.forEach((role, r) => {
        if (role.of) references.push({ id: role.of, origin: { source, path: [...path, 'roles', r, 'of'] } });
      });
    });

    source.data.extend.forEach((extension, i) => {
      const path = ['extend', i];
      let actor = byId.get(extension.id);
      if (!actor) return at({ source, path: [...path, 'id'] }, `extends unknown actor "${extension.id}"; define it under actors: instead`);
      if (base?.catalog.byId.get(actor.id) === actor && !copied.has(actor.id)) {
        const copy = ownCopy(actor);
        actors[actors.indexOf(actor)] = copy;
        byId.set(copy.id, copy);
        copied.add(copy.id);
        actor = copy;
      }
      actor.aliases.push(...extension.aliases, ...extension.sharedAliases);
      actor.roles.push(...extension.roles);
      if (extension.demonyms) actor.demonyms = [...(actor.demonyms ?? []), ...extension.demonyms];
      if (extension.gender) actor.gender = extension.gender;
      if (extension.standsFor && actor.standsFor && actor.standsFor !== extension.standsFor) {
        at({ source, path: [...path, 'standsFor'] }, `"${actor.id}" already stands for "${actor.standsFor}"; a catalog may not change that`);
      } else if (extension.standsFor) {
        actor.standsFor = extension.standsFor;
        references.push({ id: extension.standsFor, origin: { source, path: [...path, 'standsFor'] } });
      }
      if (extension.note) actor.note = actor.note ? `${actor.note} ${extension.note}` : extension.note;
      claims.push(...aliasClaims(extension, actor.id, source, path));
      extension.roles.forEach((role, r) => {
        if (role.of) references.push({ id: role.of, origin: { source, path: [...path, 'roles', r, 'of'] } });
      });
    });
  }

  for (const { id, origin, mustBe } of references) {
    const target = byId.get(id);
    if (!target) at(origin, `refers to unknown actor "${id}"; check the id or define that actor`);
    else if (mustBe && target.type !== mustBe) at(origin, `"${id}" is a ${target.type}, expected a ${mustBe}`);
  }
  const { index, problems: aliasProblems } = indexAliases(claims, base?.catalog);
  problems.push(...aliasProblems);
  if (problems.length > 0) {
    const files = [...new Set(sources.map((source) => source.file))].join(', ');
    throw problems.length === 1 ? new KgError(`${problems[0]}\nFix the catalog and run again.`) : yamlError(files, problems);
  }
  return { catalog: { actors, byId, ...index }, definedAt };
}

/** Claims for the written aliases and shared aliases of one entry (or extension). */
function aliasClaims(
  entry: { aliases: string[]; sharedAliases: string[] },
  actorId: string,
  source: CatalogSource,
  path: PropertyKey[],
): NameClaim[] {
  return [
    ...entry.aliases.map((name, a) => ({ name, actorId, kind: 'alias' as const, shared: false, origin: { source, path: [...path, 'aliases', a] } })),
    ...entry.sharedAliases.map((name, a) => ({ name, actorId, kind: 'alias' as const, shared: true, origin: { source, path: [...path, 'sharedAliases', a] } })),
  ];
}

/**
 * A person's weaker names: the surname alone (bySurname) and, for names with middle
 * names, "First Last" ("Recep Tayyip Erdoğan" → "Recep Erdoğan").
 */
function personNameClaims(name: string, surname: string | undefined, actorId: string, origin: Origin): NameClaim[] {
  const words = name.trim().split(/\s+/);
  const last = surname ?? words[words.length - 1]!;
  const claims: NameClaim[] = [{ name: last, actorId, kind: 'surname', shared: false, origin }];
  const surnameStart = words.length - last.split(/\s+/).length;
  if (surnameStart > 1) claims.push({ name: `${words[0]} ${last}`, actorId, kind: 'derived', shared: false, origin });
  return claims;
}
