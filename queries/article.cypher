// name: article
// title: What one article contributed
// description: What one article contributed: the actors it mentions and the relationships its sentences support.
// param: id string -- Article id.
// returns: graph
MATCH (article:Article {id: $id})
CALL (article) {
  MATCH (article)-[:MENTIONS]->(actor:Actor)
  RETURN collect(actor) AS mentioned
}
CALL (article) {
  MATCH (article)-[:HAS_EVIDENCE]->(e:Evidence)
  MATCH (s:Actor {id: e.source})-[r]->(t:Actor {id: e.target})
  WHERE r.relKey = e.relKey
  RETURN collect(DISTINCT [s, r, t]) AS supported
}
RETURN mentioned, supported
