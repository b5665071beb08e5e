/**
 * The extraction pipeline: article text → sentences tokenized, tagged and parsed (src/nlp)
 * → mentions → resolved actors → relations read from the parse, with dated, attributed
 * evidence → GraphDocument. Each stage is its own module; this one wires them. Build the
 * context once and reuse it for many articles.
 */
import { loadCatalog } from '../catalog/load-catalog.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Evidence, GraphDocument, Mention } from '../document/types.ts';
import type { Article } from '../ingest/types.ts';
import { loadOntology } from '../ontology/load.ts';
import type { Ontology } from '../ontology/types.ts';
import { markEntities } from '../nlp/entity-tagger.ts';
import { analyze, DEFAULT_MODEL_PATH } from '../nlp/index.ts';
import type { ParsedSentence } from '../nlp/types.ts';
import { findAttribution } from './attribution.ts';
import { CitedSources } from './cited-sources.ts';
import { findDates } from './dates.ts';
import { DependencyGraph } from './dependency-graph.ts';
import { DocumentBuilder, type ArticleExtraction, type EvidencedFinding } from './document.ts';
import { buildMentionIndex, type MentionIndex } from './mention-index.ts';
import { findMentions } from './mentions.ts';
import { KnownRoles } from './known-roles.ts';
import { cachedAnalyzer, fileDigest } from './parse-cache.ts';
import { extractRelations, type SentenceReading } from './relations.ts';
import { ArticleResolver, type ResolvedMention } from './resolution.ts';
import { addOrphanSubjects } from './orphan-subjects.ts';
import { repairSubordinateSubjects } from './parse-repairs.ts';
import { addTitleEdges } from './title-edges.ts';
import { buildTriggerIndex, type TriggerIndex } from './trigger-index.ts';

export type { ArticleExtraction } from './document.ts';
export { DocumentBuilder } from './document.ts';

export interface ExtractOptions {
  /** Actor catalog; default: seed/catalog.yaml. */
  catalog?: Catalog;
  /** Ontology; default: schema/ontology.yaml. */
  ontology?: Ontology;
  /** Splits, tokenizes, tags and parses an article's text; default: the shipped model (src/nlp). */
  analyze?: (text: string) => ParsedSentence[];
  /** Folder where the shipped model's parses are kept by text hash (see parse-cache.ts); default: none. */
  parseCache?: string;
}

/** Everything extraction needs, compiled once. */
export interface ExtractionContext {
  catalog: Catalog;
  ontology: Ontology;
  index: MentionIndex;
  triggers: TriggerIndex;
  analyze: (text: string) => ParsedSentence[];
}

/** Compiles the lookup tables for a catalog and an ontology (defaults: the shipped ones). */
export function createContext(options: ExtractOptions = {}): ExtractionContext {
  const catalog = options.catalog ?? loadCatalog();
  const ontology = options.ontology ?? loadOntology();
  return {
    catalog,
    ontology,
    index: buildMentionIndex(catalog, ontology),
    triggers: buildTriggerIndex(ontology),
    analyze: options.analyze ?? shippedAnalyzer(options.parseCache),
  };
}

/** How far (in characters) from its trigger a date expression may stand and still date the event. */
const DATE_REACH = 60;
/** Most example sentences kept per candidate actor and article. */
const EXAMPLES_PER_CANDIDATE = 2;

/** Extracts the actors, relations (with evidence) and mention counts of one article. */
export function extractArticle(article: Article, context: ExtractionContext): ArticleExtraction {
  const examples: Record<string, string[]> = {};
  const resolver = new ArticleResolver(context.index, article.date);
  const findings: EvidencedFinding[] = [];
  const cited = new CitedSources(context.ontology.lexicon);
  const counts = new Map<string, number>();
  const typeOf = (id: string) => resolver.actors.get(id)?.type ?? context.catalog.byId.get(id)?.type;
  const knownRoles = new KnownRoles(
    context.catalog,
    article.date,
    () => context.index.leaders,
    (id) => resolver.actors.get(id)?.name,
    (id) => resolver.actors.has(id) || resolver.discourse.namedCountry(id),
    (title) => context.index.titleSectors.get(title),
  );
  for (const sentence of context.analyze(article.text)) {
    const resolved = resolver.resolveSentence(sentence.index, findMentions(sentence, context.index), sentence.tokens);
    for (const { actorId } of resolved) {
      if (!actorId) continue;
      counts.set(actorId, (counts.get(actorId) ?? 0) + 1);
      if (resolver.actors.get(actorId)?.status !== 'candidate') continue;
      const kept = (examples[actorId] ??= []);
      if (kept.length < EXAMPLES_PER_CANDIDATE && !kept.includes(sentence.text)) kept.push(sentence.text);
    }
    // The graph is built on first use: a sentence without actors or triggers never reads it. Its inputs do not change
    // in the meantime (meeting an actor keeps the type typeOf gives).
    let graph: DependencyGraph | undefined;
    const reading: SentenceReading = {
      tokens: sentence.tokens,
      get graph() {
        return (graph ??= sentenceGraph(sentence, resolved, typeOf, context.ontology.lexicon));
      },
      mentions: resolved,
      mentionAt: placeMentions(sentence, resolved),
      typeOf,
      knownRoles,
    };
    cited.note(reading, sentence.index);
    const sentenceFindings = extractRelations(reading, context);
    if (sentenceFindings.length === 0) continue;
    const dates = findDates(sentence.text, article.date, sentence.start, context.ontology.lexicon);
    for (const finding of sentenceFindings) {
      resolver.meet(finding.source);
      resolver.meet(finding.target);
      const state = context.ontology.relations.get(finding.type)?.state;
      const distance = (date: (typeof dates)[number]) => Math.abs(date.start - finding.trigger.start);
      const nearest = state ? undefined : dates.filter((date) => distance(date) <= DATE_REACH).sort((a, b) => distance(a) - distance(b))[0];
      const triggerToken = sentence.tokens.findIndex((token) => token.start === finding.trigger.start);
      const attributedTo = triggerToken >= 0 ? findAttribution(reading, triggerToken, context.ontology.lexicon) : undefined;
      const evidence: Evidence = {
        article: article.id,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        rule: finding.rule,
        confidence: finding.confidence,
        date: nearest ? nearest.date : article.date,
        ...(attributedTo && attributedTo !== finding.source && attributedTo !== finding.target && { attributedTo }),
        trigger: finding.trigger,
        ...(finding.sourceSpan && { sourceSpan: finding.sourceSpan }),
        ...(finding.targetSpan && { targetSpan: finding.targetSpan }),
        ...(finding.sourceAntecedent && { sourceAntecedent: finding.sourceAntecedent }),
        ...(finding.targetAntecedent && { targetAntecedent: finding.targetAntecedent }),
      };
      findings.push({ ...finding, evidence });
    }
  }
  const argumentIds = new Set(findings.flatMap((finding) => [finding.source, finding.target]));
  // An unnamed collective ("officials", "security forces") is an actor of the article only as a side of a relation:
  // mentioned alone it names nobody an analyst can follow (a subject-of-a-clause test kept fewer right ones).
  const actors = [...resolver.actors.values()].filter(
    (actor) => !cited.onlyCited(actor, argumentIds) && (actor.type !== 'Group' || argumentIds.has(actor.id)),
  );
  const kept = new Set(actors.map((actor) => actor.id));
  const mentions: Mention[] = [...counts].flatMap(([actor, count]) => (kept.has(actor) ? [{ article: article.id, actor, count }] : []));
  return {
    article: {
      id: article.id,
      date: article.date,
      title: article.title,
      source: article.source,
      url: article.url,
      contentHash: article.contentHash,
      ...(article.author != null && { author: article.author }),
      ...(article.sources && { sources: article.sources }),
      ...(article.signature && { signature: article.signature }),
      text: article.text,
    },
    actors,
    findings,
    mentions,
    examples,
  };
}

/**
 * The shipped models' analyzer: the parse (read from and written to the parse cache in `parseCache`
 * when given), then the entity tagger's labels on its tokens (cheap, so never cached).
 */
function shippedAnalyzer(parseCache: string | undefined): (text: string) => ParsedSentence[] {
  const parse = (text: string) => analyze(text);
  const parsed = parseCache ? cachedAnalyzer(parseCache, fileDigest(DEFAULT_MODEL_PATH), parse) : parse;
  return (text: string) => {
    const sentences = parsed(text);
    markEntities(sentences);
    return sentences;
  };
}

/** The dependency graph of a sentence, with the edges its mentions show (title-edges.ts) and the parse repairs. */
function sentenceGraph(
  sentence: ParsedSentence,
  resolved: readonly ResolvedMention[],
  typeOf: (id: string) => string | undefined,
  lexicon: Ontology['lexicon'],
): DependencyGraph {
  const titles = { isPerson: (id: string) => typeOf(id) === 'Person', ownerMarkers: lexicon.ownerMarkers };
  return new DependencyGraph(sentence.tokens, (basic) => {
    addTitleEdges(basic, sentence.tokens, resolved, titles);
    repairSubordinateSubjects(basic, lexicon.subordinators);
    addOrphanSubjects(basic, sentence.tokens, resolved);
  });
}

/** Token index → index of the resolved mention whose token span covers it (-1 for none); the first mention wins. */
function placeMentions(sentence: ParsedSentence, mentions: readonly ResolvedMention[]): number[] {
  const at = sentence.tokens.map(() => -1);
  mentions.forEach(({ mention }, position) => {
    for (let token = mention.start; token < mention.end; token++) if (at[token] === -1) at[token] = position;
  });
  return at;
}

/** Runs the pipeline over articles and merges the results into one deterministic GraphDocument. */
export function extractDocument(articles: readonly Article[], options: ExtractOptions = {}): GraphDocument {
  const context = createContext(options);
  const builder = new DocumentBuilder(context.ontology);
  for (const article of articles) builder.add(extractArticle(article, context));
  return builder.build();
}
