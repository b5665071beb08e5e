/**
 * A finite verb the parser left without a subject: "At Tokayev's request, the Collective
 * Security Treaty Organization (a Russia-led alliance) sent troops" parses with the name inside
 * an apposition of "request", and "sent" has no subject, which an English finite clause always
 * has. The mention layer knows where the actors stand: the nearest actor named before the verb
 * that plays no part of its own (not a subject, object or owner elsewhere, not in a
 * prepositional phrase or a parenthesis) becomes the verb's subject.
 */
import type { Token } from '../nlp/types.ts';
import { spanHead, type DependencyGraph } from './dependency-graph.ts';
import { FINITE } from './parse-repairs.ts';
import type { ResolvedMention } from './resolution.ts';

/** Relations of a verb's dependent that make it the verb's subject already. */
const CLAUSE_SUBJECTS = ['nsubj', 'nsubj:pass', 'csubj', 'expl'];
/** Clause relations that may lack a subject legitimately (shared, controlled, relative, participial). */
const SUBJECTLESS_CLAUSES = new Set(['conj', 'xcomp', 'acl', 'acl:relcl', 'advcl', 'csubj', 'amod']);
/** Relations that give a noun its own part in the sentence. */
const OWN_PARTS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'nmod:poss', 'obl', 'obl:agent', 'conj']);

/** Links the subjectless finite verbs of one sentence to the actor named before them. */
export function addOrphanSubjects(graph: DependencyGraph, tokens: readonly Token[], mentions: readonly ResolvedMention[]): void {
  for (const verb of tokens) {
    if (verb.upos !== 'VERB' || !FINITE.has(verb.xpos) || SUBJECTLESS_CLAUSES.has(verb.deprel)) continue;
    if (graph.children[verb.index]!.some((edge) => CLAUSE_SUBJECTS.includes(edge.rel))) continue;
    const subject = nearestFreeActor(graph, tokens, mentions, verb.index);
    if (subject !== undefined) graph.link(verb.index, 'nsubj', subject);
  }
}

/** The head token of the nearest actor mention before `verb` that has no part of its own. */
function nearestFreeActor(graph: DependencyGraph, tokens: readonly Token[], mentions: readonly ResolvedMention[], verb: number): number | undefined {
  for (let position = mentions.length - 1; position >= 0; position--) {
    const { mention, actorId } = mentions[position]!;
    if (!actorId || mention.possessive || mention.end > verb) continue;
    if (insideParentheses(tokens, mention.start, verb)) continue;
    const head = spanHead(tokens, mention.start, mention.end);
    if (OWN_PARTS.has(tokens[head]!.deprel) || graph.dependents(head, 'case').length > 0) return undefined;
    return head;
  }
  return undefined;
}

/** Whether a parenthesis opened before `start` closes before `verb`: "(a Russia-led alliance)". */
function insideParentheses(tokens: readonly Token[], start: number, verb: number): boolean {
  let depth = 0;
  for (let index = start; index < verb; index++) {
    if (tokens[index]!.form === '(') depth++;
    else if (tokens[index]!.form === ')') depth--;
    if (depth < 0) return true;
  }
  return false;
}
