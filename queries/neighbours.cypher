// name: neighbours
// title: Direct relationships of an actor
// description: One actor and its direct relationships, strongest first (the viewer's "expand").
// param: id actor -- Actor id.
// param: types relation[] = [] -- Only these relation types; every type when empty.
// param: limit integer = 100 -- Most relationships.
// serves: the viewer's "expand"
// returns: graph
MATCH (actor:Actor {id: $id})
OPTIONAL CALL (actor) {
  MATCH (actor)-[r]-(next:Actor)
  WHERE r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
  RETURN r, next
  ORDER BY r.weight DESC, r.relKey
  LIMIT $limit
}
RETURN actor, r, next
