/**
 * News outlets and agencies cited only as the source of a report ("according to AFP", "TASS
 * reported", "told Sky News") are attribution, not actors of the article (docs/annotation.md,
 * "Who is an actor"). This tracks, per article, the organisations every mention of which only
 * cites a source; those that are no argument of any relation are left out of its actors.
 */
import type { Actor } from '../document/types.ts';
import type { Lexicon } from '../ontology/types.ts';
import { spanHead } from './dependency-graph.ts';
import type { SentenceReading } from './relations.ts';

export class CitedSources {
  private readonly citing = new Set<string>();
  private readonly acting = new Set<string>();

  constructor(private readonly lexicon: Lexicon) {}

  /** Notes how each actor mention of a sentence stands: citing a source, or not. */
  note(reading: SentenceReading): void {
    for (const { mention, actorId } of reading.mentions) {
      if (!actorId) continue;
      const head = spanHead(reading.tokens, mention.start, mention.end);
      (citesSource(reading, head, this.lexicon) ? this.citing : this.acting).add(actorId);
    }
  }

  /** Whether an actor is an organisation that the article only cites and that no relation has for an argument. */
  onlyCited(actor: Actor, arguments_: ReadonlySet<string>): boolean {
    return actor.type === 'Organization' && this.citing.has(actor.id) && !this.acting.has(actor.id) && !arguments_.has(actor.id);
  }
}

/**
 * Whether the mention whose head is token `head` only cites a source: the speaker of a verb
 * of saying ("TASS reported", "as reported by Sputnik"), the one spoken to ("told Sky News"),
 * or the object of "according to".
 */
function citesSource(reading: SentenceReading, head: number, lexicon: Lexicon): boolean {
  const { tokens, graph } = reading;
  const token = tokens[head]!;
  if (graph.hasMarker(head, 'according')) return true;
  const verb = tokens[token.head];
  if (!verb || !lexicon.attribution.has(verb.lemma)) return false;
  return ['nsubj', 'obl:agent', 'obj', 'iobj'].includes(token.deprel) || (token.deprel === 'obl' && graph.hasMarker(head, 'to'));
}
