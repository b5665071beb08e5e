/**
 * Scoring against a public benchmark: gold relations are (agent entity, type, patient
 * entity), the agent `*` when the benchmark names none; an extracted relation matches when
 * its type is scored under the gold's label and one of its evidence sentences puts its source
 * and its target on mentions of those entities. Where a side stands is its evidence span
 * (`sourceSpan`/`targetSpan`) when the extractor gives one, else any mention whose text is the
 * actor's name or alias. Gold and extracted relations are paired one to one (maximum
 * matching). Extracted types the benchmark cannot express are not scored: they are neither
 * right nor wrong there.
 */
import { normalizeName } from '../../catalog/normalize.ts';
import type { Actor, Evidence, GraphDocument, Relation } from '../../document/types.ts';
import type { Article } from '../../ingest/index.ts';
import { countsOf, symmetricTypesOf, type Counts } from '../score.ts';

/** A mention of a benchmark entity: character offsets into the article text, and its text. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
}

export interface BenchmarkRelation {
  /** Entity id of the source; `null` is `*`, any source. */
  agent: string | null;
  /** The scored label: a relation type, or several scored as one ("HOLDS_ROLE/LEADS"). */
  type: string;
  patient: string;
  /** The two ends may be swapped (symmetric meaning, or a direction the benchmark does not fix). */
  unordered: boolean;
}

/** One benchmark document as the scorer sees it. */
export interface BenchmarkDocument {
  article: Article;
  /** Entity id → its mentions (coreference already joined). */
  entities: Map<string, EntityMention[]>;
  relations: BenchmarkRelation[];
}

/** A benchmark file as read: its documents and what it scores. */
export interface BenchmarkSplit {
  documents: BenchmarkDocument[];
  /** Scored label → the extracted relation types that count for it (`scoredTypes` of the mapping). */
  types: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface BenchmarkScore {
  /** Counts per scored label (a relation type, or types scored as one), sorted by name. */
  byType: Map<string, Counts>;
  micro: Counts;
  documents: number;
  goldRelations: number;
}

const overlaps = (span: { start: number; end: number }, mention: EntityMention) => span.start < mention.end && mention.start < span.end;

/**
 * The entities one side of one evidence stands on: those with a mention under its span in the
 * sentence or under the earlier mention that span points back to ("he" → "Tokayev"; a pronoun
 * in a benchmark's coreference cluster is a mention of its entity too) or, without a span (a
 * role the sentence implies, "President X" → the country), those with a mention whose text is
 * one of `names`. Only equal names count: a name that merely ends another would take "Príncipe"
 * for "São Tomé and Príncipe" and "Sudan" for "South Sudan".
 */
function entitiesAt(entities: ReadonlyMap<string, EntityMention[]>, spans: ReadonlyArray<Evidence['sourceSpan']>, names: ReadonlySet<string>): Set<string> {
  const given = spans.filter((span) => span !== undefined);
  const found = new Set<string>();
  for (const [id, mentions] of entities) {
    const hit =
      given.length > 0
        ? mentions.some((mention) => given.some((span) => overlaps(span, mention)))
        : mentions.some((mention) => names.has(normalizeName(mention.text)));
    if (hit) found.add(id);
  }
  return found;
}

/** Normalised name and aliases of an actor; none for an unknown id. */
const namesOf = (actor: Actor | undefined): Set<string> =>
  new Set(actor ? [actor.name, ...actor.aliases].map(normalizeName).filter((name) => name !== '') : []);

/** A key that makes two relations one: unordered ones sort their ends. */
function pairKey(type: string, source: string, target: string, unordered: boolean): string {
  const ends = [source, target];
  return `${type}|${(unordered ? ends.sort() : ends).join('|')}`;
}

/**
 * The gold relations of one document as the scorer counts them: duplicates are one (a
 * symmetric label's ends in either order, too), and a `*`-agent relation goes when the
 * document has the same relation with a named agent — "X was arrested" says nothing that
 * "police arrested X" does not, and a perfect extraction (police → X) would otherwise miss it.
 * @param symmetric the labels whose direction carries no meaning
 */
export function countedGold(relations: readonly BenchmarkRelation[], symmetric: ReadonlySet<string>): BenchmarkRelation[] {
  const byKey = new Map<string, BenchmarkRelation>();
  for (const relation of relations) {
    const unordered = relation.unordered || symmetric.has(relation.type);
    const key = pairKey(relation.type, relation.agent ?? '*', relation.patient, unordered);
    if (!byKey.has(key)) byKey.set(key, { ...relation, unordered });
  }
  const unique = [...byKey.values()];
  const named = new Set(
    unique.flatMap(({ agent, type, patient, unordered }) =>
      agent === null ? [] : [`${type}|${patient}`, ...(unordered ? [`${type}|${agent}`] : [])],
    ),
  );
  return unique.filter(({ agent, type, patient }) => agent !== null || !named.has(`${type}|${patient}`));
}

/** Maximum bipartite matching (Kuhn): for each gold index, the extracted candidates it may pair with. */
function maximumMatching(candidates: number[][]): number {
  const owner = new Map<number, number>();
  const tryAssign = (gold: number, visited: Set<number>): boolean => {
    for (const system of candidates[gold]!) {
      if (visited.has(system)) continue;
      visited.add(system);
      const current = owner.get(system);
      if (current === undefined || tryAssign(current, visited)) {
        owner.set(system, gold);
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  candidates.forEach((_, gold) => {
    if (tryAssign(gold, new Set())) matched++;
  });
  return matched;
}

/** An extracted relation as scored in one document: its label and, per evidence sentence, the entities its two sides stand on. */
interface Extracted {
  label: string;
  pairs: Array<{ sources: Set<string>; targets: Set<string> }>;
}

/** Whether `system` says `gold`: one of its evidence sentences has both ends (either order when `unordered`). */
function says(system: Extracted, { agent, patient, unordered }: BenchmarkRelation): boolean {
  return system.pairs.some(({ sources, targets }) => {
    const forward = (agent === null || sources.has(agent)) && targets.has(patient);
    const swapped = (agent === null || targets.has(agent)) && sources.has(patient);
    return forward || (unordered && swapped);
  });
}

/**
 * Scores `graph` (the extraction of the documents' articles) on the benchmark `documents`.
 * Extracted relations that one label joins (HOLDS_ROLE and LEADS of one pair; a symmetric
 * type in both directions) are one extraction with the evidence of both.
 * @param types scored label → the extracted relation types it takes; all other types are ignored
 */
export function scoreBenchmark(
  documents: readonly BenchmarkDocument[],
  graph: GraphDocument,
  types: ReadonlyMap<string, ReadonlySet<string>>,
): BenchmarkScore {
  const symmetricTypes = symmetricTypesOf();
  const symmetric = new Set([...types].filter(([, members]) => [...members].every((type) => symmetricTypes.has(type))).map(([label]) => label));
  const labelOf = new Map([...types].flatMap(([label, members]) => [...members].map((type) => [type, label] as const)));
  const actors = new Map(graph.actors.map((actor) => [actor.id, actor]));
  const tally = new Map([...types.keys()].sort().map((label) => [label, { tp: 0, fp: 0, fn: 0 }]));
  // Per article, per relation key: the label and each evidence sentence with the relation it came from.
  const byArticle = new Map<string, Map<string, { label: string; said: Array<{ item: Evidence; relation: Relation }> }>>();
  for (const relation of graph.relations) {
    const label = labelOf.get(relation.type);
    if (label === undefined) continue;
    const key = pairKey(label, relation.source, relation.target, symmetric.has(label));
    for (const item of relation.evidence) {
      const inArticle = byArticle.get(item.article) ?? new Map();
      byArticle.set(item.article, inArticle);
      const entry = inArticle.get(key) ?? { label, said: [] };
      inArticle.set(key, entry);
      entry.said.push({ item, relation });
    }
  }
  let goldRelations = 0;
  for (const { article, entities, relations } of documents) {
    const gold = countedGold(relations, symmetric);
    goldRelations += gold.length;
    const extracted: Extracted[] = [...(byArticle.get(article.id)?.values() ?? [])].map(({ label, said }) => ({
      label,
      pairs: said.map(({ item, relation }) => ({
        sources: entitiesAt(entities, [item.sourceSpan, item.sourceAntecedent], namesOf(actors.get(relation.source))),
        targets: entitiesAt(entities, [item.targetSpan, item.targetAntecedent], namesOf(actors.get(relation.target))),
      })),
    }));
    for (const [label, entry] of tally) {
      const goldOfLabel = gold.filter((relation) => relation.type === label);
      const systemOfLabel = extracted.filter((relation) => relation.label === label);
      const candidates = goldOfLabel.map((relation) => systemOfLabel.flatMap((system, index) => (says(system, relation) ? [index] : [])));
      const matched = maximumMatching(candidates);
      entry.tp += matched;
      entry.fn += goldOfLabel.length - matched;
      entry.fp += systemOfLabel.length - matched;
    }
  }
  const byType = new Map([...tally].map(([type, { tp, fp, fn }]) => [type, countsOf(tp, fp, fn)]));
  const sum = (field: 'tp' | 'fp' | 'fn') => [...tally.values()].reduce((total, entry) => total + entry[field], 0);
  return { byType, micro: countsOf(sum('tp'), sum('fp'), sum('fn')), documents: documents.length, goldRelations };
}
