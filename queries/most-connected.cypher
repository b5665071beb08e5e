// name: most-connected
// description: Actors with the most relationships (degree) and the most supporting evidence (weighted degree).
// param: actorType string = null -- Only actors of this type: Person, Organization, Country, Group or Location.
// param: includeCoMentions boolean = false -- Also count CO_MENTIONED relationships.
// param: limit integer = 20 -- Most actors.
// returns: table
MATCH (actor:Actor)
WHERE $actorType IS NULL OR actor.type = $actorType
CALL (actor) {
  MATCH (actor)-[r]-(:Actor)
  WHERE r.relKey IS NOT NULL AND (type(r) <> 'CO_MENTIONED' OR $includeCoMentions)
  RETURN count(r) AS degree, sum(r.weight) AS weightedDegree
}
WITH actor, degree, weightedDegree WHERE degree > 0
RETURN actor.id AS id, actor.name AS name, actor.type AS type, degree, weightedDegree
ORDER BY degree DESC, weightedDegree DESC, id
LIMIT $limit
