/**
 * A tokenised sentence with its resolved mentions, and the few syntactic moves the
 * relation frames need without a parser: the subject of a clause (nearest actor to the
 * left that is not the object of a preposition, a possessive or inside brackets), the
 * object after a word, coordinated lists ("A, B and C", "A, and in particular B"), and
 * the passive test.
 */
import type { ActorType } from '../document/types.ts';
import type { ResolvedMention } from './resolution.ts';
import type { Token } from './tokens.ts';

export interface SentenceView {
  tokens: readonly Token[];
  mentions: readonly ResolvedMention[];
  /** Token index → index in `mentions`, or -1. */
  mentionAt: number[];
  /** Parenthesis depth of each token. */
  depth: number[];
  /** Type of an actor met in the article. */
  typeOf(id: string): ActorType | undefined;
  /** The country the article is mostly about so far: where a bare title ("President X") belongs. */
  homeCountry?: string;
}

/** Words after which a verb-looking word is a noun or adjective ("the attacks", "his support", "the deposed president"). */
export const NOUN_MARKERS = new Set(['the', 'as', 'deputy', 'acting', 'vice', 'a', 'an', 'his', 'her', 'its', 'their', "'s", 'for', 'of', 'this', 'these', 'those', 'whose', 'former', 'new', 'any', 'no', 'such']);
export const PREPOSITIONS = new Set([
  'of', 'to', 'in', 'at', 'by', 'from', 'with', 'for', 'on', 'about', 'against', 'between', 'among', 'into', 'after', 'before',
  'during', 'despite', 'like', 'than', 'via', 'under', 'over', 'through', 'toward', 'towards', 'including', 'around', 'near', 'without',
]);
export const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', 'am', 'get', 'got', 'gets', 'getting']);
const DETERMINERS = new Set(['the', 'a', 'an', 'former', 'ex', '-', 'then', 'current', 'both', 'all', 'also', 'acting', 'interim', 'new']);
/** Tokens a clause does not cross when looking for the subject. */
const HARD_BREAKS = new Set([';', '“', '”', '"', '«', '»', '–', '—', ':']);
/** Tokens that end the search for an object to the right. */
const RIGHT_STOPS = new Set([
  ',', ';', '.', ':', '!', '?', '“', '”', '"', '«', '»', '–', '—', '(', ')', 'and', 'but', 'or', 'that', 'which', 'who', 'whom',
  'because', 'while', 'when', 'after', 'before', 'if', 'by', 'whereas', 'although',
]);
/** Words allowed between list members: "A, and in particular B", "A and also B". */
const LIST_FILLERS = new Set(['in', 'particular', 'especially', 'also', 'notably', 'then', 'even', 'above', 'all', 'its', 'his', 'her', 'their', 'the', 'both']);

export function buildView(tokens: readonly Token[], mentions: readonly ResolvedMention[], typeOf: SentenceView['typeOf'], homeCountry?: string): SentenceView {
  // Plain arrays: allocating two typed arrays per sentence cost more than they save on short sentences.
  const mentionAt: number[] = new Array(tokens.length).fill(-1);
  mentions.forEach((resolved, index) => mentionAt.fill(index, resolved.mention.start, resolved.mention.end));
  const depth: number[] = new Array(tokens.length).fill(0);
  let open = 0;
  tokens.forEach((token, i) => {
    if (token.text === ')') open = Math.max(0, open - 1);
    depth[i] = open;
    if (token.text === '(') open++;
  });
  return { tokens, mentions, mentionAt, depth, typeOf, ...(homeCountry && { homeCountry }) };
}

const lower = (view: SentenceView, i: number) => view.tokens[i]?.lower ?? '';

/** Whether mention `index` can be the argument of an interaction: resolved and not a place. */
export function isArgument(view: SentenceView, index: number): boolean {
  const id = view.mentions[index]?.actorId;
  return !!id && view.typeOf(id) !== 'Location';
}

/** First token of a mention including a title written before it ("Russian President | Putin"). */
export function leftEdge(view: SentenceView, index: number): number {
  const start = view.mentions[index]!.mention.start;
  const before = view.mentionAt[start - 1] ?? -1;
  if (before >= 0 && before !== index && view.mentions[before]!.actorId === null && view.mentions[before]!.mention.kind === 'role') {
    return view.mentions[before]!.mention.start;
  }
  return start;
}

/** Index of the token before `i`, skipping determiners and "former". */
export function meaningfulBefore(view: SentenceView, i: number): number {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(lower(view, j))) j--;
  return j;
}

/** Whether mention `index` directly follows a participle or gerund, as its object: "for sending troops". */
export function isVerbObject(view: SentenceView, index: number): boolean {
  const before = lower(view, meaningfulBefore(view, leftEdge(view, index)));
  return before.length > 4 && /(ing|ed)$/.test(before) && !BE.has(before);
}

/** Words that make "of" partitive, so "dozens of demonstrators" can still be a subject. */
const QUANTIFIERS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'some', 'many', 'most', 'several', 'all', 'none', 'one', 'two', 'three', 'number', 'groups', 'crowds']);

export function isPrepositionObject(view: SentenceView, index: number): boolean {
  let before = meaningfulBefore(view, leftEdge(view, index));
  // One adjective may stand between: "the attacks on peaceful protesters".
  if (ADJECTIVE.test(lower(view, before)) && view.mentionAt[before]! < 0 && PREPOSITIONS.has(lower(view, before - 1))) before--;
  if (lower(view, before) === 'of' && (QUANTIFIERS.has(lower(view, before - 1)) || /^\d/.test(lower(view, before - 1)))) return false;
  return PREPOSITIONS.has(lower(view, before));
}

/** Adjective endings, for the one adjective allowed between a preposition and its object. */
const ADJECTIVE = /^\p{Ll}+(ful|less|ous|ive|al|ic|ian|ish|ent|ant|ed)$/u;

/**
 * The subject of the clause that contains token `at`: the nearest argument to its left at
 * the same bracket depth, not the object of a preposition and not a possessive (those are
 * accepted only when nothing else is found), with the members coordinated before it.
 */
export function subjectOf(view: SentenceView, at: number): number[] {
  const depth = view.depth[at]!;
  let fallback = -1;
  let seen = -2;
  for (let i = at - 1; i >= 0; i--) {
    const token = view.tokens[i]!;
    if (HARD_BREAKS.has(token.text)) break;
    const index = view.mentionAt[i]!;
    if (index < 0 || index === seen) continue;
    seen = index;
    const { mention } = view.mentions[index]!;
    if (!isArgument(view, index) || view.depth[mention.start] !== depth) continue;
    if (isPrepositionObject(view, index) || isVerbObject(view, index)) continue;
    if (mention.possessive) {
      if (fallback < 0) fallback = index;
      continue;
    }
    return [...coordinatedBefore(view, index), index];
  }
  return fallback >= 0 ? [fallback] : [];
}

/** Whether mention `index` is a title written before a name ("Russian President", "President of"). */
export function isTitle(view: SentenceView, index: number): boolean {
  const resolved = view.mentions[index];
  return !!resolved && resolved.actorId === null && resolved.mention.kind === 'role';
}

/**
 * The mention a title at mention `index` introduces: "President | Putin", or the person in
 * "President of Kazakhstan | Kassym-Jomart Tokayev"; -1 when the title names nobody.
 */
export function titledMention(view: SentenceView, index: number): number {
  let i = view.mentions[index]!.mention.end;
  if (lower(view, i) === ',') i++;
  if (lower(view, i) === 'of') {
    const owner = view.mentionAt[lower(view, i + 1) === 'the' ? i + 2 : i + 1] ?? -1;
    if (owner < 0) return -1;
    i = view.mentions[owner]!.mention.end;
  }
  const next = view.mentionAt[i] ?? -1;
  return next >= 0 && !isTitle(view, next) ? next : -1;
}

/** The argument right after token `from` (a few modifiers allowed), with the members coordinated after it. */
export function objectAfter(view: SentenceView, from: number, maxGap = 3): number[] {
  let gap = 0;
  for (let i = from; i < view.tokens.length; i++) {
    const index = view.mentionAt[i]!;
    if (index >= 0) {
      if (isTitle(view, index)) {
        const titled = titledMention(view, index);
        if (titled >= 0) return isArgument(view, titled) ? [titled, ...coordinatedAfter(view, titled)] : [];
        i = view.mentions[index]!.mention.end - 1;
        continue;
      }
      return isArgument(view, index) ? [index, ...coordinatedAfter(view, index)] : [];
    }
    if (RIGHT_STOPS.has(lower(view, i)) || ++gap > maxGap) return [];
  }
  return [];
}

/**
 * Mentions listed after mention `index`: "and B", ", and in particular B", "as well as B",
 * ", B and C" (bare commas count only when an "and"/"or" closes the list).
 */
export function coordinatedAfter(view: SentenceView, index: number): number[] {
  const members: number[] = [];
  let pending: number[] = [];
  let end = view.mentions[index]!.mention.end;
  for (;;) {
    let i = end;
    while (view.tokens[i]?.text === '(') {
      while (i < view.tokens.length && view.tokens[i]!.text !== ')') i++;
      i++;
    }
    const comma = lower(view, i) === ',';
    if (comma) i++;
    let joined = true;
    if (lower(view, i) === 'and' || lower(view, i) === 'or') i++;
    else if (lower(view, i) === 'as' && lower(view, i + 1) === 'well' && lower(view, i + 2) === 'as') i += 3;
    else if (comma) joined = false;
    else break;
    let fillers = 0;
    while (joined && LIST_FILLERS.has(lower(view, i)) && fillers < 3 && view.mentionAt[i]! < 0) { i++; fillers++; }
    let next = view.mentionAt[i] ?? -1;
    if (next >= 0 && isTitle(view, next)) next = titledMention(view, next);
    if (next < 0 || !isArgument(view, next)) break;
    if (joined) {
      members.push(...pending, next);
      pending = [];
    } else {
      pending.push(next);
    }
    end = view.mentions[next]!.mention.end;
  }
  return members;
}

/** Mentions listed before mention `index`: "A and B", "A, B and C" (a bare comma only once an "and" is crossed). */
export function coordinatedBefore(view: SentenceView, index: number): number[] {
  const members: number[] = [];
  let start = leftEdge(view, index);
  while (lower(view, start - 1) === 'and' || (lower(view, start - 1) === ',' && members.length > 0)) {
    const previous = view.mentionAt[start - 2] ?? -1;
    if (previous < 0 || !isArgument(view, previous) || view.mentions[previous]!.mention.possessive) break;
    members.unshift(previous);
    start = leftEdge(view, previous);
  }
  return members;
}

/** The argument that ends right before token `at` (skipping adverbs and a comma): "the demonstrators, branded by". */
export function mentionEndingBefore(view: SentenceView, at: number): number {
  let i = at - 1;
  while (i >= 0 && (lower(view, i).endsWith('ly') || lower(view, i) === ',')) i--;
  const index = view.mentionAt[i] ?? -1;
  return index >= 0 && isArgument(view, index) ? index : -1;
}

/** Whether the verb at [start, end) is passive: after a form of "be", or a participle followed by "by". */
export function isPassive(view: SentenceView, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (lower(view, i).endsWith('ly') || lower(view, i) === 'also' || lower(view, i) === 'not')) i--;
  if (BE.has(lower(view, i))) return true;
  let j = end;
  while (j < view.tokens.length && lower(view, j).endsWith('ly')) j++;
  return lower(view, j) === 'by';
}
