/**
 * `npm run train:entities [-- --epochs N --prune W --types person,organization,place,other --no-gazetteer --out FILE]`:
 * trains the entity tagger (src/nlp/entity-tagger.ts) from GUM's entity annotation and writes
 * `models/en-entities.model.gz`. Training data: GUM's documents outside its dev/test/test2
 * lists, without any GUM_news_* document (the extraction test set). Each document's text (as
 * ner-gold.ts rebuilds it) is analysed by the shipped pipeline, so the tagger learns from the
 * tokens and tags it will see; its named, outermost mentions (ner-gold.ts) are the spans. The
 * gazetteer is the words and the whole names of the general knowledge's places and organisations
 * and the given names learnt from GUM's train documents. Dev F1 (GUM dev without GUM_news_*) is printed per
 * epoch, for tuning. Fixed seed: the same data gives the same file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KgError } from '../../errors.ts';
import { GUM_DIR, nerSplitFiles, readGumEntities, type NerDocument } from '../../evaluate/ner-gold.ts';
import { scoreNer, taggerEntities } from '../../evaluate/ner.ts';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge.ts';
import { gumFilesOutside } from '../conllu.ts';
import {
  createEntityModel,
  DEFAULT_ENTITY_MODEL_PATH,
  GAZETTEER_BITS,
  NAME_SHIFT,
  saveEntityModel,
  trainEntityTagger,
  type EntitySentence,
  type EntitySpan,
} from '../entity-tagger.ts';
import { analyze, loadModel } from '../index.ts';
import { tokenize } from '../tokenize.ts';
import type { ParsedSentence } from '../types.ts';
import { HELD_OUT_PREFIXES } from './train.ts';

const ATTRIBUTION =
  'Trained on the entity annotation of the GUM corpus (UD_English-GUM), annotations CC BY 4.0, Zeldes 2017; ' +
  'gazetteer words from the general knowledge (knowledge/countries.json: ODbL 1.0 world-countries; organizations.json: MIT PETRARCH2).';

/** A GUM document with the pipeline's analysis of its text. */
interface AnalysedDocument {
  document: NerDocument;
  sentences: ParsedSentence[];
}

/** GUM entity type → tagger type: the scored classes keep their name, every other named type is `other`. */
function taggerType(type: string, types: readonly string[]): string | undefined {
  if (types.includes(type)) return type;
  return types.includes('other') ? 'other' : undefined;
}

/** The named, outermost gold mentions of a sentence as token ranges; mentions whose edges fall inside a token are counted in `misaligned`. */
function sentenceSpans(document: NerDocument, sentence: ParsedSentence, types: readonly string[], misaligned: { count: number }): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (const entity of document.entities) {
    const type = taggerType(entity.type, types);
    if (!entity.named || entity.nested || !type || entity.start < sentence.start || entity.end > sentence.end) continue;
    const start = sentence.tokens.findIndex((token) => token.start === entity.start);
    const last = sentence.tokens.findIndex((token) => token.end === entity.end);
    if (start < 0 || last < start) misaligned.count++;
    else spans.push({ start, end: last + 1, type });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function analyseFiles(files: readonly string[]): AnalysedDocument[] {
  return files.map((file) => {
    const document = readGumEntities(readFileSync(file, 'utf8'), file);
    return { document, sentences: analyze(document.text) };
  });
}

/**
 * Lower-case words (of two letters or more, capitalised in the name) of the general layer's places and organisations, and
 * GUM's given names; and the places' and organisations' whole names, tokenized as the pipeline tokenizes text.
 */
function buildGazetteer(): Map<string, number> {
  const knowledge = loadKnowledgeBase({ topicPacks: false });
  const gazetteer = new Map<string, number>();
  const add = (name: string, bit: number) => {
    for (const word of name.split(/[\s,]+/)) {
      if (word.length < 2 || word[0] === word[0]!.toLowerCase()) continue;
      const key = word.toLowerCase();
      gazetteer.set(key, (gazetteer.get(key) ?? 0) | bit);
    }
  };
  const { tokenizer } = loadModel();
  const addName = (name: string, bit: number) => {
    const key = tokenize(tokenizer, name).map((token) => token.form.toLowerCase()).join(' ');
    gazetteer.set(key, (gazetteer.get(key) ?? 0) | (bit << NAME_SHIFT));
  };
  for (const actor of knowledge.catalog.actors) {
    const bit = actor.type === 'Country' || actor.type === 'Location' ? GAZETTEER_BITS.place : actor.type === 'Organization' ? GAZETTEER_BITS.organization : 0;
    if (!bit) continue;
    for (const name of [actor.name, ...actor.aliases]) {
      add(name, bit);
      addName(name, bit);
    }
  }
  for (const name of knowledge.nameCues.givenNames) add(name, GAZETTEER_BITS.person);
  return gazetteer;
}

const ratio = (value: number) => value.toFixed(3);

function main(): void {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '12' },
      prune: { type: 'string', default: '1' },
      seed: { type: 'string', default: '7' },
      types: { type: 'string', default: 'person,organization,place,other' },
      'no-gazetteer': { type: 'boolean', default: false },
      out: { type: 'string', default: DEFAULT_ENTITY_MODEL_PATH },
    },
  });
  const number = (name: 'epochs' | 'prune' | 'seed') => {
    const parsed = Number(values[name]);
    if (!Number.isFinite(parsed) || parsed < 0) throw new KgError(`train:entities: --${name} must be a non-negative number, got "${values[name]}"`);
    return parsed;
  };
  const types = values.types.split(',').map((type) => type.trim()).filter(Boolean);
  const began = Date.now();
  const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;
  const trainFiles = gumFilesOutside(GUM_DIR, ['dev', 'test', 'test2'], HELD_OUT_PREFIXES);
  if (trainFiles.length === 0) throw new KgError(`train:entities: no GUM documents in ${GUM_DIR}; is ../shared/data in place?`);
  const train = analyseFiles(trainFiles);
  const dev = analyseFiles(nerSplitFiles('dev'));
  const misaligned = { count: 0 };
  const documents: EntitySentence[][] = train.map(({ document, sentences: analysed }) =>
    analysed.map((sentence) => ({ tokens: sentence.tokens, spans: sentenceSpans(document, sentence, types, misaligned) })),
  );
  const sentences = documents.flat();
  const spans = sentences.reduce((sum, sentence) => sum + sentence.spans.length, 0);
  const tokens = sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
  console.log(`train: ${train.length} GUM documents, ${sentences.length} sentences, ${tokens} tokens, ${spans} entities ` +
    `(${misaligned.count} not on token edges, left out); dev: ${dev.length} documents (${elapsed()})`);
  const gazetteer = values['no-gazetteer'] ? new Map<string, number>() : buildGazetteer();
  const training = {
    documents: train.length, sentences: sentences.length, tokens, entities: spans, epochs: number('epochs'), seed: number('seed'),
    prune: number('prune'), gazetteerWords: gazetteer.size,
    excluded: 'GUM dev/test/test2 lists and every GUM_news_* document',
  };
  const header = { attribution: ATTRIBUTION, training, types };
  const devScore = (model: ReturnType<typeof createEntityModel>) => {
    const evaluation = scoreNer(dev.map((d) => d.document), dev.map((d) => taggerEntities(d.document.text, d.sentences, model)), true);
    const f1 = (cls: 'person' | 'organization' | 'place') => ratio(evaluation.byClass.get(cls)!.f1);
    return `dev F1 ${ratio(evaluation.micro.f1)} (person ${f1('person')}, organization ${f1('organization')}, place ${f1('place')})`;
  };
  const model = trainEntityTagger(documents, header, gazetteer, {
    epochs: number('epochs'), seed: number('seed'), minWeight: number('prune'),
    progress: (epoch, accuracy, weights) => {
      const partial = createEntityModel({ format: 'newsgraph-entities', ...header, gazetteer: [] }, weights());
      partial.gazetteer = gazetteer;
      console.log(`epoch ${epoch}: train token accuracy ${accuracy.toFixed(4)}; ${devScore(partial)} (${elapsed()})`);
    },
  });
  console.log(`final: ${devScore(model)}; ${model.weights.arrays.keys.length} features`);
  const bytes = saveEntityModel(values.out, model);
  console.log(`train:entities: wrote ${values.out} (${(bytes / 1e3).toFixed(0)} kB) in ${elapsed()}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof KgError ? error.message : error);
  process.exit(error instanceof KgError ? error.exitCode : 1);
}
