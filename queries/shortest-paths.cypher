// name: shortest-paths
// title: How two actors are connected
// description: All shortest chains of relations (up to 6 hops) between two actors.
// param: source actor -- Id of the first actor.
// param: target actor -- Id of the second actor.
// param: types relation[] = [] -- Only use these relation types; every type when empty.
// param: limit integer = 20 -- Most paths to return.
// returns: graph
MATCH p = allShortestPaths((a:Actor {id: $source})-[*..6]-(b:Actor {id: $target}))
WHERE a <> b AND all(r IN relationships(p) WHERE r.relKey IS NOT NULL
  AND (size($types) = 0 OR type(r) IN $types))
RETURN p
LIMIT $limit
