/**
 * Reader for the CAMEO verb dictionary (CAMEO.2.0.txt; format in dictionaries.rst): synonym sets,
 * verb blocks (`--- ASK [---] ---`) with their verbs, irregular forms and codes, and the noun and
 * preposition patterns that refine a block's code (`- * (FOR {FINANCIAL AID}) [0231]`).
 */
import type { ProblemList } from './dictionary-problems.ts';

/** A CAMEO event code as written: `020`, `0231`, or a pair `042:043` (second: the reverse direction). */
export interface CameoCode {
  code: string | null;
  /** Code of the same event read from target to source (TABARI's paired codes), when given. */
  reverse?: string;
}

export interface VerbEntry {
  /** The verb's lemma, lower case ("ask"). */
  lemma: string;
  /** Multi-word verbs: the whole phrase with the verb in place ("ask for", "cordon off"). */
  phrase?: string;
  /** Irregular forms as written ("sped", "speeding"); regular ones are left to the reader. */
  forms?: string[];
  /** The verb's own code, when it has one; otherwise the block's applies. */
  code?: CameoCode;
  line: number;
}

export interface VerbPattern {
  /** The pattern as written, upper case: `* (FOR {FINANCIAL AID})`, `&MILITARY * BUILDUP`. */
  pattern: string;
  code: CameoCode;
  line: number;
}

export interface VerbBlock {
  /** The block's label ("ASK"). */
  name: string;
  code: CameoCode;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  line: number;
}

export interface VerbDictionary {
  /** `&NAME` → its phrases, lower case. */
  synsets: Record<string, string[]>;
  blocks: VerbBlock[];
}

const CODE_PART = /^\d{3,4}$/;

/**
 * Parses `[020]`, `[042:043]`, `[:190]` or `[---]`; a code whose root is not one of CAMEO's 20
 * (01–20) is unknown.
 */
export function parseCameoCode(text: string): CameoCode | string {
  if (text === '---') return { code: null };
  const [forward = '', reverse, extra] = text.split(':');
  const bad = [forward, reverse ?? ''].find((part) => part && (!CODE_PART.test(part) || Number(part.slice(0, 2)) < 1 || Number(part.slice(0, 2)) > 20));
  if (extra !== undefined || (!forward && !reverse) || bad !== undefined) {
    return `unknown CAMEO code "${text}": codes are 3 or 4 digits whose first two are a root 01–20, "---", or two of them joined by ":"`;
  }
  return { code: forward || null, ...(reverse ? { reverse } : {}) };
}

/** Lower-case words of a verb token (`+CORDON_OFF` → "cordon off"), with the index of the `+` word. */
function verbWords(token: string): { words: string; verbIndex: number } {
  const parts = token.split('_').filter(Boolean);
  const marked = parts.findIndex((part) => part.startsWith('+'));
  return { words: parts.map((part) => part.replace(/^\+/, '').toLowerCase()).join(' '), verbIndex: Math.max(0, marked) };
}

/**
 * Reads the verb dictionary. Lines that fit no form, codes that are no CAMEO code and
 * patterns outside a block are added to `problems` and skipped; transformations (`~`) are
 * not read.
 */
export function readVerbDictionary(text: string, problems: ProblemList): VerbDictionary {
  const dictionary: VerbDictionary = { synsets: {}, blocks: [] };
  let synset: string[] | undefined;
  let block: VerbBlock | undefined;
  const codeAt = (written: string, line: number): CameoCode | undefined => {
    const code = parseCameoCode(written.trim());
    if (typeof code === 'string') return void problems.add(line, code);
    return code;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (/^-{3}\s/.test(raw)) {
      const header = /^---\s+(.+?)\s+\[([^\]]*)\]\s*---/.exec(raw.trim());
      if (!header) return problems.add(line, `block header "${raw.trim()}" is not "--- NAME [CODE] ---"`);
      const code = codeAt(header[2]!, line);
      synset = undefined;
      block = code ? { name: header[1]!, code, verbs: [], patterns: [], line } : undefined;
      if (block) dictionary.blocks.push(block);
      return;
    }
    const hash = raw.indexOf('#');
    const body = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (!body || body.startsWith('~')) return;
    if (body.startsWith('&')) {
      synset = [];
      dictionary.synsets[body.replace(/_$/, '')] = synset;
      return;
    }
    if (synset && body.startsWith('+') && !block) return void synset.push(body.slice(1).replace(/_$/, '').replaceAll('_', ' ').toLowerCase());
    if (!block) return problems.add(line, `"${body}" is outside any verb block (--- NAME [CODE] ---) or synonym set (&NAME)`);
    if (body.startsWith('-')) {
      const pattern = /^-\s*(.*?)\s*\[([^\]]*)\]$/.exec(body);
      if (!pattern) return problems.add(line, `pattern "${body}" does not end with a [CODE]`);
      const code = codeAt(pattern[2]!, line);
      if (code) block.patterns.push({ pattern: pattern[1]!, code, line });
      return;
    }
    const verb = /^(\+?[A-Z][A-Z_+'-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?$/.exec(body);
    if (!verb) return problems.add(line, `"${body}" is not a verb line: expected VERB, VERB {FORMS} and/or [CODE]`);
    const { words, verbIndex } = verbWords(verb[1]!);
    const entry: VerbEntry = { lemma: words.split(' ')[verbIndex]!, line };
    if (words.includes(' ')) entry.phrase = words;
    const forms = verb[2]?.trim().split(/\s+/).filter(Boolean).map((form) => verbWords(form).words);
    if (forms?.length) entry.forms = forms;
    if (verb[3] !== undefined) {
      const code = codeAt(verb[3], line);
      if (!code) return;
      entry.code = code;
    }
    block.verbs.push(entry);
  });
  return dictionary;
}
