// Full-text search over actor names: the name, every alias, and `searchNames`
// (the same names normalised and romanisation-folded by the loader with the
// catalog's normalizeName and nameKey: "Toqaev" → "tokaev"). The folding analyzer
// strips accents at query time too; queries add Lucene fuzziness (`~`) so that
// transliteration variants (Tokaev / Tokayev / Toqaev) find each other.
// Not eventually consistent: a seeded actor is searchable as soon as the seed commits.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (a:Actor) ON EACH [a.name, a.aliases, a.searchNames]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
