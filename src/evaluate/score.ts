/**
 * Scoring of a graph document against gold annotations: relations match on
 * (article, source, type, target), symmetric types in either order; actors the
 * extractor left uncatalogued match a gold id through the slug of their name or aliases.
 * Actors are scored too: the system's Person/Organization/Country/Group actors of an
 * article against the gold `actors` of that article.
 */
import { slugify } from '../catalog/normalize.ts';
import type { Actor, ActorType, GraphDocument } from '../document/types.ts';
import { loadOntology, type Ontology } from '../ontology/index.ts';
import type { GoldArticle } from './gold.ts';

/** Actor types the gold `actors` lists hold (docs/annotation.md); places are never annotated. */
const SCORED_ACTOR_TYPES: ReadonlySet<ActorType> = new Set(['Person', 'Organization', 'Country', 'Group']);

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One relation that was wrongly extracted or missed, with the sentence to look at. */
export interface RelationError {
  article: string;
  source: string;
  type: string;
  target: string;
  /** Evidence text of a false positive; the gold `sentence` of a false negative. */
  sentence: string;
  /** The extraction rule that produced a false positive, when the extractor names it. */
  rule?: string;
}

export interface Evaluation {
  /** Counts per relation type, sorted by type name. */
  byType: Map<string, Counts>;
  /** Micro-averaged counts over all types. */
  micro: Counts;
  /**
   * Actors: true positives are gold actors the system found in their article, false positives
   * the system's scored-type actors of an article that are not among its gold actors.
   */
  actors: Counts & {
    found: number;
    total: number;
    missing: Array<{ article: string; actor: string }>;
    spurious: Array<{ article: string; actor: string }>;
  };
  falsePositives: RelationError[];
  falseNegatives: RelationError[];
}

/** Precision, recall and F1 from raw counts (0 when undefined). */
export function countsOf(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface ScoreOptions {
  /** Relation types whose direction carries no meaning; default: the ontology's symmetric types. */
  symmetricTypes?: ReadonlySet<string>;
  /** Maps a gold `article` (file stem) to the article id the evidence uses. */
  articleIdOf: (stem: string) => string;
}

export const SCORE_DEFAULTS: ScoreOptions = { articleIdOf: (stem) => stem };

/** Names of the relation types the ontology declares symmetric. */
export function symmetricTypesOf(ontology: Ontology = loadOntology()): Set<string> {
  return new Set([...ontology.relations.values()].filter((type) => type.direction === 'symmetric').map((type) => type.name));
}

/** Maps an extracted actor id to the gold id it stands for in one article, if any. */
function goldIdResolver(actors: Actor[], goldIds: ReadonlySet<string>): (id: string) => string {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return (id) => {
    if (goldIds.has(id)) return id;
    const actor = byId.get(id);
    if (!actor) return id;
    const slugs = [actor.name, ...actor.aliases].map(slugify);
    return slugs.find((slug) => goldIds.has(slug)) ?? id;
  };
}

/**
 * Scores `document` against the gold of each article.
 * @param gold gold annotations, one per article
 * @param document extraction output for (at least) those articles
 */
export function scoreDocument(gold: GoldArticle[], document: GraphDocument, options: Partial<ScoreOptions> = {}): Evaluation {
  const { articleIdOf, symmetricTypes = symmetricTypesOf() } = { ...SCORE_DEFAULTS, ...options };
  const relationKey = (source: string, type: string, target: string): string => {
    const [a, b] = symmetricTypes.has(type) && target < source ? [target, source] : [source, target];
    return `${a}|${type}|${b}`;
  };
  const tally = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, field: 'tp' | 'fp' | 'fn') => {
    const entry = tally.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field] += 1;
    tally.set(type, entry);
  };
  const falsePositives: RelationError[] = [];
  const falseNegatives: RelationError[] = [];
  const missingActors: Array<{ article: string; actor: string }> = [];
  const spuriousActors: Array<{ article: string; actor: string }> = [];
  let actorsTotal = 0;
  const typeOf = new Map(document.actors.map((actor) => [actor.id, actor.type]));
  /** Actors of unknown type (not in `document.actors`) are scored: nothing says they are places. */
  const isScored = (id: string) => !typeOf.has(id) || SCORED_ACTOR_TYPES.has(typeOf.get(id)!);

  for (const annotation of gold) {
    const articleId = articleIdOf(annotation.article);
    const goldIds = new Set([...annotation.actors, ...annotation.relations.flatMap((r) => [r.source, r.target])]);
    const toGold = goldIdResolver(document.actors, goldIds);

    const extracted = new Map<string, RelationError>();
    const seenActors = new Set<string>();
    const see = (id: string) => {
      if (isScored(id)) seenActors.add(toGold(id));
    };
    for (const mention of document.mentions) {
      if (mention.article === articleId) see(mention.actor);
    }
    for (const relation of document.relations) {
      const evidence = relation.evidence.find((e) => e.article === articleId);
      if (!evidence) continue;
      see(relation.source);
      see(relation.target);
      const source = toGold(relation.source);
      const target = toGold(relation.target);
      const error: RelationError = {
        article: annotation.article,
        source,
        type: relation.type,
        target,
        sentence: evidence.text,
      };
      if (evidence.rule !== undefined) error.rule = evidence.rule;
      extracted.set(relationKey(source, relation.type, target), error);
    }

    const expected = new Set<string>();
    for (const relation of annotation.relations) {
      const key = relationKey(relation.source, relation.type, relation.target);
      if (expected.has(key)) continue;
      expected.add(key);
      if (extracted.has(key)) bump(relation.type, 'tp');
      else {
        bump(relation.type, 'fn');
        const { source, type, target, sentence } = relation;
        falseNegatives.push({ article: annotation.article, source, type, target, sentence });
      }
    }
    for (const [key, error] of extracted) {
      if (expected.has(key)) continue;
      bump(error.type, 'fp');
      falsePositives.push(error);
    }

    const goldActors = new Set(annotation.actors);
    for (const actor of goldActors) {
      actorsTotal += 1;
      if (!seenActors.has(actor)) missingActors.push({ article: annotation.article, actor });
    }
    for (const actor of seenActors) {
      if (!goldActors.has(actor)) spuriousActors.push({ article: annotation.article, actor });
    }
  }

  const byType = new Map(
    [...tally.keys()].sort().map((type) => {
      const { tp, fp, fn } = tally.get(type)!;
      return [type, countsOf(tp, fp, fn)] as const;
    }),
  );
  const sum = (field: 'tp' | 'fp' | 'fn') => [...tally.values()].reduce((total, entry) => total + entry[field], 0);
  const found = actorsTotal - missingActors.length;
  return {
    byType,
    micro: countsOf(sum('tp'), sum('fp'), sum('fn')),
    actors: {
      ...countsOf(found, spuriousActors.length, missingActors.length),
      found,
      total: actorsTotal,
      missing: missingActors,
      spurious: spuriousActors,
    },
    falsePositives,
    falseNegatives,
  };
}
