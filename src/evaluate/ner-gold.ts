/**
 * GUM's entity annotation as NER gold: the `Entity=` brackets in MISC ("(4-organization-…"
 * opens entity 4 on a word, "4)" closes it, "(3-person-…)" is a one-word entity) read into
 * character spans of the text `conlluText` rebuilds from the `# text =` lines, so the real
 * pipeline runs on exactly that text. A mention is *named* when its syntactic head (the word
 * whose head lies outside the span) is a proper noun ("Aberdeen Grammar School", not "the
 * school of Dr. William Glennie"); its span is then cut down to the name (nameRange). Spans
 * are compared without a leading determiner and without a trailing possessive 's or
 * punctuation, on both sides.
 */
import { basename } from 'node:path';
import { KgError } from '../errors.ts';
import { gumFilesIn, parseConllu, type UdSentence, type UdWord } from '../nlp/conllu.ts';
import { repoPath } from './run.ts';

/** One GUM entity mention. */
export interface GoldEntity {
  /** Character span in the document text, trimmed as the module header says. */
  start: number;
  end: number;
  /** GUM entity type: person, organization, place, abstract, event, time, … */
  type: string;
  /** Whether the span's syntactic head is a proper noun. */
  named: boolean;
  /** Whether another named mention contains this one ("Aberdeen" in "Aberdeen Grammar School"). */
  nested: boolean;
  /** The words of the compared span. */
  words: string[];
  /** The span's syntactic head word as written ("School" of "Aberdeen Grammar School"). */
  head: string;
  /** Lower-case preposition marking the mention ("in" of "in Dulwich"), when it has one. */
  marker?: string;
}

/** One GUM document: its rebuilt text and every entity mention. */
export interface NerDocument {
  id: string;
  text: string;
  entities: GoldEntity[];
  /** Sentence spans, to show an error in its sentence. */
  sentences: Array<{ start: number; end: number }>;
}

export const NER_SPLITS = ['dev', 'test', 'train'] as const;
export type NerSplit = (typeof NER_SPLITS)[number];

/** Documents of the extraction test set (eval/test-set.yaml): never tuned on, never listed one by one. */
export const TEST_SET_PREFIX = 'GUM_news_';
export const GUM_DIR = repoPath('../shared/data/ud/gum');

/** The GUM files of a split the evaluation reads. */
export function nerSplitFiles(split: NerSplit, gumDir = GUM_DIR): string[] {
  const files = gumFilesIn(gumDir, split);
  return split === 'test' ? files : files.filter((file) => !file.slice(gumDir.length + 1).startsWith(TEST_SET_PREFIX));
}

/** Word tags that a compared span leaves out at its start ("the", "a"). */
const LEADING_TAGS = new Set(['DET']);
const OPENING = /\((\d+)-([a-z]+)[^()]*(\))?/y;
const CLOSING = /(\d+)\)/y;

/** The `Entity=` value of a MISC column, or ''. */
function entityField(misc: string): string {
  return misc.split('|').find((field) => field.startsWith('Entity='))?.slice('Entity='.length) ?? '';
}

/** Character offsets of each word in the sentence text (a word the text does not spell out gets the cursor's place). */
function wordOffsets(sentence: UdSentence, base: number, text: string): Array<{ start: number; end: number }> {
  let cursor = 0;
  return sentence.words.map((word) => {
    const at = text.indexOf(word.form, cursor);
    if (at < 0) return { start: base + cursor, end: base + cursor };
    cursor = at + word.form.length;
    return { start: base + at, end: base + cursor };
  });
}

/** Words [first, last] of one entity mention in a sentence, with its type. */
interface WordSpan {
  first: number;
  last: number;
  type: string;
}

/** The entity mentions of one sentence as word ranges (0-based); `file` and the sentence's line name errors. */
function sentenceSpans(sentence: UdSentence, file: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const open = new Map<string, WordSpan[]>();
  sentence.words.forEach((word, index) => {
    const field = entityField(word.misc);
    let at = 0;
    while (at < field.length) {
      OPENING.lastIndex = at;
      CLOSING.lastIndex = at;
      const opening = OPENING.exec(field);
      const closing = opening ? undefined : CLOSING.exec(field);
      if (opening) {
        const span = { first: index, last: index, type: opening[2]! };
        spans.push(span);
        if (!opening[3]) open.set(opening[1]!, [...(open.get(opening[1]!) ?? []), span]);
        at = OPENING.lastIndex;
      } else if (closing) {
        const span = open.get(closing[1]!)?.pop();
        if (!span) throw new KgError(`ner: ${file}:${sentence.line}: entity ${closing[1]} closes without opening in "${field}"`);
        span.last = index;
        at = CLOSING.lastIndex;
      } else {
        throw new KgError(`ner: ${file}:${sentence.line}: cannot read the Entity annotation "${field}"`);
      }
    }
  });
  const unclosed = [...open.values()].flat();
  // GUM closes every mention within its sentence; one left open would get a wrong span.
  if (unclosed.length > 0) throw new KgError(`ner: ${file}:${sentence.line}: ${unclosed.length} entity mention(s) never closed`);
  return spans;
}

/** The word of [first, last] whose head lies outside the range (the first such word). */
function headWord(words: readonly UdWord[], first: number, last: number): UdWord {
  const inside = (id: number) => id - 1 >= first && id - 1 <= last;
  return words.slice(first, last + 1).find((word) => !inside(word.head)) ?? words[first]!;
}

/** Relations that join a word to the name its head belongs to ("Abraham" flat, "Aberdeen Grammar" compound). */
const NAME_RELATIONS = new Set(['flat', 'compound', 'fixed', 'goeswith', 'case', 'det']);
/** Relations of a proper-noun complement inside a name ("Emperor of the United States", "King's College"). */
const COMPLEMENT_RELATIONS = new Set(['nmod', 'nmod:poss']);

/**
 * The words of a named mention that are its name, as a range around the head: the head and the
 * words joined to it by name relations or proper-noun complements. Titles (`nmod:desc`:
 * "Emperor Norton", "Dr. William Glennie"), appositions, relative clauses, conjuncts and
 * quantities ("43 million Americans") are left out, as NER annotations leave them out.
 */
function nameRange(words: readonly UdWord[], first: number, last: number, head: UdWord): [number, number] {
  const inName = new Set([head.id]);
  const add = (parent: UdWord) => {
    for (const word of words.slice(first, last + 1)) {
      if (word.head !== parent.id || inName.has(word.id)) continue;
      const relation = word.deprel.split(':')[0]!;
      const joins =
        // "philosopher Noam Chomsky": a common noun before a name describes it.
        (NAME_RELATIONS.has(relation) && !(relation === 'compound' && word.upos === 'NOUN')) ||
        (COMPLEMENT_RELATIONS.has(word.deprel) && word.upos === 'PROPN') ||
        // "Atlantic Lottery Corporation", "the United States": adjectives tagged as proper nouns.
        (relation === 'amod' && word.xpos.startsWith('NNP')) ||
        // "Newfoundland and Labrador Court of Appeal": a coordination inside a modifier, not of the head.
        ((relation === 'conj' || relation === 'cc') && parent !== head);
      if (!joins) continue;
      inName.add(word.id);
      add(word);
    }
  };
  add(head);
  let from = head.id - 1;
  let to = head.id - 1;
  while (from > first && inName.has(from)) from--;
  while (to < last && inName.has(to + 2)) to++;
  return [from, to];
}

/** Whether word `word` is left out at the end of a compared span: a possessive 's or punctuation. */
function trailing(word: UdWord): boolean {
  return word.upos === 'PUNCT' || (word.upos === 'PART' && /^['’]s?$/i.test(word.form));
}

/**
 * Reads one GUM CoNLL-U document: its text (as `conlluText` builds it: sentences of a
 * paragraph joined by a space, paragraphs by a blank line) and its entity mentions.
 * Throws a KgError naming the file and line on an unreadable Entity annotation.
 */
export function readGumEntities(content: string, file: string): NerDocument {
  const parts: string[] = [];
  const entities: GoldEntity[] = [];
  const sentences: NerDocument['sentences'] = [];
  let length = 0;
  for (const sentence of parseConllu(content, file)) {
    const text = sentence.text.trim();
    if (parts.length > 0) {
      const separator = sentence.newPar ? '\n\n' : ' ';
      parts.push(separator);
      length += separator.length;
    }
    const offsets = wordOffsets(sentence, length, text);
    sentences.push({ start: length, end: length + text.length });
    for (const { first, last, type } of sentenceSpans(sentence, file)) {
      const head = headWord(sentence.words, first, last);
      const named = head.upos === 'PROPN';
      let [from, to] = named ? nameRange(sentence.words, first, last, head) : [first, last];
      while (from < to && LEADING_TAGS.has(sentence.words[from]!.upos)) from++;
      while (to > from && trailing(sentence.words[to]!)) to--;
      const words = sentence.words.slice(from, to + 1).map((word) => word.form);
      const marker = sentence.words.find((word) => word.head === head.id && word.deprel === 'case' && word.id - 1 < first);
      const span = { start: offsets[from]!.start, end: offsets[to]!.end };
      entities.push({ ...span, type, named, nested: false, words, head: head.form, ...(marker && { marker: marker.form.toLowerCase() }) });
    }
    parts.push(text);
    length += text.length;
  }
  const named = entities.filter((entity) => entity.named);
  for (const entity of entities) {
    const inside = (other: GoldEntity) => other.start <= entity.start && other.end >= entity.end && other.end - other.start > entity.end - entity.start;
    entity.nested = named.some((other) => other !== entity && inside(other));
  }
  return { id: basename(file, '.conllu'), text: parts.join(''), entities, sentences };
}
