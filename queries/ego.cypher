// name: ego
// title: Network around an actor
// description: The actors up to `hops` relations from one actor (by id, or by name: exact name, else the best `search` match), breadth first, heaviest first.
// param: id actor = null -- Actor id; give id or name.
// param: name fulltext = null -- Name or alias of the actor: an actor with exactly this name, else the best full-text match.
// param: hops integer = 2 -- Relation hops from the actor, 1 to 3.
// param: types relation[] = [] -- Only follow these relation types; every type when empty.
// param: from date = null -- Only relationships last seen on or after this date.
// param: to date = null -- Only relationships first seen on or before this date.
// param: limit integer = 200 -- Most relationships followed per hop.
// returns: graph
//
// The start node is found by its unique id, else by the name index, and only when
// neither matches by the full-text index ($name.lucene is built by kg from the words
// of the name, see docs/queries.md). Each hop keeps the `limit` heaviest relationships
// leaving the previous ring; relationships back to the center are not followed again.
CALL () {
  MATCH (actor:Actor {id: $id})
  RETURN actor
  UNION
  MATCH (actor:Actor {name: $name.text})
  WHERE NOT EXISTS { (:Actor {id: $id}) }
  RETURN actor
  UNION
  WITH $name.lucene AS lucene
  WHERE lucene <> '' AND NOT EXISTS { (:Actor {id: $id}) } AND NOT EXISTS { (:Actor {name: $name.text}) }
  CALL db.index.fulltext.queryNodes('actor_names', lucene, {limit: 1}) YIELD node
  RETURN node AS actor
}
WITH actor AS center LIMIT 1
CALL (center) {
  MATCH (center)-[r]-(next:Actor)
  WHERE r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
    AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
  WITH r, next ORDER BY r.weight DESC, r.relKey LIMIT $limit
  RETURN collect(r) AS hop1, collect(DISTINCT next) AS ring1
}
CALL (center, ring1) {
  UNWIND ring1 AS actor
  MATCH (actor)-[r]-(next:Actor)
  WHERE $hops >= 2 AND next <> center
    AND r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
    AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
  WITH r, next ORDER BY r.weight DESC, r.relKey LIMIT $limit
  RETURN collect(DISTINCT r) AS hop2, collect(DISTINCT next) AS ring2
}
CALL (center, ring2) {
  UNWIND ring2 AS actor
  MATCH (actor)-[r]-(next:Actor)
  WHERE $hops >= 3 AND next <> center
    AND r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
    AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
  WITH r, next ORDER BY r.weight DESC, r.relKey LIMIT $limit
  RETURN collect(DISTINCT r) AS hop3, collect(DISTINCT next) AS ring3
}
RETURN center, ring1, ring2, ring3, hop1, hop2, hop3
