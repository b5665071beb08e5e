// name: most-connected
// title: Most connected actors
// description: Actors with the most relationships (degree) and the most supporting evidence (weighted degree).
// param: actorType string = null -- Only actors of this type: Person, Organization, Country, Group or Location.
// param: limit integer = 20 -- Most actors.
// returns: table
//
// The loader stores `degree` and `weightedDegree` on every actor under the index
// actor_degree, which hands the top actors out in order.
MATCH (actor:Actor)
WHERE actor.degree > 0 AND actor.weightedDegree IS NOT NULL
  AND ($actorType IS NULL OR actor.type = $actorType)
RETURN actor.id AS id, actor.name AS name, actor.type AS type, actor.degree AS degree, actor.weightedDegree AS weightedDegree
ORDER BY degree DESC, weightedDegree DESC, id
LIMIT $limit
