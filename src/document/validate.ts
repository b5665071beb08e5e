/**
 * Checks one article's extraction result on its own, before it joins a batch: every
 * actor a mention or relation refers to exists, every offset lies inside the article
 * text, every evidence quotes exactly its slice, and nothing appears twice. A failure
 * here is a bug in the extractor; `kg seed` reports the article and loads the others,
 * so the loader never sees an invalid document.
 */
import type { ArticleExtraction } from '../extract/index.ts';
import type { Article } from '../ingest/types.ts';
import type { Ontology } from '../ontology/types.ts';
import { ACTOR_TYPES, type Evidence } from './types.ts';

type Span = { start: number; end: number };

/** The hint every extraction failure ends with: the user cannot fix it, we can. */
export const REPORT_HINT = 'this is a bug in newsgraph: please report it with the article.';

/**
 * The invariant violations in `extraction` of `article`, each in plain words; empty when
 * it is valid. `ontology`, when given, must define every relation type.
 */
export function validateExtraction(article: Pick<Article, 'id' | 'text'>, extraction: ArticleExtraction, ontology?: Ontology): string[] {
  const problems: string[] = [];
  const { text } = article;
  if (extraction.article.id !== article.id) problems.push(`the result names article "${extraction.article.id}" instead of "${article.id}"`);

  const actorIds = new Set<string>();
  for (const actor of extraction.actors) {
    if (actorIds.has(actor.id)) problems.push(`actor "${actor.id}" is listed twice`);
    actorIds.add(actor.id);
    if (!(ACTOR_TYPES as readonly string[]).includes(actor.type))
      problems.push(`actor "${actor.id}" has type "${actor.type}", not one of ${ACTOR_TYPES.join(', ')}`);
  }
  const requireActor = (id: string, what: string) => {
    if (!actorIds.has(id)) problems.push(`${what} refers to actor "${id}", which is not among the article's actors`);
  };

  const mentioned = new Set<string>();
  for (const mention of extraction.mentions) {
    const what = `the mention of "${mention.actor}"`;
    requireActor(mention.actor, what);
    if (mention.article !== article.id) problems.push(`${what} belongs to article "${mention.article}"`);
    if (!Number.isSafeInteger(mention.count) || mention.count < 1) problems.push(`${what} has count ${mention.count}, not a whole number ≥ 1`);
    if (mentioned.has(mention.actor)) problems.push(`${what} is listed twice`);
    mentioned.add(mention.actor);
  }

  // Two findings of one relation from the same sentence are merged by DocumentBuilder, not duplicates.
  for (const finding of extraction.findings) {
    const { evidence } = finding;
    const what = `the ${finding.type} relation from "${finding.source}" to "${finding.target}" at ${evidence.start}-${evidence.end}`;
    requireActor(finding.source, what);
    requireActor(finding.target, what);
    if (ontology && !ontology.relations.has(finding.type)) problems.push(`${what} has a type the ontology does not define`);
    if (evidence.article !== article.id) problems.push(`${what} cites article "${evidence.article}"`);
    problems.push(...evidenceProblems(evidence, text, what));
  }
  return problems;
}

/** Offsets of an evidence (its quote, trigger and argument spans) that leave the text, and a quote that differs from its slice. */
function evidenceProblems(evidence: Evidence, text: string, what: string): string[] {
  const problems: string[] = [];
  const spans: [string, Span | undefined][] = [
    ['evidence', evidence],
    ['trigger', evidence.trigger],
    ['source span', evidence.sourceSpan],
    ['target span', evidence.targetSpan],
    ['source antecedent', evidence.sourceAntecedent],
    ['target antecedent', evidence.targetAntecedent],
  ];
  for (const [name, span] of spans) {
    if (span && !insideText(span, text.length)) problems.push(`${what}: its ${name} ${span.start}-${span.end} is not inside the text (length ${text.length})`);
  }
  if (insideText(evidence, text.length) && text.slice(evidence.start, evidence.end) !== evidence.text) {
    problems.push(`${what}: its evidence text differs from the article text at those offsets`);
  }
  return problems;
}

function insideText(span: Span, length: number): boolean {
  return Number.isSafeInteger(span.start) && Number.isSafeInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}
