// Rankings by connectedness (most-connected): the loader keeps `degree` (relationships to
// other actors) and `weightedDegree` (their summed weight) on every actor
// (src/graph/degrees.ts), and this index hands them out in order, so the query
// reads the top actors instead of expanding every actor's relationships.
CREATE INDEX actor_degree IF NOT EXISTS FOR (a:Actor) ON (a.degree, a.weightedDegree);
// Graphs seeded before this migration: count once; the loader keeps them up to date.
MATCH (a:Actor) WHERE a.degree IS NULL
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(:Actor) WHERE r.relKey IS NOT NULL
  WITH count(r) AS degree, coalesce(sum(r.weight), 0) AS weightedDegree
  SET a.degree = degree, a.weightedDegree = weightedDegree
} IN TRANSACTIONS OF 1000 ROWS;
