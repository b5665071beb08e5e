// name: search
// description: Actors whose name or alias matches the words of `q`, tolerant of spelling and transliteration variants (Tokaev finds Tokayev) and of unfinished words.
// param: q string -- Words of the name to look for, e.g. "Tokaev".
// param: limit integer = 10 -- Most actors to return.
// returns: table
//
// Lucene syntax characters are turned into spaces, then every word is searched both
// fuzzily (`word~`, up to two edits) and as a prefix (`word*`). Only the first 16
// words, cut to 64 characters, are used: Lucene refuses larger queries.
WITH [word IN split(reduce(text = toLower($q), char IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", '.', ','] | replace(text, char, ' ')), ' ') WHERE word <> '' | left(word, 64)][..16] AS words
WITH words WHERE size(words) > 0
CALL db.index.fulltext.queryNodes('actor_names', reduce(lucene = '', word IN words | lucene + ' ' + word + '~ ' + word + '*'), {limit: $limit})
YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases, node.status AS status, score
ORDER BY score DESC, id
