/**
 * Merges per-article extractions into one GraphDocument: one relation per (source, type,
 * target) — symmetric types with their ids in canonical order — carrying every piece of
 * evidence, the earliest date and the highest confidence. Everything is sorted (actors by
 * id, relations by type/source/target, evidence by article/start) so equal input gives
 * byte-identical output.
 */
import type { Actor, ArticleMeta, Evidence, GraphDocument, Mention, PropertyValue, Relation } from '../document/types.ts';
import type { Ontology, StatementProperties } from '../ontology/types.ts';
import type { Finding } from './relations.ts';

/** A finding with the evidence that supports it. */
export interface EvidencedFinding extends Finding {
  evidence: Evidence;
}

/** What extraction produces for one article. */
export interface ArticleExtraction {
  article: ArticleMeta;
  actors: Actor[];
  findings: EvidencedFinding[];
  mentions: Mention[];
  /** Up to two sentences mentioning each candidate (uncatalogued) actor, by actor id. */
  examples: Record<string, string[]>;
}

/** Accumulates article extractions; `build()` returns the sorted document. */
export class DocumentBuilder {
  private readonly articles: ArticleMeta[] = [];
  private readonly actors = new Map<string, Actor>();
  private readonly relations = new Map<string, Relation>();
  private readonly mentions: Mention[] = [];

  constructor(private readonly ontology: Ontology) {}

  add(extraction: ArticleExtraction): void {
    this.articles.push(extraction.article);
    this.mentions.push(...extraction.mentions);
    for (const actor of extraction.actors) {
      const known = this.actors.get(actor.id);
      if (!known) this.actors.set(actor.id, { ...actor, aliases: [...actor.aliases] });
      // A later article may name a candidate differently: that name becomes an alias, as the loader does across runs.
      else for (const alias of [actor.name, ...actor.aliases]) if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
    }
    for (const finding of extraction.findings) this.addFinding(finding);
  }

  private addFinding(finding: EvidencedFinding): void {
    let { source, target } = finding;
    if (this.ontology.relations.get(finding.type)?.direction === 'symmetric' && target < source) [source, target] = [target, source];
    const key = `${finding.type}\u0000${source}\u0000${target}`;
    const relation = this.relations.get(key);
    if (!relation) {
      this.relations.set(key, {
        source,
        target,
        type: finding.type,
        properties: { ...finding.properties },
        date: finding.evidence.date ?? null,
        confidence: finding.confidence,
        evidence: [finding.evidence],
      });
      return;
    }
    relation.confidence = Math.max(relation.confidence, finding.confidence);
    const date = finding.evidence.date ?? null;
    if (date && (!relation.date || date < relation.date)) relation.date = date;
    mergeProperties(relation.properties, finding.properties, this.ontology.statement);
    const same = relation.evidence.findIndex((evidence) => evidence.article === finding.evidence.article && evidence.start === finding.evidence.start);
    if (same < 0) relation.evidence.push(finding.evidence);
    else if ((relation.evidence[same]!.confidence ?? 0) < finding.confidence) relation.evidence[same] = finding.evidence;
  }

  build(): GraphDocument {
    const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const relations = [...this.relations.values()].sort(
      (a, b) => byString(a.type, b.type) || byString(a.source, b.source) || byString(a.target, b.target),
    );
    for (const relation of relations) {
      relation.evidence.sort((a, b) => byString(a.article, b.article) || a.start - b.start);
      const attributions = new Set(relation.evidence.map((evidence) => evidence.attributedTo));
      if (attributions.size === 1 && relation.evidence[0]!.attributedTo) relation.attributedTo = relation.evidence[0]!.attributedTo;
    }
    return {
      articles: [...this.articles].sort((a, b) => byString(a.id, b.id)),
      actors: [...this.actors.values()].map((actor) => ({ ...actor, aliases: [...actor.aliases].sort(byString) })).sort((a, b) => byString(a.id, b.id)),
      relations,
      mentions: [...this.mentions].sort((a, b) => byString(a.article, b.article) || byString(a.actor, b.actor)),
    };
  }
}

/** Keeps the first value of each property; a relation is hedged only while all its evidence is. */
function mergeProperties(into: Record<string, PropertyValue>, from: Record<string, PropertyValue>, statement: StatementProperties): void {
  const { hedged, roleTime } = statement;
  if (into[hedged] && !from[hedged]) delete into[hedged];
  for (const [name, value] of Object.entries(from)) if (name !== hedged && !(name in into)) into[name] = value;
  // A past role from any sentence wins: a role reported as former anywhere is not current.
  if (from[roleTime.property] === roleTime.past) into[roleTime.property] = roleTime.past;
}
