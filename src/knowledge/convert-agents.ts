/**
 * Agent nouns of the general layer, from PETRARCH's Phoenix.agents.txt: each role or group noun
 * with its CAMEO agent code, whether it names a person or a group (WordNet), its forms and the
 * Group id its plural (or the group noun itself) resolves to (knowledge/sources.yaml agentCodes).
 */
import { slugify } from '../catalog/normalize.ts';
import type { ProblemList } from './dictionary-problems.ts';
import type { AgentForm, AgentRecord } from './petrarch-agents.ts';
import type { SourcesConfig } from './sources-config.ts';
import type { AgentNoun } from './types.ts';
import type { WordnetNouns } from './wordnet-nouns.ts';

/** A form written out by a substitution set is plural when its last word is an inflection, not a lemma ("policemen"). */
function resolveNumber(form: AgentForm, wordnet: WordnetNouns): AgentForm {
  if (form.number !== 'listed') return form;
  const last = form.text.split(' ').pop()!;
  return { text: form.text, number: !wordnet.isLemma(last) && wordnet.baseOf(last) ? 'plural' : 'singular' };
}

/** Person or group: WordNet's first group-or-person sense of the whole phrase, else of its head noun; group when neither. */
function denotation(phrase: string, wordnet: WordnetNouns): AgentNoun['denotes'] {
  const head = phrase.split(' ').pop()!;
  return (wordnet.kindOf(phrase) ?? wordnet.kindOf(head) ?? wordnet.kindOf(wordnet.baseOf(head) ?? '')) ?? 'group';
}

/**
 * Converts agent records, sorted by phrase (then line). An agent code whose first three letters
 * are not in `agentCodes` is a problem at its line.
 */
export function convertAgents(
  records: readonly AgentRecord[],
  config: Pick<SourcesConfig, 'agentCodes'>,
  wordnet: WordnetNouns,
  problems: ProblemList,
): AgentNoun[] {
  const agents: AgentNoun[] = [];
  for (const record of records) {
    const known = config.agentCodes[record.code.slice(0, 3)];
    if (!known) {
      problems.add(record.line, `unknown CAMEO agent code "${record.code}": its first three letters are none of agentCodes in knowledge/sources.yaml`);
      continue;
    }
    const forms = record.forms.map((form) => resolveNumber(form, wordnet));
    const collective = forms.find((form) => form.number === 'plural' || form.number === 'invariant') ?? forms[0]!;
    agents.push({
      phrase: record.phrase,
      code: record.code,
      denotes: denotation(record.phrase, wordnet),
      forms,
      group: known.group ?? slugify(collective.text),
      line: record.line,
    });
  }
  return agents.sort((a, b) => (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : a.line - b.line));
}
