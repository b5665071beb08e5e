/**
 * A trie over token keys for longest-match lookup of multi-word phrases (catalog names,
 * group nouns, trigger words) in a token sequence, in time linear in the tokens scanned.
 */

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Number of keys matched. */
  length: number;
  values: T[];
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  /** Files `value` under the key sequence (empty sequences are ignored). */
  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at `keys[from]`, or undefined. */
  longest(keys: readonly string[], from: number): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = from; i < keys.length; i++) {
      node = node.next.get(keys[i]!);
      if (!node) break;
      if (node.values.length > 0) best = { length: i - from + 1, values: node.values };
    }
    return best;
  }
}
