/**
 * The graph document: what extraction produces and the Neo4j loader consumes.
 * `kg extract --format json` prints its `actors` and `relations`; the loader also
 * uses `articles` and `mentions`. Every relation carries the evidence that supports it.
 */

export const ACTOR_TYPES = ['Person', 'Organization', 'Country', 'Group', 'Location'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** `catalog`: resolved to an entry of the actor catalog; `candidate`: found in text only. */
export type ActorStatus = 'catalog' | 'candidate';

export interface Actor {
  /** Stable id: the catalog id, or a slug of the normalised name for candidates. */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  status: ActorStatus;
}

/** One quoted span of an article supporting a relation. `text === article.text.slice(start, end)`. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  text: string;
  /** Name of the rule or pattern that produced the relation from this sentence. */
  rule?: string;
  confidence?: number;
  /** ISO date (YYYY-MM-DD) of the event this sentence reports, when it can be resolved. */
  date?: string | null;
  /** Who the text attributes the statement to ("the Kremlin reported"), when it says. */
  attributedTo?: string;
  /** Character offsets (in the article text) of the words that triggered the relation. */
  trigger?: { start: number; end: number };
  /** Character offsets (in the article text) of the words in this sentence that give the source and target. */
  sourceSpan?: { start: number; end: number };
  targetSpan?: { start: number; end: number };
  /**
   * When those words only point back ("he", "the bloc", "the president"): the offsets of the
   * earlier mention that named the actor.
   */
  sourceAntecedent?: { start: number; end: number };
  targetAntecedent?: { start: number; end: number };
}

export type PropertyValue = string | number | boolean;

export interface Relation {
  source: string;
  target: string;
  /** A relation type name of the ontology (schema/ontology.yaml), e.g. COMMUNICATED_WITH. */
  type: string;
  properties: Record<string, PropertyValue>;
  /** Earliest resolved date of its evidence, or null. */
  date: string | null;
  confidence: number;
  attributedTo?: string;
  evidence: Evidence[];
}

/** An outlet that carried an article: the article itself, or a copy of it folded in at ingest. */
export interface ArticleSource {
  /** Id the copy would have had as an article of its own. */
  id: string;
  outlet: string | null;
  url: string | null;
}

/** Article metadata as stored on (:Article) nodes. */
export interface ArticleMeta {
  id: string;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  /** sha256 of the article text; an unchanged hash means the article need not be re-seeded. */
  contentHash: string;
  author?: string | null;
  /**
   * Every outlet that carried the text, the article's own first, then each copy folded
   * into it at ingest (stored as `outlets`, `urls` and `copies`, see graph/rows.ts).
   */
  sources?: ArticleSource[];
  /** MinHash signature of the text (src/ingest/minhash.ts), so that a later copy is folded into this article. */
  signature?: string;
  /** The article's text (evidence offsets point into it), kept so the viewer can show the article whole. */
  text?: string;
}

export interface Mention {
  article: string;
  actor: string;
  count: number;
}

export interface GraphDocument {
  articles: ArticleMeta[];
  actors: Actor[];
  relations: Relation[];
  mentions: Mention[];
}
