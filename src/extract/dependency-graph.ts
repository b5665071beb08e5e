/**
 * A parsed sentence as a graph the relation patterns walk: the basic UD tree plus the
 * enhanced-UD edges relation reading needs (after Schuster & Manning 2016, "Enhanced English
 * Universal Dependencies"): subjects shared by coordinated verbs, controlled and participial
 * clauses that take their subject from the clause they depend on, and relative and reduced
 * relative clauses whose noun fills their subject or object. Conjoined arguments are spread
 * by `conjuncts`, apposed ones joined by `apposed`. Edges the mentions show (a title written
 * before a name) are added by title-edges.ts.
 */
import type { Token } from '../nlp/types.ts';
import { repairParse } from './parse-repairs.ts';

/** One labelled edge of the graph, seen from either end. */
export interface Edge {
  rel: string;
  token: number;
}

/** Relations a nominal conjunct does not share with the first conjunct. */
const UNSHARED: ReadonlySet<string> = new Set([
  ...['conj', 'root', 'punct', 'cc', 'flat', 'fixed', 'compound', 'dep', 'list', 'parataxis', 'reparandum'],
  // A title describes only the name it stands before (title-edges.ts).
  'nmod:desc',
]);

/** Relations whose dependent is a clause that may borrow the subject of its head. */
const SUBJECTS = ['nsubj', 'nsubj:pass'] as const;

export class DependencyGraph {
  /** Children of each token: basic edges, then added ones. */
  readonly children: Edge[][];
  /** Heads of each token: the basic head, then added ones. */
  readonly parents: Edge[][];

  /**
   * The basic edges are repaired where the parse contradicts the grammar (parse-repairs.ts),
   * then `repair` adds or moves those the mentions show (title-edges.ts), then the enhanced
   * edges are derived.
   */
  constructor(
    readonly tokens: readonly Token[],
    repair?: (graph: DependencyGraph) => void,
  ) {
    this.children = tokens.map(() => []);
    this.parents = tokens.map(() => []);
    for (const token of tokens) if (token.head >= 0) this.link(token.head, token.deprel, token.index);
    repairParse(this);
    repair?.(this);
    for (const index of topDown(tokens)) this.enhance(index);
  }

  /** Dependents of `token` by relation `rel` (exact, subtype included). */
  dependents(token: number, rel: string): number[] {
    const found: number[] = [];
    for (const edge of this.children[token]!) if (edge.rel === rel) found.push(edge.token);
    return found;
  }

  /** Heads of `token` reached by relation `rel`. */
  governors(token: number, rel: string): number[] {
    const found: number[] = [];
    for (const edge of this.parents[token]!) if (edge.rel === rel) found.push(edge.token);
    return found;
  }

  /** Whether `token` has a `case` or `mark` dependent spelt `word` ("with" in "talks with B"). */
  hasMarker(token: number, word: string): boolean {
    return this.children[token]!.some((edge) => (edge.rel === 'case' || edge.rel === 'mark') && this.tokens[edge.token]!.form.toLowerCase() === word);
  }

  /** Dependents of `token` by relation `rel` marked by one of `markers` ("of", "by" …). */
  markedDependents(token: number, rel: string, markers: ReadonlySet<string>): number[] {
    return this.dependents(token, rel).filter((dependent) => [...markers].some((marker) => this.hasMarker(dependent, marker)));
  }

  /** `token` and the nominals coordinated with it ("A, B and C"). */
  conjuncts(token: number): number[] {
    const members = [token];
    for (let i = 0; i < members.length; i++) {
      for (const edge of this.children[members[i]!]!) if (edge.rel === 'conj' && isNominal(this.tokens[edge.token]!)) members.push(edge.token);
    }
    return members;
  }

  /**
   * Tokens in apposition to `token`, either way round ("Peskov, the Kremlin spokesman"), and
   * the name a descriptive noun stands before ("opposition veteran | Ranil Wickremesinghe").
   */
  apposed(token: number): number[] {
    // The name a title stands before comes first: the parser's appositions around a title are often wrong.
    return [...this.governors(token, 'nmod:desc'), ...this.dependents(token, 'appos'), ...this.governors(token, 'appos')];
  }

  /** Every token below `token` in the basic tree, itself included. */
  subtree(token: number): number[] {
    const found = [token];
    for (let i = 0; i < found.length; i++) {
      // Only basic edges: an enhanced edge may point back up the tree.
      for (const edge of this.children[found[i]!]!) if (this.tokens[edge.token]!.head === found[i]) found.push(edge.token);
    }
    return found;
  }

  /** Adds an edge the parse missed but the mentions show (see title-edges.ts). */
  link(head: number, rel: string, dependent: number): void {
    if (this.children[head]!.some((edge) => edge.rel === rel && edge.token === dependent)) return;
    this.children[head]!.push({ rel, token: dependent });
    this.parents[dependent]!.push({ rel, token: head });
  }

  /** Removes an edge the mentions show to be wrong (see title-edges.ts); returns whether it was there. */
  unlink(head: number, rel: string, dependent: number): boolean {
    const before = this.children[head]!.length;
    this.children[head] = this.children[head]!.filter((edge) => edge.rel !== rel || edge.token !== dependent);
    this.parents[dependent] = this.parents[dependent]!.filter((edge) => edge.rel !== rel || edge.token !== head);
    return this.children[head]!.length < before;
  }

  /** Whether clause `index` comes right after a comma behind an object or oblique of its head. */
  private followsObject(index: number): boolean {
    const first = Math.min(...this.subtree(index).filter((word) => this.tokens[word]!.upos !== 'PUNCT'));
    if (this.tokens[first - 1]?.form !== ',') return false;
    const head = this.tokens[index]!.head;
    // Climb from the word before the comma to the phrase that hangs on the clause's head.
    for (let word = first - 2; word >= 0; word = this.tokens[word]!.head) {
      const token = this.tokens[word]!;
      if (token.head === head) return ['obj', 'obl', 'iobj'].includes(token.deprel);
    }
    return false;
  }

  private subjectsOf(token: number): Edge[] {
    return this.children[token]!.filter((edge) => (SUBJECTS as readonly string[]).includes(edge.rel));
  }

  /** Adds the enhanced edges of clause `index`; its head has been enhanced already. */
  private enhance(index: number): void {
    const token = this.tokens[index]!;
    const head = token.head;
    if (head < 0) return;
    // "the KNB's deputy chairman and a nephew of Y": a conjunct takes the relation of the first one.
    // The first conjunct's relation as repaired (parse-repairs.ts may have moved it, or the conjunct).
    if (token.deprel === 'conj' && isNominal(token)) {
      for (const first of this.governors(index, 'conj')) {
        const shared = this.parents[first]!.find((edge) => !UNSHARED.has(edge.rel));
        if (shared) this.link(shared.token, shared.rel, index);
        // "X is a civil servant and former CEO of Y": a predicate nominal's conjunct shares its subject.
        const predicate = this.dependents(first, 'cop').length > 0 && this.dependents(index, 'cop').length === 0;
        if (predicate && this.subjectsOf(index).length === 0) for (const edge of this.subjectsOf(first)) this.link(index, edge.rel, edge.token);
      }
    }
    // "a politician who was the President of Zambia": a predicate noun heads its relative clause.
    const nominalRelative = token.deprel === 'acl:relcl' && this.dependents(index, 'cop').length > 0;
    if (!isPredicate(token) && !nominalRelative) return;
    const hasSubject = this.subjectsOf(index).length > 0;
    const marked = this.children[index]!.some((edge) => edge.rel === 'mark' || edge.rel === 'case');
    switch (token.deprel) {
      case 'conj': {
        // "A arrested and jailed B": the second verb shares the first one's subject and object.
        // The shared subject takes the second verb's voice: "he was named leader and retained power".
        const active = token.xpos !== 'VBN' && this.dependents(index, 'aux:pass').length === 0;
        if (!hasSubject) for (const edge of this.subjectsOf(head)) this.link(index, active ? 'nsubj' : edge.rel, edge.token);
        if (this.dependents(index, 'obj').length === 0) for (const object of this.dependents(head, 'obj')) this.link(index, 'obj', object);
        break;
      }
      case 'xcomp': {
        // "X ordered Y to fire", "X continued to fire": the object, else the subject, controls.
        if (hasSubject) break;
        const objects = [...this.dependents(head, 'obj'), ...this.dependents(head, 'iobj')];
        const controllers = objects.length > 0 ? objects : this.subjectsOf(head).map((edge) => edge.token);
        for (const controller of controllers) this.link(index, 'nsubj', controller);
        break;
      }
      case 'advcl': {
        // "X took over the ministry, sacking Y"; "Backed by Russia, X …" (a participle: passive).
        // A passive participle after the clause's object ("fired on the demonstrators, branded
        // by X as …") may describe the object as well as the subject: it borrows neither.
        if (hasSubject || marked || (token.xpos === 'VBN' && this.followsObject(index))) break;
        const rel = token.xpos === 'VBN' ? 'nsubj:pass' : 'nsubj';
        for (const edge of this.subjectsOf(head)) if (edge.rel === 'nsubj') this.link(index, rel, edge.token);
        break;
      }
      case 'acl': {
        // "the protesters arrested by police"; "protesters demanding his resignation".
        if (hasSubject || marked) break;
        this.link(index, token.xpos === 'VBN' ? 'nsubj:pass' : 'nsubj', head);
        break;
      }
      case 'acl:relcl': {
        // "X, who arrested Y": the relative pronoun's place is taken by the noun.
        for (const edge of this.children[index]!) {
          if (isRelativePronoun(this.tokens[edge.token]!)) this.link(index, edge.rel, head);
        }
        break;
      }
    }
  }
}

/**
 * The token of tokens `start`…`end - 1` whose head lies outside them; the last such when the
 * parse hangs several words outside (English noun phrases end in their head: "Russian Foreign
 * Minister"), the last token when none.
 */
export function spanHead(tokens: readonly Token[], start: number, end: number): number {
  for (let index = end - 1; index >= start; index--) {
    const head = tokens[index]!.head;
    if (head < start || head >= end) return index;
  }
  return end - 1;
}

/** Token indices ordered so that every head comes before its dependents. */
function topDown(tokens: readonly Token[]): number[] {
  const order: number[] = [];
  const children: number[][] = tokens.map(() => []);
  for (const token of tokens) if (token.head >= 0) children[token.head]!.push(token.index);
  const roots = tokens.filter((token) => token.head < 0).map((token) => token.index);
  const seen = new Set<number>();
  for (let i = 0, queue = roots; i < queue.length; i++) {
    const index = queue[i]!;
    if (seen.has(index)) continue;
    seen.add(index);
    order.push(index);
    queue.push(...children[index]!);
  }
  return order;
}

/** Nouns, names, pronouns, numbers and adjectives ("the Russian and Chinese …") head nominal conjuncts. */
export function isNominal(token: Token): boolean {
  return token.upos === 'NOUN' || token.upos === 'PROPN' || token.upos === 'PRON' || token.upos === 'NUM' || token.upos === 'ADJ';
}

function isPredicate(token: Token): boolean {
  return token.upos === 'VERB' || token.upos === 'AUX' || token.upos === 'ADJ';
}

function isRelativePronoun(token: Token): boolean {
  return token.feats.includes('PronType=Rel') || (token.xpos === 'WP' || token.xpos === 'WDT');
}
