// name: graph
// title: The whole graph
// description: The whole actor graph, capped: relationships between actors with their endpoints, strongest first.
// param: includeCoMentions boolean = false -- Also include CO_MENTIONED relationships.
// param: limit integer = 5000 -- Most relationships.
// returns: graph
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.relKey IS NOT NULL AND (type(r) <> 'CO_MENTIONED' OR $includeCoMentions)
RETURN s, r, t
ORDER BY r.weight DESC, r.relKey
LIMIT $limit
