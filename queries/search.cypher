// name: search
// title: Search actors by name
// description: Actors whose name or alias matches the words of `q`, tolerant of spelling and transliteration (Tokaev finds Tokayev) and of unfinished words.
// param: q fulltext -- Words of the name to look for, e.g. "Tokaev".
// param: limit integer = 10 -- Most actors to return.
// serves: the viewer's search box and actor pickers
// returns: table
//
// kg turns the words into the Lucene query $q.lucene (src/queries/full-text.ts): every
// word fuzzily (`word~1`), as a prefix (`word*`) and romanisation-folded, the way the
// loader stores `searchNames`. In Neo4j Browser: :param q => {lucene: 'tokaev~1 tokaev*'}
WITH $q.lucene AS lucene WHERE lucene <> ''
CALL db.index.fulltext.queryNodes('actor_names', lucene, {limit: $limit})
YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases, node.status AS status, score
ORDER BY score DESC, id
