/**
 * Repairs of the basic parse where it contradicts English grammar, before relations are read
 * from it: a name cannot be a conjunct or a compound of a verb, a finite clause has a subject,
 * a participle between commas has none of its own. Each repair moves one edge and only when
 * the contradiction is plain; the parser's errors that look grammatical stay. The mention
 * layer's repairs (titles, names) are in title-edges.ts and orphan-subjects.ts.
 */
import type { Token } from '../nlp/types.ts';
import { isNominal, type DependencyGraph } from './dependency-graph.ts';

/** The words (no punctuation) of the phrase `token` heads. */
function wordsOf(graph: DependencyGraph, token: number): number[] {
  return graph.subtree(token).filter((index) => graph.tokens[index]!.upos !== 'PUNCT');
}

/** Applies every repair to the basic edges of `graph`, token by token. */
export function repairParse(graph: DependencyGraph): void {
  bracketsInApposition(graph);
  for (const token of graph.tokens) {
    dependentOfFlatToHead(graph, token);
    reattachNominalConjunct(graph, token);
    uncoordinatedConjunctToApposition(graph, token);
    secondSubjectToApposition(graph, token);
    doubleObject(graph, token);
    subjectFromStrayName(graph, token);
    subjectOutOfParticiple(graph, token);
    objectOutOfVerbCompound(graph, token);
  }
}

/**
 * "number two of the 007 and nephew of Nazarbayev": the words of a `flat` name or number are one
 * unit whose first word takes every dependent (UD); one hung on a later word hangs on the first.
 */
function dependentOfFlatToHead(graph: DependencyGraph, token: Token): void {
  const part = graph.tokens[token.head];
  if (part?.deprel !== 'flat' || token.deprel === 'flat' || token.deprel === 'punct' || part.head < 0) return;
  graph.unlink(part.index, token.deprel, token.index);
  graph.link(part.head, token.deprel, token.index);
}

/**
 * "the Collective Security Treaty Organization (Russia-led alliance of six states) sent …": a
 * nominal phrase in brackets describes the nominal before them (an apposition); it never heads
 * it. When the parser hangs that nominal on the bracketed head, the nominal takes the
 * bracketed head's place in the sentence and the bracketed phrase becomes its apposition.
 */
function bracketsInApposition(graph: DependencyGraph): void {
  const { tokens } = graph;
  for (const open of tokens) {
    if (open.form !== '(') continue;
    const close = tokens.findIndex((token, i) => i > open.index && token.form === ')');
    if (close < 0) return;
    const inside = (i: number) => i > open.index && i < close;
    const heads = tokens.filter((token) => inside(token.index) && !inside(token.head) && token.upos !== 'PUNCT');
    const head = heads[0];
    if (heads.length !== 1 || !head || !isNominal(head) || head.head < 0) continue;
    const before = tokens.filter((token) => token.index < open.index && token.head === head.index);
    const described = before.at(-1);
    if (!described || !isNominal(described)) continue;
    graph.unlink(head.head, head.deprel, head.index);
    graph.link(head.head, head.deprel, described.index);
    graph.unlink(head.index, described.deprel, described.index);
    graph.link(described.index, 'appos', head.index);
    // What else the parser hung on the bracketed head from before belongs to the clause ("At X's request, …").
    for (const token of before.slice(0, -1)) {
      if (!CLAUSE_DEPENDENTS.has(token.deprel)) continue;
      graph.unlink(head.index, token.deprel, token.index);
      graph.link(head.head, token.deprel, token.index);
    }
  }
}

/** Relations of a clause's dependents, not of a noun's. */
const CLAUSE_DEPENDENTS: ReadonlySet<string> = new Set(['obl', 'advmod', 'advcl', 'mark', 'punct']);

/** Finite verb tags (Penn): a clause of one of these needs a subject. */
export const FINITE: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);

/** A finite verb, or a base form with no "to" and no auxiliary (the tagger's "VB" for a plural present: "they continue"). */
function isFiniteVerb(graph: DependencyGraph, verb: number): boolean {
  const { xpos } = graph.tokens[verb]!;
  if (FINITE.has(xpos)) return true;
  return xpos === 'VB' && !graph.children[verb]!.some((edge) => edge.rel === 'mark' || edge.rel === 'aux' || edge.rel === 'aux:pass');
}

function hasSubject(graph: DependencyGraph, token: number): boolean {
  return graph.dependents(token, 'nsubj').length > 0 || graph.dependents(token, 'nsubj:pass').length > 0;
}

/**
 * "governed in the shadow of his predecessor, Nursultan Nazarbayev.": a name cannot be a
 * conjunct of a verb; after a comma it stands in apposition to the noun before the comma,
 * after a conjunction it is a conjunct of the verb's object.
 */
function reattachNominalConjunct(graph: DependencyGraph, token: Token): void {
  if (token.deprel !== 'conj' || (token.upos !== 'PROPN' && token.upos !== 'NOUN') || graph.tokens[token.head]?.upos !== 'VERB') return;
  // "thanked the CSTO, and in particular Russia": with a conjunction it is a conjunct of the verb's object.
  if (graph.dependents(token.index, 'cc').length > 0) {
    const object = graph.dependents(token.head, 'obj').filter((word) => word < token.index).at(-1);
    if (object === undefined) return;
    graph.unlink(token.head, 'conj', token.index);
    graph.link(object, 'conj', token.index);
    return;
  }
  const first = Math.min(...wordsOf(graph, token.index));
  const [comma, noun] = [graph.tokens[first - 1], graph.tokens[first - 2]];
  if (comma?.form !== ',' || (noun?.upos !== 'NOUN' && noun?.upos !== 'PROPN') || noun.head === token.index) return;
  graph.unlink(token.head, 'conj', token.index);
  graph.link(noun.index, 'appos', token.index);
}

/**
 * "Simon Crean, Australia's Minister for Trade, responded": a coordination has a coordinator
 * ("and", "or", "but") on one of its conjuncts; a nominal joined to a name by a comma alone,
 * with no nominal coordinator after the name, is an apposition the parser took for a conjunct.
 */
function uncoordinatedConjunctToApposition(graph: DependencyGraph, token: Token): void {
  const head = graph.tokens[token.head];
  if (token.deprel !== 'conj' || (token.upos !== 'NOUN' && token.upos !== 'PROPN') || head?.upos !== 'PROPN') return;
  if (graph.tokens[Math.min(...wordsOf(graph, token.index)) - 1]?.form !== ',') return;
  // "A, B, C, and D" where the parser hung the coordinator elsewhere: any later nominal coordinator keeps the list.
  const coordinated = (word: Token) => {
    const upos = graph.tokens[word.head]?.upos;
    return word.index > head.index && word.deprel === 'cc' && (upos === 'NOUN' || upos === 'PROPN');
  };
  if (graph.tokens.some(coordinated)) return;
  graph.unlink(head.index, 'conj', token.index);
  graph.link(head.index, 'appos', token.index);
}

/**
 * "US Airways' CEO, Doug Parker, became CEO": a clause has one subject; a second one between
 * commas right after the first is its apposition.
 */
function secondSubjectToApposition(graph: DependencyGraph, token: Token): void {
  if (token.deprel !== 'nsubj' || !isNominal(token)) return;
  const first = graph.dependents(token.head, 'nsubj').find((subject) => subject < token.index);
  if (first === undefined) return;
  const start = Math.min(...wordsOf(graph, token.index));
  if (graph.tokens[start - 1]?.form !== ',' || Math.max(...wordsOf(graph, first)) !== start - 2) return;
  graph.unlink(token.head, 'nsubj', token.index);
  graph.link(first, 'appos', token.index);
}

/**
 * "Xi sent Tokayev a message": only a verb takes an object. An object the parser hung on the
 * verb's object is the verb's direct object, and the first one its indirect object.
 */
function doubleObject(graph: DependencyGraph, token: Token): void {
  const first = graph.tokens[token.head];
  const verb = first ? graph.tokens[first.head] : undefined;
  if (token.deprel !== 'obj' || !first || !isNominal(first) || first.deprel !== 'obj' || verb?.upos !== 'VERB' || first.index > token.index) return;
  graph.unlink(first.index, 'obj', token.index);
  graph.link(verb.index, 'obj', token.index);
  graph.unlink(verb.index, 'obj', first.index);
  graph.link(verb.index, 'iobj', first.index);
}

/**
 * A name the parser left without a clause role where the clause has no subject is its
 * subject: "Within a week Toqaev had removed …" (Toqaev as an apposition of "week", with no
 * comma between), "Bazoum, in an article …, called on …" (a vocative, which news prose has
 * only inside quotations).
 */
function subjectFromStrayName(graph: DependencyGraph, token: Token): void {
  if (token.upos !== 'PROPN' || token.head < 0) return;
  const unpunctuated = token.deprel === 'appos' && graph.tokens[token.index - 1]?.upos !== 'PUNCT' && token.head < token.index;
  if (!unpunctuated && token.deprel !== 'vocative') return;
  const clause = token.deprel === 'vocative' ? token.head : graph.tokens[token.head]!.head;
  const verb = graph.tokens[clause];
  if (verb?.upos !== 'VERB' || verb.index < token.index || hasSubject(graph, clause)) return;
  if (graph.tokens.some((word) => word.upos === 'PUNCT' && /^["“”«»]$/u.test(word.form))) return;
  graph.unlink(token.head, token.deprel, token.index);
  graph.link(clause, verb.xpos === 'VBN' && graph.dependents(clause, 'aux:pass').length > 0 ? 'nsubj:pass' : 'nsubj', token.index);
}

/**
 * "The military, supported by Russian battalions, continue to fire": a participle clause
 * between commas has no subject of its own; the noun the parser gave it is the subject of
 * the clause it modifies (its head, or the finite verb the parser hung on it), when that
 * clause has none and follows.
 */
function subjectOutOfParticiple(graph: DependencyGraph, token: Token): void {
  if (token.xpos !== 'VBN' || graph.children[token.index]!.some((edge) => ['aux', 'aux:pass', 'mark'].includes(edge.rel))) return;
  // The clause it modifies: its head ("…, supported by X, continue"), or a finite verb the parser hung on it instead.
  const hung = graph.children[token.index]!.find(
    (edge) => (edge.rel === 'parataxis' || edge.rel === 'conj') && edge.token > token.index && isFiniteVerb(graph, edge.token),
  );
  const clause = token.deprel === 'advcl' && token.head > token.index ? token.head : hung?.token;
  if (clause === undefined || hasSubject(graph, clause)) return;
  const subject = ['nsubj:pass', 'nsubj'].flatMap((rel) => graph.dependents(token.index, rel).map((index) => ({ rel, index })));
  if (subject.length !== 1 || subject[0]!.index > token.index) return;
  graph.unlink(token.index, subject[0]!.rel, subject[0]!.index);
  graph.link(clause, 'nsubj', subject[0]!.index);
  // The participle still describes that noun ("the military, supported by X").
  graph.link(token.index, 'nsubj:pass', subject[0]!.index);
}

/**
 * "Moscow accused Washington of ignoring …": a noun cannot be a compound of a verb; standing
 * before it, it is the object of the clause that verb depends on, when that clause has none.
 */
function objectOutOfVerbCompound(graph: DependencyGraph, token: Token): void {
  const verb = graph.tokens[token.head];
  if (token.deprel !== 'compound' || !isNominal(token) || verb?.upos !== 'VERB' || token.index > verb.index) return;
  const clause = verb.head;
  if (clause < 0 || clause > token.index || graph.tokens[clause]!.upos !== 'VERB' || graph.dependents(clause, 'obj').length > 0) return;
  graph.unlink(verb.index, 'compound', token.index);
  graph.link(clause, 'obj', token.index);
}

/**
 * "…, as security forces fired on protesters", "a boost after the Parachute Regiment killed 13
 * protesters": a word that opens a clause as well as a phrase (lexicon `subordinators`), taken
 * as the preposition of the noun before a verb that has no subject, opens that verb's clause
 * instead, and the noun is its subject. The noun may hang on the verb (`obl`) or, when a finite
 * verb follows the phrase at once, anywhere before it.
 */
export function repairSubordinateSubjects(graph: DependencyGraph, subordinators: ReadonlySet<string>): void {
  for (const token of graph.tokens) {
    if (token.deprel !== 'obl' && token.deprel !== 'nmod') continue;
    const marker = graph.dependents(token.index, 'case').find((index) => subordinators.has(graph.tokens[index]!.form.toLowerCase()));
    if (marker === undefined) continue;
    const opens = (verb: Token | undefined) => verb?.upos === 'VERB' && token.index < verb.index && !hasSubject(graph, verb.index);
    const head = token.deprel === 'obl' ? graph.tokens[token.head] : undefined;
    const verb = opens(head) ? head : clauseAfter(graph, token.index);
    if (!verb || !opens(verb)) continue;
    // Only the phrase that opens the clause: nothing but its own words between it and the verb.
    if (graph.subtree(token.index).length + 1 < verb.index - marker) continue;
    graph.unlink(token.index, 'case', marker);
    graph.unlink(token.head, token.deprel, token.index);
    graph.link(verb.index, 'nsubj', token.index);
    graph.link(verb.index, 'mark', marker);
  }
}

/** The finite verb right after the phrase `token` heads (auxiliaries between), when the phrase does not hang on it. */
function clauseAfter(graph: DependencyGraph, token: number): Token | undefined {
  let next = Math.max(...graph.subtree(token)) + 1;
  while (graph.tokens[next]?.upos === 'AUX') next++;
  const verb = graph.tokens[next];
  if (!verb || verb.index === graph.tokens[token]!.head) return undefined;
  return isFiniteVerb(graph, verb.index) || graph.dependents(verb.index, 'aux').length > 0 ? verb : undefined;
}
