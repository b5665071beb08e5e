/**
 * The JSON bodies of the `kg serve` API, one definition for the server that builds them
 * and the viewer that reads them (viewer/src/api.ts imports these types; type-only, so
 * nothing of the server ends up in the page). Rows of table queries are typed here by
 * the columns their `queries/*.cypher` file returns.
 */
import type { NamedQuery } from '../queries/library.ts';
import type { GraphResult, QueryResult, TableResult } from '../queries/result.ts';

export type { GraphResult, QueryResult, TableResult };
export type { QueryParam } from '../queries/library.ts';

/** A named query as `/api/queries` lists it: no Cypher text, no file path. */
export type QueryDefinition = Pick<NamedQuery, 'name' | 'title' | 'description' | 'params' | 'returns' | 'serves'>;

/** A relation type of the ontology (schema/ontology.yaml), for the viewer's type pickers. */
export interface RelationTypeInfo {
  name: string;
  definition: string;
  quadClass: 1 | 2 | 3 | 4 | null;
  /** Stored once, in either direction (COMMUNICATED_WITH, ALLY_OF). */
  symmetric: boolean;
}

/** `/api/queries`: the named queries and the relation types their `relation[]` parameters take. */
export interface QueriesBody {
  queries: QueryDefinition[];
  relationTypes: RelationTypeInfo[];
}

/** One actor of `/api/search`. */
export interface Suggestion {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
}

/** `/api/search`. */
export interface SearchBody {
  suggestions: Suggestion[];
}

/** One sentence supporting a relationship (`queries/evidence.cypher`). */
export interface EvidenceRow {
  text: string;
  article: string;
  title: string | null;
  /** The outlet. */
  source: string | null;
  url: string | null;
  date: string | null;
  start: number;
  end: number;
  triggerStart: number | null;
  triggerEnd: number | null;
  /** The extraction rule that produced the relation from this sentence ("why this edge"). */
  rule: string | null;
  confidence: number | null;
  /** Who the sentence attributes the statement to ("the Kremlin said"). */
  attributedTo: string | null;
  /** The relation's properties as canonical JSON (`hedged`, `role`, `cameo`, …). */
  properties: string | null;
}

/** `/api/evidence`. */
export interface EvidenceBody {
  rows: EvidenceRow[];
  truncated: boolean;
}

/** One relationship of an actor, seen from that actor (`queries/actor.cypher`). */
export interface ActorRelationship {
  relKey: string;
  type: string;
  /** Whether the actor is the stored source. */
  outgoing: boolean;
  source: string;
  target: string;
  other: string;
  otherName: string;
  otherType: string;
  weight: number;
  firstSeen: string | null;
  lastSeen: string | null;
  confidence: number | null;
  role: string | null;
  status: string | null;
}

/** `/api/actor/:id`: the actor panel, counted from the database. */
export interface ActorBody {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  status: string | null;
  /** Every relationship of the actor; `relationships` holds at most the query's limit of them. */
  total: number;
  relationships: ActorRelationship[];
}

/** One evidence sentence of an article (`queries/article-evidence.cypher`). */
export interface ArticleEvidence {
  text: string;
  start: number;
  end: number;
  triggerStart: number | null;
  triggerEnd: number | null;
  type: string;
  source: string;
  target: string;
  rule: string | null;
  confidence: number | null;
  attributedTo: string | null;
  date: string | null;
}

/** `/api/article/:id`: what the graph holds of one article. */
export interface ArticleBody {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
  /** The whole text (null for articles seeded before the text was stored); evidence offsets point into it. */
  text: string | null;
  /** Every outlet and URL that carried the article (copies folded into it by the seed), its own included. */
  outlets: string[];
  urls: string[];
  evidence: ArticleEvidence[];
  actors: { id: string; name: string; type: string; count: number }[];
}

/** One row of `queries/evidence-per-day.cypher`. */
export interface EvidenceDay {
  date: string;
  evidence: number;
}

/** `/api/timeline`: evidence per day over the whole graph. */
export interface TimelineBody {
  days: EvidenceDay[];
}

/** Any error: `{error: {message, hint?}}`. */
export interface ErrorBody {
  error: { message: string; hint?: string };
}
