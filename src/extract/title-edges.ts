/**
 * A title written before a name ("Nigerian President Bola Tinubu", "President of Belarus
 * Alexander Lukashenko") is one noun phrase whatever the parser made of it: the title
 * describes the name (UD `nmod:desc`) and the "of" phrase completes the title (`nmod`).
 * The mention layer knows both spans, so their edges are added to the graph when missing;
 * so is the edge of a common noun written right before a person's name ("his daughter X"), and
 * a name the parser split into two arguments is joined again.
 */
import type { Token } from '../nlp/types.ts';
import { spanHead, type DependencyGraph } from './dependency-graph.ts';
import type { ResolvedMention } from './resolution.ts';

/** Token indices of a mention and its head (the token whose head lies outside it). */
function span(mention: ResolvedMention, tokens: readonly Token[]): { first: number; last: number; head: number } | undefined {
  const inside = tokens.filter((token) => token.start < mention.mention.charEnd && token.end > mention.mention.charStart);
  if (inside.length === 0) return undefined;
  const first = inside[0]!.index;
  const last = inside.at(-1)!.index;
  return { first, last, head: spanHead(tokens, first, last + 1) };
}

/**
 * Adds the title → name edges of one sentence to `graph`. `isPerson` tells whether an actor
 * is a person: a common noun written right before a person's name describes it too
 * ("Nazarbayev's daughter Dariga Nazarbayeva"); `ownerMarkers` are the lexicon's "of".
 */
export function addTitleEdges(
  graph: DependencyGraph,
  tokens: readonly Token[],
  mentions: readonly ResolvedMention[],
  { isPerson, ownerMarkers }: { isPerson: (id: string) => boolean; ownerMarkers: ReadonlySet<string> },
): void {
  const spans = mentions.map((mention) => span(mention, tokens));
  for (const [position, mention] of mentions.entries()) {
    const extent = spans[position];
    if (extent && (mention.mention.kind === 'name' || mention.mention.kind === 'unknown')) joinSplitName(graph, tokens, extent);
  }
  const covered = new Set(spans.flatMap((extent) => (extent ? range(extent.first, extent.last) : [])));
  for (const [position, mention] of mentions.entries()) {
    const name = spans[position];
    if (!name || !mention.actorId || mention.mention.kind === 'pronoun' || !isPerson(mention.actorId)) continue;
    const before = tokens[name.first - 1];
    if (before?.upos !== 'NOUN' || covered.has(before.index)) continue;
    if (!graph.governors(before.index, 'nmod:desc').includes(name.head) && before.head !== name.head) graph.link(name.head, 'nmod:desc', before.index);
  }
  const units: TitledName[] = [];
  for (const [position, mention] of mentions.entries()) {
    const title = spans[position];
    if (!title || mention.mention.kind !== 'role' || mention.actorId !== null) continue;
    let next = position + 1;
    let owner: { head: number; marker: number } | undefined;
    // "President of Belarus Alexander Lukashenko", "the president of the EU Commission Ursula
    // von der Leyen": the "of" phrase belongs to the title.
    const ownerStart = tokens[title.last + 2]?.upos === 'DET' ? title.last + 3 : title.last + 2;
    if (ownerMarkers.has(tokens[title.last + 1]?.form.toLowerCase() ?? '') && spans[next]?.first === ownerStart) {
      owner = { head: spans[next]!.head, marker: title.last + 1 };
      next += 1;
    }
    const name = spans[next];
    const named = mentions[next];
    const after = owner === undefined ? title.last + 1 : spans[next - 1]!.last + 1;
    if (!name || !named || name.first !== after || named.mention.kind === 'role' || named.mention.kind === 'pronoun') continue;
    if (!graph.governors(title.head, 'nmod:desc').includes(name.head)) graph.link(name.head, 'nmod:desc', title.head);
    // "King Abdullah of Jordan", "Prime Minister Narendra Modi of India": an "of" phrase naming no person after the name completes the title.
    const ownerAfter = owner === undefined ? ownerAfterName(tokens, spans, mentions, next, ownerMarkers, isPerson) : undefined;
    if (ownerAfter !== undefined) owner = ownerAfter;
    if (owner !== undefined) {
      graph.link(title.head, 'nmod', owner.head);
      graph.link(owner.head, 'case', owner.marker);
    }
    // "U.S. Secretary of State X", "China's President X": the country or organisation before the title.
    const modifier = mentions[position - 1];
    const before = spans[position - 1];
    const possessive = modifier?.mention.possessive === true && before?.last === title.first - 2 && tokens[title.first - 1]?.upos === 'PART';
    // Known or not ("NASA Administrator X"); a place before a title ("Texas Governor X") has no mention at all.
    const modified = modifier && (before?.last === title.first - 1 || possessive) && (modifier.mention.kind === 'name' || modifier.mention.kind === 'unknown');
    const ownedBefore = modified && modifier.actorId && !isPerson(modifier.actorId);
    const first = ownedBefore ? before!.first : title.first;
    headByName(graph, tokens, { first, last: name.last }, name.head, possessive ? before!.head : undefined);
    const ownsItself = ownedBefore || owner !== undefined || (mention.mention.kind === 'role' && mention.mention.country !== undefined);
    units.push({
      first,
      last: name.last,
      heads: [title.head, name.head],
      owner: ownedBefore && !possessive ? before!.head : undefined,
      ownsItself,
    });
  }
  linkLists(graph, tokens, units);
}

/** Relations that make a word an argument of a clause; inside one name they show the parser split it. */
const CLAUSE_ARGUMENT = /^(?:nsubj|obj|iobj|obl)(?::|$)/;

/**
 * "the Authority, led by Andry Rajoelina": the parser hung "Andry" on "Rajoelina" as the agent
 * and "Rajoelina" on "led" as its object. A name is one unit, so the clause relation given to a
 * word inside it, with that word's preposition, is the relation of the whole name to its head.
 */
function joinSplitName(graph: DependencyGraph, tokens: readonly Token[], extent: { first: number; last: number; head: number }): void {
  const name = tokens[extent.head]!;
  if (name.head < 0) return;
  for (let index = extent.first; index <= extent.last; index++) {
    const word = tokens[index]!;
    if (index === extent.head || word.head < extent.first || word.head > extent.last || !CLAUSE_ARGUMENT.test(word.deprel)) continue;
    if (!graph.unlink(name.head, name.deprel, extent.head)) return;
    graph.link(name.head, word.deprel, extent.head);
    graph.unlink(word.head, word.deprel, index);
    graph.link(word.head, 'flat', index);
    for (const marker of graph.children[index]!.filter((edge) => edge.rel === 'case' || edge.rel === 'mark')) {
      graph.unlink(index, marker.rel, marker.token);
      graph.link(extent.head, marker.rel, marker.token);
    }
    return;
  }
}

/** The "of" phrase right after the titled name at `position` when it names an actor that is no person ("King Abdullah of Jordan"). */
function ownerAfterName(
  tokens: readonly Token[],
  spans: ReadonlyArray<ReturnType<typeof span>>,
  mentions: readonly ResolvedMention[],
  position: number,
  ownerMarkers: ReadonlySet<string>,
  isPerson: (id: string) => boolean,
): { head: number; marker: number } | undefined {
  const marker = spans[position]!.last + 1;
  const owner = spans[position + 1];
  const named = mentions[position + 1];
  if (!owner || !named?.actorId || named.mention.kind !== 'name' || isPerson(named.actorId)) return undefined;
  if (!ownerMarkers.has(tokens[marker]?.form.toLowerCase() ?? '')) return undefined;
  const start = tokens[marker + 1]?.upos === 'DET' ? marker + 2 : marker + 1;
  return owner.first === start ? { head: owner.head, marker } : undefined;
}

/**
 * "U.S. Secretary of State Antony Blinken spoke": the name heads the whole phrase, whatever
 * word of it the parser made the head. A word of the phrase attached outside it is attached
 * to the name instead (a possessive `owner` as its owner); its outside relation, with its
 * preposition, passes to the name when the name has none.
 */
function headByName(graph: DependencyGraph, tokens: readonly Token[], extent: { first: number; last: number }, name: number, owner?: number): void {
  const outside = (index: number) => index < extent.first || index > extent.last;
  const nameAttached = outside(tokens[name]!.head);
  for (let index = extent.first; index <= extent.last; index++) {
    const { head, deprel } = tokens[index]!;
    if (index === name || !outside(head) || head < 0) continue;
    if (!graph.unlink(head, deprel, index)) continue;
    if (!nameAttached) {
      graph.link(head, deprel, name);
      // "talks with | President of A X": the preposition marks the name too.
      for (const marker of graph.children[index]!) if (marker.rel === 'case' || marker.rel === 'mark') graph.link(name, marker.rel, marker.token);
    }
    graph.link(name, index === owner ? 'nmod:poss' : 'compound', index);
  }
}

/** A title and the name it stands before, as token positions: "President of Belarus Alexander Lukashenko". */
interface TitledName {
  first: number;
  last: number;
  /** The head tokens of the title and of the name. */
  heads: [number, number];
  /** The organisation or country written right before the title ("Eskom" of "Eskom chairperson X"). */
  owner: number | undefined;
  /** Whether the title names its own owner (before it, by "of", or a demonym). */
  ownsItself: boolean;
}

/**
 * "President of Kazakhstan X, President of Belarus Y and Prime Minister of Armenia Z": titled
 * names that follow each other with only commas and a conjunction between them are one list,
 * however the parser split it. Each later title becomes a conjunct of the first title, each
 * later name of the first name (a title still describes only its own name: see relations.ts),
 * and a later title that names no owner takes the owner written before the first.
 */
function linkLists(graph: DependencyGraph, tokens: readonly Token[], units: readonly TitledName[]): void {
  let first = units[0];
  for (let i = 1; i < units.length; i++) {
    const gap = tokens.slice(units[i - 1]!.last + 1, units[i]!.first);
    const listed = gap.length > 0 && gap.every((token) => token.upos === 'PUNCT' ? token.form === ',' : token.upos === 'CCONJ');
    if (!listed) {
      first = units[i];
      continue;
    }
    for (const [k, head] of first!.heads.entries()) graph.link(head, 'conj', units[i]!.heads[k]!);
    // "Eskom chairperson X and chief executive Y": a later title with no owner of its own has the first one's.
    if (first!.owner !== undefined && !units[i]!.ownsItself) graph.link(units[i]!.heads[0], 'compound', first!.owner);
  }
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}
