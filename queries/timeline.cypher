// name: timeline
// title: Timeline of an actor
// description: One actor's relations in date order, one row per supporting sentence.
// param: id actor -- Actor id.
// param: limit integer = 200 -- Most rows.
// returns: table
MATCH (actor:Actor {id: $id})-[r]-(:Actor)
WHERE r.relKey IS NOT NULL
MATCH (e:Evidence {relKey: r.relKey})
RETURN e.date AS date, startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target,
       e.text AS evidence, e.article AS article, e.start AS start
ORDER BY e.date IS NULL, e.date, e.article, e.start
LIMIT $limit
