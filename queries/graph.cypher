// name: graph
// title: The whole graph
// description: The whole actor graph, capped: relationships between actors with their endpoints, strongest first.
// param: limit integer = 5000 -- Most relationships.
// returns: graph
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.relKey IS NOT NULL
RETURN s, r, t
ORDER BY r.weight DESC, r.relKey
LIMIT $limit
