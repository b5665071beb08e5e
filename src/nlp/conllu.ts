/**
 * CoNLL-U reader: sentences of syntactic words with their comments (`# text`, `# sent_id`,
 * `# newdoc`, `# newpar`) and the multi-word tokens that group them ("don't" = do + n't).
 * Empty nodes (`1.1`, enhanced UD only) are skipped. Also lists the treebank documents that
 * form a split: EWT's per-document sources and GUM's `splits.md`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.ts';

/** One syntactic word of a UD sentence; `head` is 1-based with 0 for the root, as in the file. */
export interface UdWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  misc: string;
}

/** A multi-word token: words `first..last` (1-based, inclusive) written as `form`. */
export interface UdMultiword {
  first: number;
  last: number;
  form: string;
  misc: string;
}

/** One sentence of a CoNLL-U file. */
export interface UdSentence {
  sentId: string;
  text: string;
  /** Set when a `# newdoc` comment precedes the sentence (its id, or '' when none is given). */
  newDoc?: string;
  /** Whether a `# newpar` (or `# newdoc`) comment precedes the sentence. */
  newPar: boolean;
  words: UdWord[];
  multiwords: UdMultiword[];
  /** 1-based line of the sentence's first line in the file. */
  line: number;
}

/** Parses CoNLL-U text; `source` names the file in errors. */
export function parseConllu(content: string, source = 'conllu'): UdSentence[] {
  const sentences: UdSentence[] = [];
  const lines = content.split('\n');
  let current: UdSentence | undefined;
  const fresh = (line: number): UdSentence => ({ sentId: '', text: '', newPar: false, words: [], multiwords: [], line });
  const finish = () => {
    if (current && current.words.length > 0) sentences.push(current);
    current = undefined;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line === '') {
      finish();
      continue;
    }
    current ??= fresh(n + 1);
    if (line.startsWith('#')) {
      const comment = /^#\s*([^=]+?)\s*(?:=\s?(.*))?$/.exec(line);
      const key = comment?.[1] ?? '';
      const value = comment?.[2] ?? '';
      if (key === 'text') current.text = value;
      else if (key === 'sent_id') current.sentId = value;
      else if (key === 'newdoc' || key === 'newdoc id') {
        current.newDoc = value;
        current.newPar = true;
      } else if (key === 'newpar' || key === 'newpar id') current.newPar = true;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new KgError(`conllu: ${source}:${n + 1}: expected 10 tab-separated columns, found ${cols.length}; fix the line or the file`);
    }
    const id = cols[0]!;
    if (id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      current.multiwords.push({ first: Number(range[1]), last: Number(range[2]), form: cols[1]!, misc: cols[9]! });
      continue;
    }
    if (!/^\d+$/.test(id) || !/^\d+$/.test(cols[6]!)) {
      throw new KgError(`conllu: ${source}:${n + 1}: word id "${id}" or head "${cols[6]}" is not a number; fix the line or the file`);
    }
    current.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5] === '_' ? '' : cols[5]!,
      head: Number(cols[6]),
      deprel: cols[7]!,
      misc: cols[9]!,
    });
  }
  finish();
  return sentences;
}

/** Reads and parses one CoNLL-U file. */
export function readConllu(path: string): UdSentence[] {
  return parseConllu(readFileSync(path, 'utf8'), path);
}

/** Whether the MISC column says no space follows the word or token. */
export function noSpaceAfter(misc: string): boolean {
  return misc.split('|').includes('SpaceAfter=No');
}

/** The EWT per-document source files of a split (`train`, `dev`, `test`), in list order. */
export function ewtSplitFiles(ewtDir: string, split: 'train' | 'dev' | 'test'): string[] {
  const listPath = join(ewtDir, 'file-lists', `files.${split}`);
  const names = readFileSync(listPath, 'utf8').split('\n').map((name) => name.trim()).filter(Boolean);
  return names.map((name) => join(ewtDir, 'sources', name));
}

/** GUM document names (without `.conllu`) per split heading of `splits.md`. */
export function gumSplits(gumDir: string): Map<string, Set<string>> {
  const splits = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of readFileSync(join(gumDir, 'splits.md'), 'utf8').split('\n')) {
    const heading = /^##\s+(\S+)/.exec(line);
    if (heading) {
      current = new Set();
      splits.set(heading[1]!, current);
      continue;
    }
    const item = /^\s*\*\s+(\S+)/.exec(line);
    if (item && current) current.add(item[1]!);
  }
  return splits;
}

/**
 * GUM files present in `gumDir` whose document is on none of the `excluded` split lists
 * and whose name does not start with one of `excludedPrefixes`, sorted by name.
 */
export function gumFilesOutside(gumDir: string, excluded: string[], excludedPrefixes: string[] = []): string[] {
  const splits = gumSplits(gumDir);
  const skip = new Set(excluded.flatMap((split) => [...(splits.get(split) ?? [])]));
  return readdirSync(gumDir)
    .filter((file) => file.endsWith('.conllu'))
    .map((file) => file.slice(0, -'.conllu'.length))
    .filter((name) => !skip.has(name) && !excludedPrefixes.some((prefix) => name.startsWith(prefix)))
    .sort()
    .map((name) => join(gumDir, `${name}.conllu`));
}

/** GUM files present in `gumDir` that are on the `split` list, sorted by name. */
export function gumFilesIn(gumDir: string, split: string, prefix = ''): string[] {
  const names = [...(gumSplits(gumDir).get(split) ?? [])].filter((name) => name.startsWith(prefix)).sort();
  const present = new Set(readdirSync(gumDir));
  return names.filter((name) => present.has(`${name}.conllu`)).map((name) => join(gumDir, `${name}.conllu`));
}
