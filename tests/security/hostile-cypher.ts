/**
 * Hostile inputs for the read-only paths: statements `kg cypher` must refuse, and
 * parameter values (API query parameters, the search box) that must stay data.
 * Each entry says what it tries, so a failing test names the attack.
 */

export interface HostileStatement {
  /** What the statement tries to do. */
  attack: string;
  cypher: string;
}

/** Statements that write, change the schema or users, read files, or leak server internals. */
export const HOSTILE_STATEMENTS: readonly HostileStatement[] = [
  { attack: 'CREATE', cypher: "CREATE (:Actor {id: 'intruder', name: 'Intruder'})" },
  { attack: 'MERGE', cypher: "MERGE (a:Actor {id: 'intruder'}) RETURN a" },
  { attack: 'SET', cypher: "MATCH (a:Actor) SET a.name = 'defaced' RETURN count(a)" },
  { attack: 'SET with +=', cypher: "MATCH (a:Actor) SET a += {name: 'defaced'}" },
  { attack: 'DELETE', cypher: 'MATCH ()-[r]->() DELETE r' },
  { attack: 'DETACH DELETE', cypher: 'MATCH (n) DETACH DELETE n' },
  { attack: 'REMOVE', cypher: 'MATCH (a:Actor) REMOVE a.name' },
  { attack: 'REMOVE label', cypher: 'MATCH (a:Actor) REMOVE a:Actor' },
  { attack: 'FOREACH', cypher: "MATCH (a:Actor) FOREACH (x IN [1] | SET a.name = 'defaced')" },
  { attack: 'CALL subquery', cypher: "CALL { CREATE (n:Intruder) RETURN n } RETURN n" },
  { attack: 'CALL IN TRANSACTIONS', cypher: 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS RETURN 1' },
  { attack: 'write after a read', cypher: "MATCH (a:Actor) WITH a LIMIT 1 CREATE (a)-[:OWNS]->(:Intruder) RETURN a" },
  { attack: ';-chained statements', cypher: 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n' },
  { attack: ';-chained behind a string', cypher: "RETURN 'a;b' AS x; CREATE (:Intruder)" },
  { attack: 'line comment hiding a write', cypher: 'MATCH (n) RETURN n // \n CREATE ()' },
  { attack: 'block comment around the read', cypher: '/* MATCH (n) RETURN n */ CREATE (:Intruder)' },
  { attack: 'block comment hiding the semicolon', cypher: 'MATCH (n) RETURN count(n) /* ; */ ; CREATE (:Intruder)' },
  { attack: 'unicode-escaped keyword', cypher: 'MATCH (n) \\u0044ETACH DELETE n' },
  { attack: 'fullwidth semicolon', cypher: 'MATCH (n) RETURN n\uff1b CREATE (:Intruder)' },
  { attack: 'zero-width space in a keyword', cypher: 'CRE\u200bATE (:Intruder)' },
  { attack: 'lower-case write', cypher: 'match (n) detach delete n' },
  { attack: 'LOAD CSV from a local file', cypher: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row" },
  { attack: 'LOAD CSV from the network', cypher: "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row" },
  { attack: 'LOAD CSV feeding a write', cypher: "LOAD CSV FROM 'file:///x.csv' AS row CREATE (:Intruder {v: row[0]})" },
  { attack: 'db.createLabel', cypher: "CALL db.createLabel('Intruder')" },
  { attack: 'db.createProperty', cypher: "CALL db.createProperty('intruder')" },
  { attack: 'db.createRelationshipType', cypher: "CALL db.createRelationshipType('INTRUDES')" },
  { attack: 'db.clearQueryCaches', cypher: 'CALL db.clearQueryCaches()' },
  { attack: 'dbms.setConfigValue', cypher: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')" },
  { attack: 'dbms.security.createUser', cypher: "CALL dbms.security.createUser('intruder', 'secret', false)" },
  { attack: 'dbms.security.changePassword', cypher: "CALL dbms.security.changePassword('hijacked')" },
  { attack: 'dbms.listConfig (leaks the server configuration)', cypher: 'CALL dbms.listConfig()' },
  { attack: 'dbms.listConnections (leaks clients)', cypher: 'CALL dbms.listConnections()' },
  { attack: 'dbms.showCurrentUser', cypher: 'CALL dbms.showCurrentUser()' },
  { attack: 'dbms.killQueries', cypher: "CALL dbms.killQueries(['query-1'])" },
  { attack: 'CREATE USER', cypher: "CREATE USER intruder SET PASSWORD 'secret' CHANGE NOT REQUIRED" },
  { attack: 'ALTER CURRENT USER', cypher: "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'hijacked'" },
  { attack: 'SHOW USERS (leaks accounts)', cypher: 'SHOW USERS' },
  { attack: 'SHOW SETTINGS (leaks the configuration)', cypher: 'SHOW SETTINGS' },
  { attack: "SHOW TRANSACTIONS (leaks other sessions' queries)", cypher: 'SHOW TRANSACTIONS' },
  { attack: 'CREATE DATABASE', cypher: 'CREATE DATABASE intruder' },
  { attack: 'CREATE INDEX', cypher: 'CREATE INDEX intruder FOR (n:Intruder) ON (n.x)' },
  { attack: 'DROP CONSTRAINT', cypher: 'DROP CONSTRAINT actor_id' },
  { attack: 'STOP DATABASE', cypher: 'STOP DATABASE neo4j' },
  { attack: 'TERMINATE TRANSACTIONS', cypher: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'" },
  { attack: 'a 1 MB statement', cypher: `RETURN '${'x'.repeat(1_000_000)}' AS x; CREATE (:Intruder)` },
];

/**
 * Values sent as query parameters and search text. They must reach Neo4j as parameter
 * values: each is either answered as data (a clean empty or correct result) or refused
 * as a bad parameter, and none changes the graph.
 */
export const HOSTILE_VALUES: readonly string[] = [
  "') RETURN 1 //",
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n //',
  '` DETACH DELETE n //',
  '$q',
  '1; MATCH (n) DETACH DELETE n',
  '2 OR 1=1',
  '-1',
  '99999999999999999999',
  '1e400',
  'null',
  '[1,2]',
  '{"a":1}',
  'true',
  'ARRESTED,CREATE (n),DELETE',
  '2022-13-45',
  'CALL dbms.listConfig()',
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  '*:*',
  'name:* OR aliases:*',
  '~~~***???',
  '\\',
  '\u0000',
  '\u202eevil\u202c',
  'Toka\u0301yev',
  '\ud83d\udca3 \u200b\ufeff',
  '<script>alert(1)</script>',
];

/** Over-long values (1 MB): one word, and many words. */
export const HUGE_VALUES: readonly string[] = ['x'.repeat(1_000_000), 'tokayev '.repeat(125_000)];
