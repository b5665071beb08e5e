/**
 * Re-DocRED (Tan et al., EMNLP 2022) as an evaluation: Wikipedia abstracts with every
 * relation between their entities annotated as Wikidata properties, turned into gold
 * relations by `eval/benchmarks/redocred.yaml`. Entities are the `vertexSet` clusters.
 */
import { z } from 'zod';
import { KgError } from '../../errors.ts';
import { textArticle } from '../text-article.ts';
import { parseJsonArray, readBenchmarkFile } from './json-records.ts';
import { loadReDocRedMapping, REDOCRED_MAPPING, scoredLabel, scoredTypes, type PropertyRule } from './mapping.ts';
import type { BenchmarkDocument, BenchmarkRelation, BenchmarkSplit, EntityMention } from './match.ts';
import { layOutTokens, PUNCTUATION_LAYOUT } from './token-text.ts';

const index = z.number().int().nonnegative();
const documentSchema = z.object({
  title: z.string(),
  sents: z.array(z.array(z.string())).min(1),
  /** Per entity, its mentions: sentence and token range [start, end) in it. */
  vertexSet: z.array(z.array(z.object({ name: z.string(), sent_id: index, pos: z.tuple([index, index]) })).min(1)),
  labels: z.array(z.object({ r: z.string().min(1), h: index, t: index })),
});

type ReDocRedDocument = z.infer<typeof documentSchema>;

function documentOf(raw: ReDocRedDocument, number: number, file: string, rules: Map<string, PropertyRule>): BenchmarkDocument {
  const fail = (message: string): never => {
    throw new KgError(`${file}: document ${number} ("${raw.title}"): ${message}; is it a Re-DocRED file?`);
  };
  const { text, tokens } = layOutTokens(raw.sents, PUNCTUATION_LAYOUT);
  const entities = new Map<string, EntityMention[]>();
  raw.vertexSet.forEach((mentions, entity) => {
    entities.set(
      String(entity),
      mentions.map(({ sent_id, pos: [first, last] }, mention) => {
        const sentence = tokens[sent_id];
        if (!sentence || first >= last || last > sentence.length) fail(`vertexSet[${entity}][${mention}] lies outside its sentence`);
        const start = sentence![first]!.start;
        const end = sentence![last - 1]!.end;
        return { start, end, text: text.slice(start, end) };
      }),
    );
  });
  const relations: BenchmarkRelation[] = raw.labels.flatMap(({ r, h, t }, label) => {
    if (h >= raw.vertexSet.length || t >= raw.vertexSet.length) fail(`labels[${label}] names an entity beyond vertexSet`);
    const rule = rules.get(r);
    if (!rule || h === t) return [];
    const [agent, patient] = rule.direction === 'reverse' ? [t, h] : [h, t];
    return [{ agent: String(agent), type: scoredLabel(rule.type), patient: String(patient), unordered: rule.direction === 'either' }];
  });
  return { article: textArticle(`redocred-${number}`, text, { file }), entities, relations };
}

/**
 * Reads a Re-DocRED split as benchmark documents under the mapping (default
 * `eval/benchmarks/redocred.yaml`). Throws a KgError naming file and document on bad input.
 */
export function readReDocRed(file: string, mappingFile = REDOCRED_MAPPING): BenchmarkSplit {
  const rules = loadReDocRedMapping(mappingFile).data.properties;
  const byProperty = new Map(rules.map((rule) => [rule.property, rule]));
  const raw = parseJsonArray(readBenchmarkFile(file, 'the Re-DocRED file'), file, documentSchema);
  return { documents: raw.map((doc, i) => documentOf(doc, i + 1, file, byProperty)), types: scoredTypes(rules) };
}
