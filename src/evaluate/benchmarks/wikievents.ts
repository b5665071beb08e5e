/**
 * WikiEvents (Li et al., NAACL 2021) as an evaluation: KAIROS events with typed arguments,
 * completely annotated, turned into gold relations by `eval/benchmarks/wikievents.yaml`.
 * `FILE.jsonl` comes with `FILE.coref.jsonlines` (entity clusters) next to it, and the type
 * inventory `meta.json` in the same folder, against which the mapping is checked when present.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { KgError } from '../../errors.ts';
import { textArticle } from '../text-article.ts';
import { parseJsonLines, readBenchmarkFile } from './json-records.ts';
import { eventTypesMatching, loadWikiEventsMapping, scoredLabel, scoredTypes, WIKIEVENTS_MAPPING, type EventRule, type WikiEventsMapping } from './mapping.ts';
import type { BenchmarkDocument, BenchmarkRelation, BenchmarkSplit, EntityMention } from './match.ts';
import { layOutTokens } from './token-text.ts';

const index = z.number().int().nonnegative();
const recordSchema = z.object({
  doc_id: z.string().min(1),
  tokens: z.array(z.string()),
  /** Per sentence: its tokens as [text, start, end] (document character offsets) and its text. */
  sentences: z.array(z.tuple([z.array(z.tuple([z.string(), index, index])), z.string()])),
  /** `start`/`end`: document token indices, end exclusive. */
  entity_mentions: z.array(z.object({ id: z.string().min(1), start: index, end: index, text: z.string(), entity_type: z.string().min(1) })),
  event_mentions: z.array(
    z.object({ event_type: z.string().min(1), arguments: z.array(z.object({ entity_id: z.string().min(1), role: z.string().min(1) })) }),
  ),
});
const corefSchema = z.object({ doc_key: z.string().min(1), clusters: z.array(z.array(z.string().min(1))) });
const metaSchema = z.array(z.tuple([z.string().min(1), z.array(z.string().min(1))]));

type WikiEventsRecord = z.infer<typeof recordSchema>;

/** `dev.jsonl` → `dev.coref.jsonlines`, the naming the benchmark uses. */
export const corefFileOf = (file: string): string => `${file.replace(/\.jsonl$/, '')}.coref.jsonlines`;

/** The event type → roles inventory of `meta.json` next to `file`, if there is one. */
export function readInventory(file: string): Map<string, Set<string>> | undefined {
  const meta = join(dirname(file), 'meta.json');
  if (!existsSync(meta)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readBenchmarkFile(meta, 'the WikiEvents type inventory'));
  } catch (error) {
    if (error instanceof KgError) throw error;
    throw new KgError(`${meta}: not valid JSON (${(error as Error).message}).`);
  }
  const result = metaSchema.safeParse(raw);
  if (!result.success) throw new KgError(`${meta}: expected [[event type, [roles…]], …]; is it WikiEvents' meta.json?`);
  return new Map(result.data.map(([type, roles]) => [type, new Set(roles)]));
}

/** Gold relations of one event under the rules that match its type; entities by cluster id. */
function relationsOfEvent(
  event: WikiEventsRecord['event_mentions'][number],
  rules: readonly EventRule[],
  entityOf: (mention: string) => string,
  isActor: (entity: string) => boolean,
): BenchmarkRelation[] {
  const relations: BenchmarkRelation[] = [];
  for (const rule of rules) {
    if (eventTypesMatching(rule.event, [event.event_type]).length === 0) continue;
    const type = scoredLabel(rule.type);
    const withRole = (roles: readonly string[] = []) => [
      ...new Set(event.arguments.filter((argument) => roles.includes(argument.role)).map((argument) => entityOf(argument.entity_id))),
    ].filter(isActor);
    if (rule.participants) {
      const participants = withRole(rule.participants);
      if (participants.length === 1) relations.push({ agent: null, type, patient: participants[0]!, unordered: true });
      participants.forEach((agent, i) =>
        participants.slice(i + 1).forEach((patient) => relations.push({ agent, type, patient, unordered: true })),
      );
      continue;
    }
    const agents = withRole(rule.agent);
    if (agents.length === 0 && rule.agentRequired) continue;
    for (const patient of withRole(rule.patient)) {
      for (const agent of agents.length === 0 ? [null] : agents) {
        if (agent !== patient) relations.push({ agent, type, patient, unordered: false });
      }
    }
  }
  return relations;
}

/** One record as a benchmark document: text rebuilt from its sentences, mentions as spans of it. */
function documentOf(record: WikiEventsRecord, file: string, line: number, clusters: readonly string[][], mapping: WikiEventsMapping): BenchmarkDocument {
  const fail = (message: string): never => {
    throw new KgError(`${file}:${line} (${record.doc_id}): ${message}; is it a WikiEvents file?`);
  };
  const sentenceTokens = record.sentences.map(([tokens]) => tokens);
  const tokenCount = sentenceTokens.flat().length;
  if (tokenCount !== record.tokens.length) fail(`its sentences hold ${tokenCount} tokens, "tokens" ${record.tokens.length}`);
  // Tokens keep their spacing inside a sentence; sentences (headlines and captions have no full stop) become paragraphs.
  const { text, tokens } = layOutTokens(
    sentenceTokens.map((sentence) => sentence.map(([token]) => token)),
    { spaceBefore: (_, i, s) => sentenceTokens[s]![i]![1] > sentenceTokens[s]![i - 1]![2], sentenceSeparator: '\n\n' },
  );
  const spans = tokens.flat();
  const mentions = new Map<string, EntityMention>();
  for (const mention of record.entity_mentions) {
    if (mention.start >= mention.end || mention.end > spans.length) {
      fail(`mention ${mention.id} spans tokens ${mention.start}–${mention.end} of ${spans.length}`);
    }
    const start = spans[mention.start]!.start;
    const end = spans[mention.end - 1]!.end;
    mentions.set(mention.id, { start, end, text: text.slice(start, end) });
  }
  const clusterOf = new Map<string, string>();
  for (const cluster of clusters) {
    for (const id of cluster) {
      if (!mentions.has(id)) fail(`the coreference file names mention ${id}, which the document lacks`);
      clusterOf.set(id, cluster[0]!);
    }
  }
  const entityOf = (id: string) => clusterOf.get(id) ?? id;
  const entities = new Map<string, EntityMention[]>();
  for (const [id, mention] of mentions) entities.set(entityOf(id), [...(entities.get(entityOf(id)) ?? []), mention]);
  // An entity is an actor when any of its mentions has an actor type (clusters mix "Russia" GPE with "it").
  const actorTypes = new Set(mapping.actorEntityTypes);
  const actors = new Set(record.entity_mentions.filter((mention) => actorTypes.has(mention.entity_type)).map((mention) => entityOf(mention.id)));
  const relations = record.event_mentions.flatMap((event) => {
    for (const argument of event.arguments) {
      if (!mentions.has(argument.entity_id)) fail(`an ${event.event_type} argument names mention ${argument.entity_id}, which the document lacks`);
    }
    return relationsOfEvent(event, mapping.events, entityOf, (entity) => actors.has(entity));
  });
  return { article: textArticle(record.doc_id, text, { file, line }), entities, relations };
}

/**
 * Reads a WikiEvents split and its coreference file as benchmark documents under the mapping
 * (default `eval/benchmarks/wikievents.yaml`). Throws a KgError naming file and line on bad input.
 */
export function readWikiEvents(file: string, mappingFile = WIKIEVENTS_MAPPING): BenchmarkSplit {
  const mapping = loadWikiEventsMapping(mappingFile, readInventory(file)).data;
  const records = parseJsonLines(readBenchmarkFile(file, 'the WikiEvents file'), file, recordSchema);
  const corefFile = corefFileOf(file);
  if (!existsSync(corefFile)) throw new KgError(`eval: ${corefFile} not found; WikiEvents needs its coreference file next to ${file}.`);
  const clustersOf = new Map<string, string[][]>();
  const ids = new Set(records.map(({ record }) => record.doc_id));
  for (const { line, record } of parseJsonLines(readBenchmarkFile(corefFile, 'the coreference file'), corefFile, corefSchema)) {
    if (!ids.has(record.doc_key)) throw new KgError(`${corefFile}:${line}: doc_key "${record.doc_key}" is no document of ${file}; are they the same split?`);
    clustersOf.set(record.doc_key, record.clusters);
  }
  const seen = new Set<string>();
  const documents = records.map(({ line, record }) => {
    if (seen.has(record.doc_id)) throw new KgError(`${file}:${line}: doc_id "${record.doc_id}" appears twice.`);
    seen.add(record.doc_id);
    return documentOf(record, file, line, clustersOf.get(record.doc_id) ?? [], mapping);
  });
  return { documents, types: scoredTypes(mapping.events) };
}
