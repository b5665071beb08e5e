// name: most-connected
// title: Most connected actors
// description: Actors with the most relationships (degree) and the most supporting evidence (weighted degree).
// param: actorType string = null -- Only actors of this type: Person, Organization, Country, Group or Location.
// param: includeCoMentions boolean = false -- Also count CO_MENTIONED relationships.
// param: limit integer = 20 -- Most actors.
// returns: table
//
// The loader stores `degree` and `weightedDegree` on every actor (CO_MENTIONED left
// out) under the index actor_degree, which hands the top actors out in order. Counting
// CO_MENTIONED too means expanding every actor: slow on large graphs.
CALL () {
  MATCH (actor:Actor)
  WHERE NOT $includeCoMentions AND actor.degree > 0 AND actor.weightedDegree IS NOT NULL
    AND ($actorType IS NULL OR actor.type = $actorType)
  WITH actor, actor.degree AS degree, actor.weightedDegree AS weightedDegree
  ORDER BY degree DESC, weightedDegree DESC, actor.id
  LIMIT $limit
  RETURN actor, degree, weightedDegree
  UNION ALL
  // Checked before the scan, so that the default case reads no actor here.
  WITH $includeCoMentions AS counted WHERE counted
  MATCH (actor:Actor)
  WHERE $actorType IS NULL OR actor.type = $actorType
  CALL (actor) {
    MATCH (actor)-[r]-(:Actor)
    WHERE r.relKey IS NOT NULL
    RETURN count(r) AS degree, sum(r.weight) AS weightedDegree
  }
  WITH actor, degree, weightedDegree WHERE degree > 0
  RETURN actor, degree, weightedDegree
}
RETURN actor.id AS id, actor.name AS name, actor.type AS type, degree, weightedDegree
ORDER BY degree DESC, weightedDegree DESC, id
LIMIT $limit
