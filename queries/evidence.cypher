// name: evidence
// title: Evidence of a relationship
// description: The sentences supporting one relationship, with their articles, dates, offsets and trigger offsets.
// param: source actor -- Id of the relationship's source actor (for symmetric types, the stored direction).
// param: type string -- Relation type, e.g. COMMUNICATED_WITH.
// param: target actor -- Id of the relationship's target actor.
// param: limit integer = 100 -- Most sentences.
// serves: the viewer's evidence panel
// returns: table
MATCH (article:Article)-[:HAS_EVIDENCE]->(e:Evidence {relKey: $source + '|' + $type + '|' + $target})
RETURN e.text AS text, article.id AS article, article.title AS title, article.source AS source, article.url AS url,
       e.date AS date, e.start AS start, e.end AS end, e.triggerStart AS triggerStart, e.triggerEnd AS triggerEnd,
       e.rule AS rule, e.confidence AS confidence, e.attributedTo AS attributedTo, e.properties AS properties
ORDER BY date IS NULL, date, article, start
LIMIT $limit
