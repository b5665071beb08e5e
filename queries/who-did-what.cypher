// name: who-did-what
// title: Who did what, when
// description: Relationships of the given types or CAMEO quad class within a date range, most recent first.
// param: types relation[] = [] -- Relation types, e.g. ARRESTED,USED_FORCE; every type when empty.
// param: quadClass integer = null -- CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
// param: from date = null -- Only relationships last seen on or after this date.
// param: to date = null -- Only relationships first seen on or before this date.
// param: limit integer = 100 -- Most rows.
// returns: table
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.relKey IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
  AND ($quadClass IS NULL OR r.quadClass = $quadClass)
  AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
RETURN s.id AS sourceId, s.name AS source, type(r) AS relation, t.id AS targetId, t.name AS target,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.weight AS weight, r.confidence AS confidence, r.articles AS articles
ORDER BY r.lastSeen IS NULL, r.lastSeen DESC, r.weight DESC, r.relKey
LIMIT $limit
