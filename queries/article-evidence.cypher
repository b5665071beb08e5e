// name: article-evidence
// title: One article and its evidence
// description: One article as stored: title, outlet, date, link, text, every outlet and link that carried it, its evidence and the actors it mentions.
// param: id string -- Article id.
// serves: the viewer's "open article"
// returns: table
MATCH (article:Article {id: $id})
CALL (article) {
  OPTIONAL MATCH (article)-[:HAS_EVIDENCE]->(e:Evidence)
  WITH e ORDER BY e.start, e.relKey
  RETURN collect(e {.text, .start, .end, .triggerStart, .triggerEnd, .type, .source, .target, .rule, .confidence, .attributedTo, .date}) AS evidence
}
CALL (article) {
  OPTIONAL MATCH (article)-[m:MENTIONS]->(actor:Actor)
  WITH actor, m ORDER BY m.count DESC, actor.name
  RETURN collect(actor {.id, .name, .type, count: m.count}) AS actors
}
RETURN article.id AS id, article.title AS title, article.source AS source, article.url AS url, article.date AS date, article.text AS text,
       coalesce(article.outlets, []) AS outlets, coalesce(article.urls, []) AS urls, evidence, actors
