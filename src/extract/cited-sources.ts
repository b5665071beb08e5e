/**
 * News outlets and agencies cited only as the source of a report ("according to AFP", "TASS
 * reported", "told Sky News") are attribution, not actors of the article (docs/annotation.md,
 * "Who is an actor"). This tracks, per article, the organisations every mention of which only
 * cites a source (a dateline's outlet too); those that are no argument of any relation are
 * left out of its actors.
 */
import type { Actor } from '../document/types.ts';
import type { Token } from '../nlp/types.ts';
import type { Lexicon } from '../ontology/types.ts';
import { spanHead } from './dependency-graph.ts';
import { isCapitalized } from './name-cues.ts';
import type { SentenceReading } from './relations.ts';

export class CitedSources {
  private readonly citing = new Set<string>();
  private readonly acting = new Set<string>();

  constructor(private readonly lexicon: Lexicon) {}

  /** Notes how each actor mention of the article's sentence number `sentence` stands: citing a source, or not. */
  note(reading: SentenceReading, sentence: number): void {
    for (const { mention, actorId } of reading.mentions) {
      if (!actorId) continue;
      const head = spanHead(reading.tokens, mention.start, mention.end);
      const dateline = sentence < DATELINE_SENTENCES && inDateline(reading.tokens, mention.start, mention.end);
      (dateline || citesSource(reading, head, this.lexicon) ? this.citing : this.acting).add(actorId);
    }
  }

  /** Whether an actor is an organisation that the article only cites and that no relation has for an argument. */
  onlyCited(actor: Actor, arguments_: ReadonlySet<string>): boolean {
    return actor.type === 'Organization' && this.citing.has(actor.id) && !this.acting.has(actor.id) && !arguments_.has(actor.id);
  }
}

/** The sentences a dateline may take: "MOSCOW, January 10. /TASS/." is one, "LONDON (Reuters) - Britain said …" the next. */
const DATELINE_SENTENCES = 2;

/**
 * "MOSCOW, January 10. /TASS/.", "LONDON (Reuters) -", "KAZINFORM – The Mazhilis …": an outlet
 * named in brackets or slashes after a place, or before a dash that opens the first sentence,
 * with only capitalised words, numbers and punctuation before it in its sentence, is the
 * dateline's source ("NATO – the alliance – said" is no dateline).
 */
function inDateline(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens.slice(0, start);
  const placeOrDate = (token: Token) => DATELINE_TAGS.has(token.upos) && (token.upos === 'PUNCT' || token.upos === 'NUM' || isCapitalized(token));
  if (!before.every(placeOrDate)) return false;
  const [open, close] = [tokens[start - 1]?.form, tokens[end]?.form];
  const enclosed = before.some((token) => token.upos !== 'PUNCT') && ((open === '/' && close === '/') || (open === '(' && close === ')'));
  const opening = tokens[end + 1];
  return enclosed || (close !== undefined && DASHES.has(close) && !!opening && isCapitalized(opening));
}

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** The tags a dateline's place and date take ("MOSCOW, January 10."): no determiner ("The United Nations (UN)"), no verb. */
const DATELINE_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'NUM', 'PUNCT', 'SYM', 'INTJ', 'X']);

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
