// Range indexes the named queries and the loader look things up by.
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
// Evidence of one relationship (relKey = "<source>|<TYPE>|<target>") and of one article.
CREATE INDEX evidence_rel_key IF NOT EXISTS FOR (e:Evidence) ON (e.relKey);
CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.article);
CREATE INDEX evidence_date IF NOT EXISTS FOR (e:Evidence) ON (e.date);
