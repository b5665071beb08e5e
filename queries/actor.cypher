// name: actor
// title: Actor details
// description: One actor with every relationship it has in the database (not only those on screen), heaviest first: the viewer's actor panel.
// param: id actor -- Actor id.
// param: limit integer = 500 -- Most relationships listed.
// serves: the viewer's actor panel
// returns: table
//
// One row: the actor's own properties, `total` (all its relationships) and
// `relationships`, each with its direction seen from the actor (`outgoing`: the actor
// is the stored source), the other actor, weight, first/last dates and properties.
MATCH (actor:Actor {id: $id})
CALL (actor) {
  OPTIONAL MATCH (actor)-[r]-(other:Actor)
  WHERE r.relKey IS NOT NULL
  WITH r, other ORDER BY r.weight DESC, r.relKey
  WITH collect(CASE WHEN r IS NULL THEN null ELSE {
    relKey: r.relKey, type: type(r), outgoing: startNode(r) = actor, source: startNode(r).id, target: endNode(r).id,
    other: other.id, otherName: other.name, otherType: other.type,
    weight: r.weight, firstSeen: r.firstSeen, lastSeen: r.lastSeen, confidence: r.confidence,
    role: r.role, status: r.status
  } END) AS found
  RETURN size(found) AS total, found[..$limit] AS relationships
}
RETURN actor.id AS id, actor.name AS name, actor.type AS type, actor.aliases AS aliases, actor.status AS status,
       total, relationships
