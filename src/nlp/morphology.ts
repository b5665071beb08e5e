/**
 * Lemmas and morphological features, learned from the treebanks' annotation: a table of
 * (form, XPOS) → lemma for the words seen, and for unseen words the suffix rewrite most often
 * seen for that XPOS and the word's longest known ending ("-ies" NNS → "-y"). Features come
 * from (form, XPOS) when seen, else the XPOS's most frequent features. Tables keep only the
 * entries the fallback would get wrong, so the model stays small.
 */
import type { UdWord } from './conllu.ts';

/** Learned lemma and feature tables (JSON-friendly, stored in the model). */
export interface MorphologyTables {
  /** `form\tXPOS` → lemma, where the rules would be wrong. */
  lemmas: Record<string, string>;
  /** `XPOS\tending` → rewrite `K|L strip append` (K keeps the case, L lower-cases first). */
  rules: Record<string, string>;
  /** `lower form\tXPOS` → features, where the XPOS default is wrong. */
  feats: Record<string, string>;
  /** XPOS → its most frequent features. */
  defaultFeats: Record<string, string>;
}

/** Lemma and feature lookup compiled from the tables. */
export interface Morphology {
  lemmas: Map<string, string>;
  rules: Map<string, string>;
  feats: Map<string, string>;
  defaultFeats: Map<string, string>;
  /** `form\tXPOS` → [lemma, features] already worked out; cleared when full so memory stays flat. */
  memo: Map<string, [string, string]>;
}

/** A word's lemma and features, as analysed. */
export interface WordMorphology {
  lemma: string;
  feats: string;
}

const MEMO_LIMIT = 100_000;

const LONGEST_ENDING = 5;

/** Compiles tables for lookups. */
export function createMorphology(tables: MorphologyTables): Morphology {
  return {
    lemmas: new Map(Object.entries(tables.lemmas)),
    rules: new Map(Object.entries(tables.rules)),
    feats: new Map(Object.entries(tables.feats)),
    defaultFeats: new Map(Object.entries(tables.defaultFeats)),
    memo: new Map(),
  };
}

/** Lemma and features of a word with a given XPOS, memoised (the rule search costs more than the lookup). */
export function analyseWord(morphology: Morphology, form: string, xpos: string): WordMorphology {
  const key = `${form}\t${xpos}`;
  let known = morphology.memo.get(key);
  if (!known) {
    known = [lemmatize(morphology, form, xpos), featuresOf(morphology, form, xpos)];
    if (morphology.memo.size >= MEMO_LIMIT) morphology.memo.clear();
    morphology.memo.set(key, known);
  }
  return { lemma: known[0], feats: known[1] };
}

/** The lemma of a word with a given XPOS. */
export function lemmatize(morphology: Morphology, form: string, xpos: string): string {
  return morphology.lemmas.get(`${form}\t${xpos}`) ?? ruleLemma(morphology.rules, form, xpos);
}

/** The UD features of a word with a given XPOS ('' when none). */
export function featuresOf(morphology: Morphology, form: string, xpos: string): string {
  return morphology.feats.get(`${form.toLowerCase()}\t${xpos}`) ?? morphology.defaultFeats.get(xpos) ?? '';
}

function ruleLemma(rules: Map<string, string>, form: string, xpos: string): string {
  const lower = form.toLowerCase();
  for (let k = Math.min(LONGEST_ENDING, lower.length); k >= 0; k--) {
    const rule = rules.get(`${xpos}\t${lower.slice(lower.length - k)}`);
    if (rule !== undefined) return applyRewrite(form, rule);
  }
  return form;
}

function applyRewrite(form: string, rewrite: string): string {
  const [mode, strip, append] = rewrite.split(' ') as [string, string, string | undefined];
  const base = mode === 'L' ? form.toLowerCase() : form;
  const cut = Number(strip);
  return cut >= base.length ? form : base.slice(0, base.length - cut) + (append ?? '');
}

/** The rewrite turning `form` into `lemma`, or undefined when the lemma is not a rewrite of the form's end. */
function rewriteOf(form: string, lemma: string): string | undefined {
  // Lower-casing first is preferred: a capitalised common noun at the start of a sentence keeps a lower-case lemma.
  for (const mode of ['L', 'K']) {
    const base = mode === 'L' ? form.toLowerCase() : form;
    let common = 0;
    while (common < base.length && common < lemma.length && base[common] === lemma[common]) common++;
    if (common === 0 && base.length > 0) continue;
    const strip = base.length - common;
    const append = lemma.slice(common);
    if (strip < base.length || base.length === 0) return append ? `${mode} ${strip} ${append}` : `${mode} ${strip}`;
  }
  return undefined;
}

/** Learns the tables from gold words. */
export function learnMorphology(words: Iterable<UdWord>, minRuleCount = 2): MorphologyTables {
  const lemmaCounts = new Map<string, Map<string, number>>();
  const ruleCounts = new Map<string, Map<string, number>>();
  const featCounts = new Map<string, Map<string, number>>();
  const xposFeats = new Map<string, Map<string, number>>();
  const seenTypes = new Set<string>();
  const bump = (map: Map<string, Map<string, number>>, key: string, value: string) => {
    const counts = map.get(key) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    map.set(key, counts);
  };
  for (const word of words) {
    if (word.lemma === '_' || word.lemma === '') continue;
    bump(lemmaCounts, `${word.form}\t${word.xpos}`, word.lemma);
    bump(featCounts, `${word.form.toLowerCase()}\t${word.xpos}`, word.feats);
    bump(xposFeats, word.xpos, word.feats);
    const type = `${word.form}\t${word.xpos}\t${word.lemma}`;
    const rewrite = rewriteOf(word.form, word.lemma);
    if (!rewrite || seenTypes.has(type)) continue;
    // Rules count distinct words, not occurrences: one frequent word does not make a rule for unseen ones.
    seenTypes.add(type);
    const lower = word.form.toLowerCase();
    for (let k = 0; k <= Math.min(LONGEST_ENDING, lower.length); k++) bump(ruleCounts, `${word.xpos}\t${lower.slice(lower.length - k)}`, rewrite);
  }
  const rules = new Map<string, string>();
  for (const [key, counts] of sortedEntries(ruleCounts)) {
    const [rewrite, count] = majority(counts);
    if (count >= minRuleCount) rules.set(key, rewrite);
  }
  const lemmas: Record<string, string> = {};
  for (const [key, counts] of sortedEntries(lemmaCounts)) {
    const [lemma] = majority(counts);
    const [form, xpos] = key.split('\t') as [string, string];
    if (ruleLemma(rules, form, xpos) !== lemma) lemmas[key] = lemma;
  }
  const defaultFeats: Record<string, string> = {};
  for (const [xpos, counts] of sortedEntries(xposFeats)) defaultFeats[xpos] = majority(counts)[0];
  const feats: Record<string, string> = {};
  for (const [key, counts] of sortedEntries(featCounts)) {
    const [value] = majority(counts);
    if (value !== defaultFeats[key.split('\t')[1]!]) feats[key] = value;
  }
  return { lemmas, rules: Object.fromEntries(rules), feats, defaultFeats };
}

function sortedEntries<V>(map: Map<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The most frequent value (the smallest string on ties) and its count. */
function majority(counts: Map<string, number>): [string, number] {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) [best, bestCount] = [value, count];
  }
  return [best, bestCount];
}
