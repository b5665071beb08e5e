// name: co-mentions
// title: Actors mentioned together with an actor
// description: Actors mentioned in the same articles as one actor, by number of shared articles.
// param: id actor -- Actor id.
// param: limit integer = 20 -- Most actors.
// returns: table
MATCH (actor:Actor {id: $id})<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(other:Actor)
WHERE other <> actor
WITH other, collect(DISTINCT article.id) AS articles
RETURN other.id AS id, other.name AS name, other.type AS type, size(articles) AS sharedArticles, articles[..10] AS articles
ORDER BY sharedArticles DESC, id
LIMIT $limit
