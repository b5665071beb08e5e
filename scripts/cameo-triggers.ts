/**
 * `npm run cameo-triggers`: the trigger candidates the CAMEO verb dictionary offers each
 * relation type — verbs (from knowledge/verbs.json, PETRARCH2's CAMEO.2.0.txt) whose code
 * falls under one of the relation's `cameoEvents` in schema/ontology.yaml and that are not
 * triggers of it yet — printed as YAML trigger entries with their `source`. Candidates are
 * added to the ontology by hand after the development sets show them precise
 * (docs/pipeline.md, "Triggers from CAMEO"). With `--roles`, it prints instead the role nouns
 * of the agent dictionary (knowledge/agents.json, PETRARCH2's Phoenix.agents.txt: nouns that
 * denote a person, by agent code) that are no trigger yet, as HOLDS_ROLE entries with source
 * `Phoenix.agents:<code>`. Deterministic: sorted by relation, code, word.
 */
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge.ts';
import { loadOntology } from '../src/ontology/load.ts';
import type { RelationType } from '../src/ontology/types.ts';

const ontology = loadOntology();
const { verbs, agents } = loadKnowledgeBase({ topicPacks: false });
const triggerWords = (relation: RelationType) => new Set(relation.triggers.flatMap((trigger) => trigger.words.map((word) => word.tokens.join(' '))));

if (process.argv.includes('--roles')) printRoleCandidates();
else printVerbCandidates();

/** Person nouns of the agent dictionary that no relation has as a trigger, by agent code. */
function printRoleCandidates(): void {
  const known = new Set([...ontology.relations.values()].flatMap((relation) => [...triggerWords(relation)]));
  const byCode = new Map<string, Set<string>>();
  for (const agent of agents.agents) {
    if (agent.denotes !== 'person' || known.has(agent.phrase) || !/^[a-z][a-z' -]*[a-z]$/.test(agent.phrase)) continue;
    const code = agent.code.slice(0, 3);
    byCode.set(code, (byCode.get(code) ?? new Set()).add(agent.phrase));
  }
  console.log('# HOLDS_ROLE role nouns (Phoenix.agents.txt, person agents)');
  for (const [code, words] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    const nouns = `      - nouns: [${[...words].sort().join(', ')}]`;
    console.log([nouns, '        frames: [compound, of, possessive, as]', `        source: Phoenix.agents:${code}`, '        property: role'].join('\n'));
  }
}

/** CAMEO verbs under each relation's event codes that are no trigger of it yet. */
function printVerbCandidates(): void {
for (const relation of ontology.relations.values()) {
  if (relation.cameoEvents.length === 0) continue;
  const known = triggerWords(relation);
  const byCode = new Map<string, Set<string>>();
  for (const senses of verbs.byLemma.values()) {
    for (const sense of senses) {
      const code = sense.code?.code;
      const words = (sense.phrase ?? sense.lemma).toLowerCase();
      if (!code || known.has(words) || !/^[a-z][a-z -]*$/.test(words)) continue;
      if (!relation.cameoEvents.some((prefix) => code.startsWith(prefix))) continue;
      byCode.set(code, (byCode.get(code) ?? new Set()).add(words));
    }
  }
  if (byCode.size === 0) continue;
  console.log(`# ${relation.name} (cameoEvents ${relation.cameoEvents.join(', ')})`);
  for (const [code, words] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`      - verbs: [${[...words].sort().join(', ')}]\n        frames: [active, passive]\n        source: CAMEO.2.0:${code}`);
  }
}
}
