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

/** One labelled edge of the graph, seen from either end. */
export interface Edge {
  rel: string;
  token: number;
}

/** Relations a nominal conjunct does not share with the first conjunct. */
const UNSHARED: ReadonlySet<string> = new Set(['conj', 'root', 'punct', 'cc', 'flat', 'fixed', 'compound', 'dep', 'list', 'parataxis', 'reparandum']);

/** Relations whose dependent is a clause that may borrow the subject of its head. */
const SUBJECTS = ['nsubj', 'nsubj:pass'] as const;

export class DependencyGraph {
  /** Children of each token: basic edges, then added ones. */
  readonly children: Edge[][];
  /** Heads of each token: the basic head, then added ones. */
  readonly parents: Edge[][];

  /** `repair` adds or moves basic edges the mentions show (title-edges.ts) before the enhanced edges are derived. */
  constructor(
    readonly tokens: readonly Token[],
    repair?: (graph: DependencyGraph) => void,
  ) {
    this.children = tokens.map(() => []);
    this.parents = tokens.map(() => []);
    for (const token of tokens) if (token.head >= 0) this.link(token.head, token.deprel, token.index);
    for (const token of tokens) {
      this.reattachNominalConjunct(token);
      this.subjectFromStrayName(token);
      this.subjectOutOfParticiple(token);
      this.objectOutOfVerbCompound(token);
    }
    repair?.(this);
    for (const index of topDown(tokens)) this.enhance(index);
  }

  /**
   * "governed in the shadow of his predecessor, Nursultan Nazarbayev.": a name cannot be a
   * conjunct of a verb; after a comma it stands in apposition to the noun before the comma,
   * after a conjunction it is a conjunct of the verb's object.
   */
  private reattachNominalConjunct(token: Token): void {
    if (token.deprel !== 'conj' || (token.upos !== 'PROPN' && token.upos !== 'NOUN') || this.tokens[token.head]?.upos !== 'VERB') return;
    // "thanked the CSTO, and in particular Russia": with a conjunction it is a conjunct of the verb's object.
    if (this.dependents(token.index, 'cc').length > 0) {
      const object = this.dependents(token.head, 'obj').filter((word) => word < token.index).at(-1);
      if (object === undefined) return;
      this.unlink(token.head, 'conj', token.index);
      this.link(object, 'conj', token.index);
      return;
    }
    const words = this.subtree(token.index).filter((index) => this.tokens[index]!.upos !== 'PUNCT');
    const first = Math.min(...words);
    const [comma, noun] = [this.tokens[first - 1], this.tokens[first - 2]];
    if (comma?.form !== ',' || (noun?.upos !== 'NOUN' && noun?.upos !== 'PROPN') || noun.head === token.index) return;
    this.unlink(token.head, 'conj', token.index);
    this.link(noun.index, 'appos', token.index);
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

  /**
   * A name the parser left without a clause role where the clause has no subject is its
   * subject: "Within a week Toqaev had removed …" (Toqaev as an apposition of "week", with no
   * comma between), "Bazoum, in an article …, called on …" (a vocative, which news prose has
   * only inside quotations).
   */
  private subjectFromStrayName(token: Token): void {
    if (token.upos !== 'PROPN' || token.head < 0) return;
    const unpunctuated = token.deprel === 'appos' && this.tokens[token.index - 1]?.upos !== 'PUNCT' && token.head < token.index;
    if (!unpunctuated && token.deprel !== 'vocative') return;
    const clause = token.deprel === 'vocative' ? token.head : this.tokens[token.head]!.head;
    const verb = this.tokens[clause];
    if (!verb || verb.upos !== 'VERB' || verb.index < token.index || this.subjectsOf(clause).length > 0) return;
    if (this.tokens.some((word) => word.upos === 'PUNCT' && /^["“”«»]$/u.test(word.form))) return;
    this.unlink(token.head, token.deprel, token.index);
    this.link(clause, verb.xpos === 'VBN' && this.dependents(clause, 'aux:pass').length > 0 ? 'nsubj:pass' : 'nsubj', token.index);
  }

  /**
   * "The military, supported by Russian battalions, continue to fire": a participle clause
   * between commas has no subject of its own; the noun the parser gave it is the subject of
   * the clause it modifies, when that clause has none and follows.
   */
  private subjectOutOfParticiple(token: Token): void {
    if (token.deprel !== 'advcl' || token.xpos !== 'VBN' || token.head <= token.index) return;
    if (this.children[token.index]!.some((edge) => edge.rel === 'aux' || edge.rel === 'aux:pass' || edge.rel === 'mark')) return;
    const subjects = this.dependents(token.index, 'nsubj:pass').filter((subject) => subject < token.index);
    if (subjects.length !== 1 || this.subjectsOf(token.head).length > 0) return;
    this.unlink(token.index, 'nsubj:pass', subjects[0]!);
    this.link(token.head, 'nsubj', subjects[0]!);
  }

  /**
   * "Moscow accused Washington of ignoring …": a noun cannot be a compound of a verb; standing
   * before it, it is the object of the clause that verb depends on, when that clause has none.
   */
  private objectOutOfVerbCompound(token: Token): void {
    const verb = this.tokens[token.head];
    if (token.deprel !== 'compound' || !isNominal(token) || verb?.upos !== 'VERB' || token.index > verb.index) return;
    const clause = verb.head;
    if (clause < 0 || clause > token.index || this.tokens[clause]!.upos !== 'VERB' || this.dependents(clause, 'obj').length > 0) return;
    this.unlink(verb.index, 'compound', token.index);
    this.link(clause, 'obj', token.index);
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
    if (token.deprel === 'conj' && isNominal(token) && this.governors(index, 'conj').includes(head)) {
      const first = this.tokens[head]!;
      if (first.head >= 0 && !UNSHARED.has(first.deprel)) this.link(first.head, first.deprel, index);
    }
    if (!isPredicate(token)) return;
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
        const objects = this.dependents(head, 'obj');
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

/** The token of tokens `start`…`end - 1` whose head lies outside them (the last one when the parse gives none). */
export function spanHead(tokens: readonly Token[], start: number, end: number): number {
  for (let index = start; index < end; index++) {
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
