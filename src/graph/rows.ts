/**
 * Turns a GraphDocument into the parameter rows the loader sends to Neo4j, grouped
 * per article (the unit the loader replaces), and computes a relationship's
 * aggregate properties from the evidence that supports it. Pure: no database here,
 * so the shape of what gets stored is unit-tested without Neo4j.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { ACTOR_TYPES, type Actor, type ArticleMeta, type GraphDocument, type PropertyValue } from '../document/types.ts';
import { nameKey, normalizeName } from '../catalog/normalize.ts';
import { KgError } from '../errors.ts';
import type { Ontology } from '../ontology/types.ts';

/** What the ontology says about a relation type; absent values are taken from the relation's properties. */
export interface RelationTypeInfo {
  cameo?: string;
  quadClass?: number;
}

/** Relation type name → its ontology entry. When given, it is the whitelist of types the loader accepts. */
export type RelationTypes = ReadonlyMap<string, RelationTypeInfo>;

/** The loader's whitelist from the ontology: its relation types, with CAMEO code and quad class. */
export function ontologyRelationTypes(ontology: Ontology): RelationTypes {
  const types = new Map<string, RelationTypeInfo>();
  for (const relation of ontology.relations.values()) types.set(relation.name, { cameo: relation.cameo, quadClass: relation.quadClass });
  return types;
}

/** Relationship types become part of Cypher text (they cannot be parameters), so only these names are accepted. */
export const RELATION_TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

export interface ActorRow {
  id: string;
  type: Actor['type'];
  props: { id: string; name: string; type: string; aliases: string[]; status: string; searchNames: string[] };
}

export interface EvidenceRow {
  id: string;
  relKey: string;
  type: string;
  source: string;
  target: string;
  article: string;
  start: Integer;
  end: Integer;
  text: string;
  rule: string | null;
  confidence: number;
  /** The event date of the sentence, else the article's date. */
  date: string | null;
  attributedTo: string | null;
  triggerStart: Integer | null;
  triggerEnd: Integer | null;
  /** The relation's type-specific properties (plus cameo and quadClass), as canonical JSON. */
  properties: string;
}

/** Everything one article contributes to the graph. */
export interface ArticleContribution {
  article: ArticleMeta;
  mentions: { article: string; actor: string; count: Integer }[];
  evidence: EvidenceRow[];
  /** Ids of the actors its mentions and evidence refer to. */
  actorIds: Set<string>;
}

export interface DocumentRows {
  contributions: ArticleContribution[];
  actors: Map<string, ActorRow>;
}

/**
 * The properties of an (:Article) node. Its sources are stored as lists Cypher can read
 * directly: `outlets` and `urls` (each distinct, in order: the article's own first, then
 * its copies'), and `copies`, the ids of the copies folded into it; `signature` lets a
 * later run fold its copies too.
 */
export function articleProperties(meta: ArticleMeta): Record<string, unknown> {
  const { sources, ...properties } = meta;
  if (!sources) return properties;
  const distinct = (values: (string | null)[]): string[] => [...new Set(values.filter((value): value is string => value !== null))];
  return {
    ...properties,
    outlets: distinct(sources.map((source) => source.outlet)),
    urls: distinct(sources.map((source) => source.url)),
    copies: distinct(sources.slice(1).map((source) => source.id)).filter((id) => id !== meta.id),
  };
}

/** The key of the one relationship per (source, type, target), also stored on its evidence. */
export function relKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/**
 * Checks the document's references and groups it into per-article rows.
 * Throws a KgError naming the offending relation or mention.
 */
export function buildDocumentRows(doc: GraphDocument, relationTypes?: RelationTypes): DocumentRows {
  const actorsById = new Map(doc.actors.map((actor) => [actor.id, actor]));
  const contributions = new Map<string, ArticleContribution>();
  for (const article of doc.articles) {
    contributions.set(article.id, { article, mentions: [], evidence: [], actorIds: new Set() });
  }
  const contributionOf = (articleId: string, what: string): ArticleContribution => {
    const contribution = contributions.get(articleId);
    if (!contribution) throw new KgError(`loader: ${what} cites article "${articleId}", which is not among the document's articles.`);
    return contribution;
  };
  const requireActor = (id: string, what: string): void => {
    if (!actorsById.has(id)) throw new KgError(`loader: ${what} refers to actor "${id}", which is not among the document's actors.`);
  };

  // The loader creates (not merges) an article's mentions and evidence, so each must be unique.
  const seen = new Set<string>();
  const requireUnique = (id: string, what: string): void => {
    if (seen.has(id)) throw new KgError(`loader: ${what} appears twice in the document; merge the duplicates.`);
    seen.add(id);
  };
  for (const mention of doc.mentions) {
    const what = `mention of "${mention.actor}" in "${mention.article}"`;
    requireActor(mention.actor, what);
    requireUnique(`${mention.article}\u0000${mention.actor}`, what);
    const contribution = contributionOf(mention.article, what);
    contribution.mentions.push({ article: mention.article, actor: mention.actor, count: neo4j.int(mention.count) });
    contribution.actorIds.add(mention.actor);
  }

  for (const relation of doc.relations) {
    const key = relKey(relation.source, relation.type, relation.target);
    const what = `relation ${key}`;
    checkRelationType(relation.type, relationTypes, what);
    requireActor(relation.source, what);
    requireActor(relation.target, what);
    const properties = canonicalJson({ ...relation.properties, ...relationTypes?.get(relation.type) });
    for (const evidence of relation.evidence) {
      const contribution = contributionOf(evidence.article, what);
      contribution.actorIds.add(relation.source).add(relation.target);
      const id = `${key}@${evidence.article}:${evidence.start}-${evidence.end}`;
      requireUnique(id, `evidence ${id}`);
      contribution.evidence.push({
        id,
        relKey: key,
        type: relation.type,
        source: relation.source,
        target: relation.target,
        article: evidence.article,
        start: neo4j.int(evidence.start),
        end: neo4j.int(evidence.end),
        text: evidence.text,
        rule: evidence.rule ?? null,
        confidence: evidence.confidence ?? relation.confidence,
        date: evidence.date ?? contribution.article.date,
        attributedTo: evidence.attributedTo ?? relation.attributedTo ?? null,
        triggerStart: evidence.trigger ? neo4j.int(evidence.trigger.start) : null,
        triggerEnd: evidence.trigger ? neo4j.int(evidence.trigger.end) : null,
        properties,
      });
    }
  }

  const actors = new Map<string, ActorRow>();
  for (const actor of doc.actors) {
    if (!(ACTOR_TYPES as readonly string[]).includes(actor.type)) {
      throw new KgError(`loader: actor "${actor.id}" has type "${actor.type}"; expected one of ${ACTOR_TYPES.join(', ')}.`);
    }
    actors.set(actor.id, actorRow(actor));
  }
  return { contributions: [...contributions.values()], actors };
}

function actorRow(actor: Actor): ActorRow {
  // Normalised and romanisation-folded forms, so that full-text search meets more spellings.
  const names = [actor.name, ...actor.aliases];
  const searchNames = [...new Set([...names.map(normalizeName), ...names.map(nameKey)])];
  return {
    id: actor.id,
    type: actor.type,
    props: { id: actor.id, name: actor.name, type: actor.type, aliases: actor.aliases, status: actor.status, searchNames },
  };
}

/** A candidate actor as stored: the name it was first loaded with and every alias seen since. */
export interface StoredCandidate {
  name: string;
  aliases: string[];
}

/**
 * The row that writes candidate `row` over what is stored: the stored name stays, the
 * aliases are the union (the row's name among them). Catalog actors are written as
 * given, so that an edited catalog takes effect; candidates are named by the articles,
 * and a corpus seeded in several runs (or batches) must give the same actor as one run.
 */
export function mergeStoredCandidate(row: ActorRow, stored: StoredCandidate): ActorRow {
  const { props } = row;
  if (props.status !== 'candidate') return row;
  const aliases = new Set([...stored.aliases, props.name, ...props.aliases]);
  aliases.delete(stored.name);
  return actorRow({ id: props.id, type: row.type, status: 'candidate', name: stored.name, aliases: [...aliases].sort(byCodeUnits) });
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkRelationType(type: string, relationTypes: RelationTypes | undefined, what: string): void {
  if (!RELATION_TYPE_NAME.test(type)) {
    throw new KgError(`loader: ${what} has type "${type}"; relation types must be UPPER_SNAKE_CASE names from schema/ontology.yaml.`);
  }
  if (relationTypes && !relationTypes.has(type)) {
    throw new KgError(`loader: ${what} has type "${type}", which schema/ontology.yaml does not define; add it there or fix the extractor.`);
  }
}

/** JSON with sorted keys, so equal property sets are stored as equal strings. */
function canonicalJson(value: Record<string, PropertyValue | undefined>): string {
  const sorted = Object.keys(value)
    .sort()
    .filter((key) => value[key] !== undefined)
    .map((key) => [key, value[key]]);
  return JSON.stringify(Object.fromEntries(sorted));
}

/**
 * What the database aggregates over a relationship's remaining evidence (the loader's
 * AGGREGATE_EVIDENCE), so that a busy relationship's evidence never travels to Node.
 */
export interface EvidenceAggregate {
  /** Number of evidences. */
  weight: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The highest evidence confidence. */
  confidence: number;
  /** The distinct property sets (canonical JSON), that of the latest evidence (by date, article, offset) first. */
  properties: string[];
}

/**
 * A relationship's properties from the aggregate of its evidence: type-specific
 * properties (when evidence disagrees, the latest wins), cameo, quadClass, weight,
 * firstSeen, lastSeen and confidence. `articles` is set by the database itself.
 */
export function relationshipProperties(key: string, aggregate: EvidenceAggregate): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  // Oldest first, so that each property ends with the value of the latest evidence that has it.
  for (const properties of [...aggregate.properties].reverse()) Object.assign(merged, JSON.parse(properties) as Record<string, PropertyValue>);
  if (typeof merged.quadClass === 'number') merged.quadClass = neo4j.int(merged.quadClass);
  return {
    ...merged,
    relKey: key,
    weight: neo4j.int(aggregate.weight),
    firstSeen: aggregate.firstSeen,
    lastSeen: aggregate.lastSeen,
    confidence: aggregate.confidence,
  };
}
