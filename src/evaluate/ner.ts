/**
 * Named-mention evaluation against GUM's entity annotation (gold read by ner-gold.ts). The
 * real mention pipeline (sentence analysis, mention finder, article resolution) runs on each
 * document's text; its mentions that resolve to an actor are typed by that actor: Person →
 * person, Organization and Group → organization, Country and Location → place. Gold keeps
 * GUM's named person and organization mentions that no other named mention contains. Place
 * is a non-actor class for recall (the extractor does not look for cities or regions) and
 * is scored for precision only: a system country on a GUM place is right. A system mention
 * on the span of a gold mention that is not scored (unnamed, nested, another type) counts
 * only when its class is wrong: a person on a place or an event is an error, a person on an
 * unnamed or nested person mention is not counted. Spans match exactly after trimming.
 * The statistical entity tagger (src/nlp/entity-tagger.ts) is scored the same way on the same
 * gold (`taggerEntities`), with place scored for recall too, since it looks for places.
 */
import type { ExtractionContext } from '../extract/index.ts';
import { findMentions } from '../extract/mentions.ts';
import { ArticleResolver } from '../extract/resolution.ts';
import type { ActorType } from '../document/types.ts';
import { type EntityModel, tagEntities } from '../nlp/entity-tagger.ts';
import type { ParsedSentence } from '../nlp/types.ts';
import type { GoldEntity, NerDocument } from './ner-gold.ts';
import { countsOf, type Counts } from './score.ts';

/** Classes scored: person and organization for P/R/F1, place for precision only. */
export const NER_CLASSES = ['person', 'organization', 'place'] as const;
export type NerClass = (typeof NER_CLASSES)[number];

const GOLD_CLASS: Readonly<Record<string, NerClass>> = { person: 'person', organization: 'organization', place: 'place' };
const SYSTEM_CLASS: Readonly<Record<ActorType, NerClass>> = {
  Person: 'person',
  Organization: 'organization',
  Group: 'organization',
  Country: 'place',
  Location: 'place',
};

/** One mention the extractor found, as a trimmed character span with its class. */
export interface SystemEntity {
  start: number;
  end: number;
  class: NerClass;
}

/** A wrong or missed mention, for the development report. */
export interface NerError {
  document: string;
  kind: 'spurious' | 'missed';
  class: NerClass;
  /** The mention's text; for a spurious mention on a gold span of another class, that class too. */
  text: string;
  goldClass?: string;
  sentence: string;
}

export interface NerEvaluation {
  byClass: Map<NerClass, Counts>;
  /** Micro average over person and organization. */
  micro: Counts;
  errors: NerError[];
}

/** A leading "the"/"a"/"an" and a trailing possessive are not part of a compared span. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const article = /^(?:the|an?)\s+/i.exec(text.slice(start, end));
  const from = article && article[0].length < end - start ? start + article[0].length : start;
  const possessive = /['’]s?$/.exec(text.slice(from, end));
  return { start: from, end: possessive && possessive.index > 0 ? from + possessive.index : end };
}

/**
 * The mentions the pipeline resolves to an actor in `document`'s text, typed by the actor's
 * type at the end of the article (a candidate is typed when first met).
 */
export function systemEntities(text: string, context: ExtractionContext): SystemEntity[] {
  const resolver = new ArticleResolver(context.index, null);
  const found: Array<{ start: number; end: number; actorId: string }> = [];
  for (const sentence of context.analyze(text)) {
    for (const { mention, actorId } of resolver.resolveSentence(sentence.index, findMentions(sentence, context.index), sentence.tokens)) {
      // Names only: "the Russian army" and "demonstrators" name no one, a catalogued group ("the Taliban") does.
      const named = mention.kind === 'name' || mention.kind === 'unknown' || (mention.kind === 'group' && context.catalog.byId.has(mention.groupId));
      if (!actorId || !named) continue;
      found.push({ ...trimSpan(text, mention.charStart, mention.charEnd), actorId });
    }
  }
  return found.flatMap(({ start, end, actorId }) => {
    const type = resolver.actors.get(actorId)?.type ?? context.catalog.byId.get(actorId)?.type;
    return type ? [{ start, end, class: SYSTEM_CLASS[type] }] : [];
  });
}

/** The entity tagger's mentions in a text's analysed sentences, typed by the tagger (types it has no class for are left out). */
export function taggerEntities(text: string, sentences: readonly ParsedSentence[], model: EntityModel): SystemEntity[] {
  const memory = new Map<number, number>();
  return sentences.flatMap(({ tokens }) =>
    tagEntities(tokens, model, memory).flatMap((span) => {
      const cls = GOLD_CLASS[span.type];
      return cls ? [{ ...trimSpan(text, tokens[span.start]!.start, tokens[span.end - 1]!.end), class: cls }] : [];
    }),
  );
}

const spanKey = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

/** Whether a gold mention is scored for recall: named, outermost, person or organization. */
export function isScoredGold(entity: GoldEntity): boolean {
  const cls = GOLD_CLASS[entity.type];
  return entity.named && !entity.nested && (cls === 'person' || cls === 'organization');
}

/**
 * Scores the system mentions of each document (same order as `documents`) against its gold;
 * `placeRecall` scores place like person and organization (P/R/F1), for systems that look for places.
 */
export function scoreNer(documents: readonly NerDocument[], systems: ReadonlyArray<readonly SystemEntity[]>, placeRecall = false): NerEvaluation {
  const isScored = (gold: GoldEntity) => isScoredGold(gold) || (placeRecall && gold.named && !gold.nested && gold.type === 'place');
  const tally = new Map(NER_CLASSES.map((cls) => [cls, { tp: 0, fp: 0, fn: 0 }]));
  const errors: NerError[] = [];
  documents.forEach((document, index) => {
    const sentenceOf = (start: number) => {
      const sentence = document.sentences.find((span) => span.start <= start && span.end > start);
      return sentence ? document.text.slice(sentence.start, sentence.end) : '';
    };
    const textOf = (span: { start: number; end: number }) => document.text.slice(span.start, span.end);
    const goldAt = new Map<string, GoldEntity[]>();
    for (const entity of document.entities) goldAt.set(spanKey(entity), [...(goldAt.get(spanKey(entity)) ?? []), entity]);
    const matched = new Set<GoldEntity>();
    for (const entity of systems[index] ?? []) {
      const golds = goldAt.get(spanKey(entity)) ?? [];
      const scored = golds.find((gold) => isScored(gold) && GOLD_CLASS[gold.type] === entity.class && !matched.has(gold));
      const counts = tally.get(entity.class)!;
      if (scored) {
        matched.add(scored);
        counts.tp++;
        continue;
      }
      // Unnamed or nested mentions of the same class are neither credited nor held against the system.
      if (golds.some((gold) => GOLD_CLASS[gold.type] === entity.class && !isScored(gold))) {
        if (entity.class === 'place' && !placeRecall) counts.tp++;
        continue;
      }
      counts.fp++;
      const goldClass = golds[0]?.type;
      const error: NerError = { document: document.id, kind: 'spurious', class: entity.class, text: textOf(entity), sentence: sentenceOf(entity.start) };
      errors.push(goldClass ? { ...error, goldClass } : error);
    }
    for (const gold of document.entities) {
      if (!isScored(gold) || matched.has(gold)) continue;
      const cls = GOLD_CLASS[gold.type]!;
      tally.get(cls)!.fn++;
      errors.push({ document: document.id, kind: 'missed', class: cls, text: textOf(gold), sentence: sentenceOf(gold.start) });
    }
  });
  const byClass = new Map([...tally].map(([cls, { tp, fp, fn }]) => [cls, countsOf(tp, fp, fn)]));
  const actorClasses = NER_CLASSES.filter((cls) => cls !== 'place').map((cls) => tally.get(cls)!);
  const sum = (key: 'tp' | 'fp' | 'fn') => actorClasses.reduce((total, counts) => total + counts[key], 0);
  return { byClass, micro: countsOf(sum('tp'), sum('fp'), sum('fn')), errors };
}
