/**
 * Relation extraction for one sentence: finds the ontology's triggers, drops negated and
 * future ones, marks hedged ones, lets each trigger's frames find argument pairs, and
 * keeps the pairs whose actor types the relation type allows.
 */
import type { PropertyValue } from '../document/types.ts';
import type { Ontology, RelationType } from '../ontology/types.ts';
import { FRAME_FUNCTIONS, type ArgumentPair } from './frames.ts';
import type { MentionIndex } from './mention-index.ts';
import type { ResolvedVia } from './resolution.ts';
import type { SentenceView } from './sentence-view.ts';
import { findTriggers, type TriggerIndex, type TriggerMatch } from './trigger-index.ts';

/** One relation found in one sentence, before merging across the document. */
export interface Finding {
  type: string;
  source: string;
  target: string;
  properties: Record<string, PropertyValue>;
  rule: string;
  confidence: number;
  /** Character span of the trigger words in the article. */
  trigger: { start: number; end: number };
}

export interface RelationContext {
  ontology: Ontology;
  index: MentionIndex;
  triggers: TriggerIndex;
}

/** How much a frame's pattern is trusted. */
const FRAME_CONFIDENCE: Record<string, number> = {
  active: 0.8, passive: 0.8, to: 0.75, order: 0.7, with: 0.75, between: 0.8, compound: 0.9, of: 0.85, possessive: 0.85,
  as: 0.7, adjective: 0.8, hyphen: 0.85, request: 0.8,
};
/** How much an argument found indirectly is trusted. */
const VIA_CONFIDENCE: Record<ResolvedVia, number> = { name: 1, forces: 0.95, group: 0.95, surname: 0.95, role: 0.9, pronoun: 0.85, candidate: 0.9, description: 0.8 };
const HEDGED_CONFIDENCE = 0.6;
/** Words looked at before a trigger for negation and futurity. */
const WINDOW = 4;
const WINDOW_BREAKS = new Set([',', ';', ':', '“', '”', '"', '(', ')', '–', '—']);

/** The relations one sentence states. */
export function extractRelations(view: SentenceView, context: RelationContext): Finding[] {
  const { lexicon } = context.ontology;
  const matches = findTriggers(view.tokens, context.triggers);
  const findings: Finding[] = [];
  if (matches.length === 0) return findings;
  // A hedge or a denial anywhere before a trigger applies to it.
  const firstHedge = view.tokens.findIndex((token) => lexicon.hedges.has(token.lower));
  const firstDenial = view.tokens.findIndex((token) => lexicon.denial.has(token.lower));
  for (const match of matches) {
    const relation = context.ontology.relations.get(match.trigger.relation)!;
    const before = windowBefore(view, match.start);
    if (before.some((word) => lexicon.negation.has(word))) continue;
    if (relation.name !== 'THREATENED' && before.some((word) => lexicon.future.has(word))) continue;
    if (match.trigger.cue && !cueNear(view, match, match.trigger.cue)) continue;
    if (firstDenial >= 0 && firstDenial < match.start) continue;
    const hedged = firstHedge >= 0 && firstHedge < match.start;
    for (const frame of match.trigger.frames) {
      const found = FRAME_FUNCTIONS[frame]({ view, match, matches, index: context.index, symmetric: relation.direction === 'symmetric' });
      for (const pair of found) {
        const finding = toFinding(view, relation, match, frame, pair, hedged);
        if (finding) findings.push(finding);
      }
    }
  }
  // "called on X to help": a request for aid, not also a demand.
  const requests = new Set(findings.filter((finding) => finding.type === 'REQUESTED_AID').map((finding) => finding.trigger.start));
  return requests.size === 0 ? findings : findings.filter((finding) => finding.type !== 'DEMANDED' || !requests.has(finding.trigger.start));
}

function windowBefore(view: SentenceView, start: number): string[] {
  const words: string[] = [];
  for (let i = start - 1; i >= 0 && i >= start - WINDOW; i--) {
    const word = view.tokens[i]!.lower;
    if (WINDOW_BREAKS.has(word)) break;
    words.push(word);
  }
  return words;
}

function cueNear(view: SentenceView, match: TriggerMatch, cue: ReadonlySet<string>): boolean {
  for (let i = match.start; i < view.tokens.length && i < match.end + 8; i++) if (cue.has(view.tokens[i]!.lower)) return true;
  return false;
}

function toFinding(view: SentenceView, relation: RelationType, match: TriggerMatch, frame: string, pair: ArgumentPair, hedged: boolean): Finding | undefined {
  const sourceMention = view.mentions[pair.source]!;
  const targetMention = pair.target >= 0 ? view.mentions[pair.target] : undefined;
  let source = pair.sourceId ?? sourceMention.actorId;
  let target = targetMention ? targetMention.actorId : pair.targetId ?? null;
  if (!source || !target) return undefined;
  if (match.trigger.reverse) [source, target] = [target, source];
  if (source === target) return undefined;
  const sourceType = view.typeOf(source);
  const targetType = view.typeOf(target);
  if (!sourceType || !targetType || !relation.source.includes(sourceType) || !relation.target.includes(targetType)) return undefined;

  const properties: Record<string, PropertyValue> = {};
  if (match.trigger.property) properties[match.trigger.property] = pair.value ?? match.word.value;
  if (relation.properties.some((spec) => spec.name === 'status')) properties.status = pair.former ? 'former' : 'current';
  if (hedged) properties.hedged = true;

  let confidence = FRAME_CONFIDENCE[frame] ?? 0.7;
  confidence *= VIA_CONFIDENCE[sourceMention.via] * (targetMention ? VIA_CONFIDENCE[targetMention.via] : 0.9);
  if (hedged) confidence *= HEDGED_CONFIDENCE;
  const tokens = view.tokens;
  return {
    type: relation.name,
    source,
    target,
    properties,
    rule: `${frame}:${match.word.tokens.join(' ')}`,
    confidence: Math.round(confidence * 100) / 100,
    trigger: { start: tokens[match.start]!.start, end: tokens[match.end - 1]!.end },
  };
}
