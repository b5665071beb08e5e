/**
 * Reader for the PETRARCH agent dictionary (Phoenix.agents.txt): role and group nouns with
 * their CAMEO agent codes (`POLICE {} [~COP]`, `ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]`),
 * `!SET!` substitution markers and the dictionary's plural rules (dictionaries.rst).
 */
import type { ProblemList } from './dictionary-problems.ts';
import { phraseWords } from './petrarch-actors.ts';

/**
 * One written form of an agent noun. `invariant`: the entry nulls its plural (`{}`: "police");
 * `listed`: written out by a substitution set ("policemen"), number not stated by the dictionary.
 */
export interface AgentForm {
  text: string;
  number: 'singular' | 'plural' | 'invariant' | 'listed';
}

export interface AgentRecord {
  line: number;
  /** Singular phrase, lower case ("riot police", "foreign minister"). */
  phrase: string;
  /** The code without its `~` ("GOVFRM"). */
  code: string;
  /** True for `[NGO~]`-style codes, which PETRARCH puts before the actor code instead of after it. */
  prefix: boolean;
  forms: AgentForm[];
}

const ENTRY_RE = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/;
const CODE_RE = /^(?:~([A-Z]{3,}[A-Z0-9]*)|([A-Z]{3,}[A-Z0-9]*)~)$/;
const SUBSTITUTION_RE = /^!([A-Z]+)!\s*=\s*(.+)$/;

/** The dictionaries' regular plural of the last word: +S, Y → IES (after a consonant), SS → ES. */
export function regularPlural(phrase: string): string {
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  if (/(?:ss|sh|ch|x)$/.test(phrase)) return `${phrase}es`;
  return `${phrase}s`;
}

/** Lower-case words of a phrase string, or undefined when it is not one. */
function words(phrase: string): string | undefined {
  return phraseWords(phrase.trim())?.toLowerCase();
}

/**
 * Reads the agent dictionary. Malformed lines (no code, a code that is not `~CODE` or `CODE~`,
 * an unknown `!SET!`) are added to `problems` and skipped.
 */
export function readAgentDictionary(text: string, problems: ProblemList): AgentRecord[] {
  const substitutions = new Map<string, string[]>();
  const records: AgentRecord[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const hash = raw.indexOf('#');
    const body = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (!body || body.startsWith('<!--')) return;
    const set = SUBSTITUTION_RE.exec(body);
    if (set) return void substitutions.set(set[1]!, set[2]!.split(',').map((item) => item.trim().toLowerCase()));
    const entry = ENTRY_RE.exec(body);
    if (!entry) return problems.add(line, `"${body}" is not an agent entry: expected PHRASE [~CODE] or PHRASE {PLURAL} [~CODE]`);
    const code = CODE_RE.exec(entry[3]!.trim());
    if (!code) return problems.add(line, `"[${entry[3]}]" is not an agent code: expected [~CODE] or [CODE~]`);
    const marker = /!([A-Z]+)!/.exec(entry[1]!);
    const items = marker ? substitutions.get(marker[1]!) : [''];
    if (!items) return problems.add(line, `unknown substitution set !${marker![1]}!; define it (!NAME! = A, B) before its first use`);
    const expansions = items.map((item) => words(marker ? entry[1]!.replace(marker[0], item) : entry[1]!));
    if (expansions.some((phrase) => !phrase)) return problems.add(line, `"${entry[1]!.trim()}" is not an agent phrase`);
    const phrases = expansions as string[];
    const plural = entry[2];
    const explicit = plural === undefined ? undefined : words(plural);
    if (plural?.trim() && !explicit) return problems.add(line, `"{${plural}}" is not a plural phrase`);
    // A substitution set lists every form itself: "no additional plural formation".
    const forms: AgentForm[] = marker
      ? phrases.map((text) => ({ text, number: 'listed' }))
      : plural === undefined
        ? [{ text: phrases[0]!, number: 'singular' }, { text: regularPlural(phrases[0]!), number: 'plural' }]
        : explicit
          ? [{ text: phrases[0]!, number: 'singular' }, { text: explicit, number: 'plural' }]
          : [{ text: phrases[0]!, number: 'invariant' }];
    records.push({ line, phrase: phrases[0]!, code: code[1] ?? code[2]!, prefix: code[2] !== undefined, forms });
  });
  return records;
}
