/**
 * Scoring against a public benchmark: gold relations are (agent entity, type, patient
 * entity), the agent `*` when the benchmark names none; an extracted relation matches when
 * its type is equal and its source and target stand on mentions of those entities. Where a
 * side stands is its evidence span (`sourceSpan`/`targetSpan`) when the extractor gives one,
 * else any mention whose text is the actor's name or alias. Gold and extracted relations are
 * paired one to one (maximum matching). Extracted types the benchmark cannot express are
 * not scored: they are neither right nor wrong there.
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

export interface BenchmarkScore {
  /** Counts per relation type the benchmark expresses, sorted by name. */
  byType: Map<string, Counts>;
  micro: Counts;
  documents: number;
  goldRelations: number;
}

const overlaps = (span: { start: number; end: number }, mention: EntityMention) => span.start < mention.end && mention.start < span.end;

/** Whether two normalised names are the same or one ends the other at a word boundary ("putin", "vladimir putin"). */
const sameName = (a: string, b: string) => a !== '' && b !== '' && (a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`));

/** The entities one side of an extracted relation stands on, over all its evidence in the document. */
function entitiesAt(
  entities: ReadonlyMap<string, EntityMention[]>,
  evidence: readonly Evidence[],
  span: 'sourceSpan' | 'targetSpan',
  actor: Actor | undefined,
): Set<string> {
  const names = actor ? [actor.name, ...actor.aliases].map(normalizeName) : [];
  const found = new Set<string>();
  for (const [id, mentions] of entities) {
    const hit = evidence.some((item) => {
      const at = item[span];
      if (at) return mentions.some((mention) => overlaps(at, mention));
      return mentions.some((mention) => names.some((name) => sameName(name, normalizeName(mention.text))));
    });
    if (hit) found.add(id);
  }
  return found;
}

/** Relation keys that make duplicates one gold relation: unordered ones sort their ends. */
function goldKey({ agent, type, patient, unordered }: BenchmarkRelation): string {
  const ends = [agent ?? '*', patient];
  return `${type}|${(unordered ? ends.sort() : ends).join('|')}`;
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

/**
 * Scores `graph` (the extraction of the documents' articles) on the benchmark `documents`.
 * @param types the relation types the benchmark's mapping can express; all others are ignored
 */
export function scoreBenchmark(documents: readonly BenchmarkDocument[], graph: GraphDocument, types: ReadonlySet<string>): BenchmarkScore {
  const symmetric = symmetricTypesOf();
  const actors = new Map(graph.actors.map((actor) => [actor.id, actor]));
  const tally = new Map([...types].sort().map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
  const byArticle = new Map<string, Relation[]>();
  for (const relation of graph.relations) {
    if (!types.has(relation.type)) continue;
    for (const article of new Set(relation.evidence.map((item) => item.article))) {
      byArticle.set(article, [...(byArticle.get(article) ?? []), relation]);
    }
  }
  let goldRelations = 0;
  for (const { article, entities, relations } of documents) {
    const gold = [...new Map(relations.map((relation) => [goldKey(relation), relation])).values()];
    goldRelations += gold.length;
    const extracted = (byArticle.get(article.id) ?? []).map((relation) => {
      const evidence = relation.evidence.filter((item) => item.article === article.id);
      return {
        type: relation.type,
        sources: entitiesAt(entities, evidence, 'sourceSpan', actors.get(relation.source)),
        targets: entitiesAt(entities, evidence, 'targetSpan', actors.get(relation.target)),
      };
    });
    for (const type of types) {
      const goldOfType = gold.filter((relation) => relation.type === type);
      const systemOfType = extracted.filter((relation) => relation.type === type);
      const candidates = goldOfType.map(({ agent, patient, unordered }) =>
        systemOfType.flatMap((system, index) => {
          const forward = (agent === null || system.sources.has(agent)) && system.targets.has(patient);
          const swapped = (agent === null || system.targets.has(agent)) && system.sources.has(patient);
          return forward || ((unordered || symmetric.has(type)) && swapped) ? [index] : [];
        }),
      );
      const matched = maximumMatching(candidates);
      const entry = tally.get(type)!;
      entry.tp += matched;
      entry.fn += goldOfType.length - matched;
      entry.fp += systemOfType.length - matched;
    }
  }
  const byType = new Map([...tally].map(([type, { tp, fp, fn }]) => [type, countsOf(tp, fp, fn)]));
  const sum = (field: 'tp' | 'fp' | 'fn') => [...tally.values()].reduce((total, entry) => total + entry[field], 0);
  return { byType, micro: countsOf(sum('tp'), sum('fp'), sum('fn')), documents: documents.length, goldRelations };
}
