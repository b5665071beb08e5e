/**
 * `npm run cameo-triggers`: the trigger candidates the CAMEO verb dictionary offers each
 * relation type — verbs (from knowledge/verbs.json, PETRARCH2's CAMEO.2.0.txt) whose code
 * falls under one of the relation's `cameoEvents` in schema/ontology.yaml and that are not
 * triggers of it yet — printed as YAML trigger entries with their `source`. Candidates are
 * added to the ontology by hand after the development sets show them precise
 * (docs/pipeline.md, "Triggers from CAMEO"). Deterministic: sorted by relation, code, verb.
 */
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge.ts';
import { loadOntology } from '../src/ontology/load.ts';

const ontology = loadOntology();
const { verbs } = loadKnowledgeBase({ topicPacks: false });
for (const relation of ontology.relations.values()) {
  if (relation.cameoEvents.length === 0) continue;
  const known = new Set(relation.triggers.flatMap((trigger) => trigger.words.map((word) => word.tokens.join(' '))));
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
