/**
 * The shipped ontology's word lists, loaded and validated once per process, for stages that
 * run without an extraction context (the sentence splitter inside `analyze`, the date finder).
 */
import { loadOntology } from './load.ts';
import type { Lexicon } from './lexicon.ts';

let shipped: Lexicon | undefined;

/** The `lexicon` section of schema/ontology.yaml, compiled. */
export function defaultLexicon(): Lexicon {
  return (shipped ??= loadOntology().lexicon);
}
