// name: revision
// title: Graph revision
// description: The graph's revision: a new random value after every write of the loader (kg serve caches its answers by it).
// serves: the server: the revision its answers are cached by
// returns: table
OPTIONAL MATCH (v:GraphRevision {id: 'graph'})
RETURN v.revision AS revision
