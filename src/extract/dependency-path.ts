/**
 * Dependency paths, the language of the ontology's frames: from a trigger word, where in
 * the parse its source and target stand. A path is steps separated by `/`:
 * - `rel` goes down to the dependents with that relation (`nsubj`, `obl:agent`, `nmod:poss`);
 * - `rel[word]` only those with a `case` or `mark` dependent spelt `word` (`obl[with]`, `nmod[of]`);
 * - `^rel` goes up to the head the token depends on by that relation (`^appos`, `^nmod:desc`);
 *   `^rel[word]` only from a token marked by `word` (`^obl[as]`: "… as head of Y");
 * - a trailing `@` keeps the token only if it is itself a trigger of the same relation (`xcomp@`).
 * Two names are not paths: `known:role` is where the source holds a role of the trigger's
 * title, as the knowledge base says for the article's date; `role:country` is the country a
 * role mention containing the trigger names ("Kazakh President", "President of Belarus").
 */
import type { DependencyGraph } from './dependency-graph.ts';

export interface PathStep {
  up: boolean;
  rel: string;
  marker?: string;
  /** The token reached must be a trigger of the same relation type. */
  trigger: boolean;
}

export type DependencyPath =
  | { kind: 'steps'; steps: PathStep[]; text: string }
  | { kind: 'known-role'; text: string }
  | { kind: 'role-country'; text: string };

const STEP = /^(\^)?([a-z]+(?::[a-z]+)?)(?:\[([\p{Ll}'-]+)\])?(@)?$/u;

/** Parses a path; returns an error message instead when it is not one. */
export function parsePath(text: string): DependencyPath | string {
  if (text === 'known:role') return { kind: 'known-role', text };
  if (text === 'role:country') return { kind: 'role-country', text };
  const steps: PathStep[] = [];
  for (const part of text.split('/')) {
    const match = STEP.exec(part);
    if (!match) return `"${part}" is not a path step (rel, rel[word], ^rel or rel@, e.g. nsubj, obl[with], ^appos)`;
    steps.push({ up: match[1] === '^', rel: match[2]!, ...(match[3] && { marker: match[3] }), trigger: match[4] === '@' });
  }
  return { kind: 'steps', steps, text };
}

/** What a walk needs to know beyond the graph. */
export interface WalkContext {
  graph: DependencyGraph;
  /** Whether token `index` is a trigger of the relation being read. */
  isTrigger(index: number): boolean;
  /**
   * The object of a trigger token whose matched words end with a preposition: the noun that
   * preposition marks ("fired on | protesters", "loyal to | Y"). It replaces an `obj` step.
   */
  prepositionalObject(token: number): number | undefined;
}

/** The tokens `path` reaches from token `from`. */
export function followPath(path: Extract<DependencyPath, { kind: 'steps' }>, from: number, context: WalkContext): number[] {
  let current = [from];
  for (const step of path.steps) {
    const next: number[] = [];
    for (const token of current) {
      const object = !step.up && step.rel === 'obj' ? context.prepositionalObject(token) : undefined;
      if (object !== undefined) {
        next.push(object);
        continue;
      }
      // The marker belongs to the dependent: the token reached going down, the one left going up.
      if (step.up && step.marker && !context.graph.hasMarker(token, step.marker)) continue;
      const reached = step.up ? context.graph.governors(token, step.rel) : context.graph.dependents(token, step.rel);
      for (const candidate of reached) {
        if (!step.up && step.marker && !context.graph.hasMarker(candidate, step.marker)) continue;
        if (step.trigger && !context.isTrigger(candidate)) continue;
        if (!next.includes(candidate)) next.push(candidate);
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}
