/**
 * The linguistic layer's document type: one article's sentences, each with UD tokens
 * (form, lemma, UPOS, XPOS, features, basic dependency head and relation) and the
 * character offsets that keep evidence exact. Every NLP component reads and extends it.
 */

/** One UD token (a syntactic word). Offsets are into the article text. */
export interface Token {
  /** 0-based position in the sentence. */
  index: number;
  form: string;
  /** `text.slice(start, end) === form`, except for contractions split from one written word. */
  start: number;
  end: number;
  lemma: string;
  upos: string;
  xpos: string;
  /** UD morphological features, e.g. `Number=Plur|Tense=Past`; '' when none. */
  feats: string;
  /** 0-based index of the head token, -1 for the root. */
  head: number;
  /** UD basic relation with subtype, e.g. `nsubj:pass`, `obl:agent`, `nmod:poss`. */
  deprel: string;
  /** Named-entity tag in BIO form with the type (`B-person`, `I-organization`, `O`). */
  entity: string;
}

/** One sentence of an article, tokenized, tagged and parsed. */
export interface ParsedSentence {
  /** 0-based position in the article. */
  index: number;
  /** Offsets of the sentence in the article text; `text === article.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}
