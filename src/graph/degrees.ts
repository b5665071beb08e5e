/**
 * Actor degrees kept by the loader: `degree` (relationships to other actors) and
 * `weightedDegree` (their summed weight, i.e. supporting sentences), stored on every
 * actor so that rankings (most-connected) read them from an index instead of
 * expanding every actor. The loader knows each touched relationship's weight
 * before and after a batch, so it applies the difference in the same transaction rather
 * than recounting busy actors' relationships on every batch.
 */
import neo4j from 'neo4j-driver';

/** One relationship rewritten by a batch: its weight before (0: it did not exist) and after (0: deleted). */
export interface WeightChange {
  source: string;
  type: string;
  target: string;
  before: number;
  after: number;
}

/** What to add to one actor's stored degrees. */
export interface DegreeDelta {
  id: string;
  degree: neo4j.Integer;
  weightedDegree: neo4j.Integer;
}

/** Adds each row's deltas to its actor; rows are per actor (summed beforehand), so no actor is read twice. */
export const APPLY_DEGREE_DELTAS = `UNWIND $rows AS row MATCH (a:Actor {id: row.id})
  SET a.degree = a.degree + row.degree, a.weightedDegree = a.weightedDegree + row.weightedDegree`;

/** The per-actor sums of `changes`; actors whose degrees do not move are left out. */
export function degreeDeltas(changes: readonly WeightChange[]): DegreeDelta[] {
  const sums = new Map<string, { degree: number; weightedDegree: number }>();
  for (const change of changes) {
    const degree = Number(change.after > 0) - Number(change.before > 0);
    const weightedDegree = change.after - change.before;
    // A relationship from an actor to itself counts once, as the queries' undirected match does.
    for (const id of new Set([change.source, change.target])) {
      const sum = sums.get(id) ?? { degree: 0, weightedDegree: 0 };
      sum.degree += degree;
      sum.weightedDegree += weightedDegree;
      sums.set(id, sum);
    }
  }
  return [...sums]
    .filter(([, sum]) => sum.degree !== 0 || sum.weightedDegree !== 0)
    .map(([id, sum]) => ({ id, degree: neo4j.int(sum.degree), weightedDegree: neo4j.int(sum.weightedDegree) }));
}
