// name: ego
// description: The actors up to `hops` relations away from one actor (given by id, or by name resolved like `search`), breadth first, capped per hop.
// param: id string = null -- Actor id; give id or name.
// param: name string = null -- Name or alias of the actor; the best full-text match is used.
// param: hops integer = 2 -- Relation hops from the actor, 1 to 3.
// param: types string[] = [] -- Only follow these relation types; every type when empty.
// param: includeCoMentions boolean = false -- Also follow CO_MENTIONED relationships.
// param: from date = null -- Only relationships last seen on or after this date.
// param: to date = null -- Only relationships first seen on or before this date.
// param: limit integer = 200 -- Most relationships followed per hop.
// returns: graph
CALL () {
  MATCH (actor:Actor {id: $id})
  RETURN actor, 3.0 AS rank
  UNION
  MATCH (actor:Actor {name: $name})
  RETURN actor, 2.0 AS rank
  UNION
  WITH [word IN split(reduce(text = toLower($name), char IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", '.', ','] | replace(text, char, ' ')), ' ') WHERE word <> '' | left(word, 64)][..16] AS words
  WITH words WHERE size(words) > 0
  CALL db.index.fulltext.queryNodes('actor_names', reduce(lucene = '', word IN words | lucene + ' ' + word + '~ ' + word + '*'), {limit: 1})
  YIELD node, score
  RETURN node AS actor, score / (score + 1) AS rank
}
WITH actor AS center ORDER BY rank DESC LIMIT 1
CALL (center) {
  MATCH (center)-[r]-(next:Actor)
  WHERE r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
    AND (type(r) <> 'CO_MENTIONED' OR $includeCoMentions OR 'CO_MENTIONED' IN $types)
    AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
  WITH r, next LIMIT $limit
  RETURN collect(r) AS hop1, collect(DISTINCT next) AS ring1
}
CALL (ring1) {
  UNWIND ring1 AS actor
  MATCH (actor)-[r]-(next:Actor)
  WHERE $hops >= 2 AND r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
    AND (type(r) <> 'CO_MENTIONED' OR $includeCoMentions OR 'CO_MENTIONED' IN $types)
    AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
  WITH r, next LIMIT $limit
  RETURN collect(r) AS hop2, collect(DISTINCT next) AS ring2
}
CALL (ring2) {
  UNWIND ring2 AS actor
  MATCH (actor)-[r]-(next:Actor)
  WHERE $hops >= 3 AND r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
    AND (type(r) <> 'CO_MENTIONED' OR $includeCoMentions OR 'CO_MENTIONED' IN $types)
    AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
  WITH r, next LIMIT $limit
  RETURN collect(r) AS hop3, collect(DISTINCT next) AS ring3
}
RETURN center, ring1, ring2, ring3, hop1, hop2, hop3
