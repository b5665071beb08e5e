/**
 * Reported-speech attribution of a finding, read from the parse: the clause that states it
 * is the complement of a verb of saying ("the Kremlin said that …", "…, X said"), or it
 * carries "according to X" or "as reported by X". The attributed source is recorded on the
 * evidence, never made an argument of the relation.
 */
import type { Lexicon } from '../ontology/types.ts';
import { clauseHead, type SentenceReading } from './relations.ts';

/** Actor id the sentence attributes the act at token `trigger` to, or undefined. */
export function findAttribution(reading: SentenceReading, trigger: number, lexicon: Lexicon): string | undefined {
  const { tokens, graph } = reading;
  const says = (index: number) => lexicon.attribution.has(tokens[index]!.lemma);
  const actorAt = (index: number | undefined) => {
    if (index === undefined) return undefined;
    for (const member of graph.conjuncts(index)) {
      const mention = reading.mentions[reading.mentionAt[member] ?? -1];
      if (mention?.actorId) return mention.actorId;
    }
    return undefined;
  };
  const speakerOf = (verb: number) => actorAt(graph.dependents(verb, 'nsubj')[0]) ?? actorAt(graph.dependents(verb, 'obl:agent')[0]);
  let current = clauseHead(reading, trigger);
  for (let depth = 0; depth < 6; depth++) {
    const word = tokens[current]!;
    const according = graph.dependents(current, 'obl').find((index) => graph.hasMarker(index, 'according'));
    if (according !== undefined && actorAt(according)) return actorAt(according);
    for (const edge of graph.children[current]!) {
      // "X met Y, the Kremlin said." / "X met Y, as reported by Z."
      if ((edge.rel === 'parataxis' || edge.rel === 'advcl') && says(edge.token)) {
        const speaker = speakerOf(edge.token);
        if (speaker) return speaker;
      }
    }
    if (word.head < 0) break;
    // "The Kremlin said that X met Y."
    if ((word.deprel === 'ccomp' || word.deprel === 'parataxis') && says(word.head)) {
      const speaker = speakerOf(word.head);
      if (speaker) return speaker;
    }
    current = word.head;
  }
  return undefined;
}
