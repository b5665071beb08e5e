/**
 * The ground truth of a synthetic corpus and what is derived from it: the catalog of the
 * generated actors (the YAML `kg extract --catalog` reads), the `ground-truth.json`
 * layout, and scoring a graph document against it with the project's evaluator.
 */
import { readFile } from 'node:fs/promises';
import { nameKey } from '../catalog/normalize.ts';
import type { CatalogActor } from '../catalog/types.ts';
import type { ActorType, GraphDocument } from '../document/types.ts';
import type { GoldArticle } from '../evaluate/gold.ts';
import { scoreDocument, type Evaluation } from '../evaluate/score.ts';
import { KgError } from '../errors.ts';
import type { SynthOptions } from './corpus.ts';
import type { Population } from './population.ts';
import type { TruthRelation } from './writer.ts';

/** What one article states: a gold annotation (docs/annotation.md) plus dates. */
export interface TruthArticle {
  article: string;
  date: string;
  actors: string[];
  relations: Array<Omit<TruthRelation, 'article'>>;
}

/** Layout of ground-truth.json. */
export interface GroundTruth {
  generator: 'kg synth';
  seed: number;
  /** The --actors target the population was generated for. */
  actorsTarget: number;
  actors: Array<{ id: string; name: string; type: ActorType }>;
  articles: TruthArticle[];
}

/** One entry of a catalog file (src/catalog/schema.ts). */
type CatalogEntry = CatalogActor & { sharedAliases?: string[]; surname?: string };

/**
 * The catalog file content for a population. Aliases other actors also answer to go under
 * `sharedAliases`; one that is another actor's canonical name is left out.
 */
export function catalogDocument(population: Population): { actors: CatalogEntry[] } {
  const canonical = new Map(population.actors.map((actor) => [nameKey(actor.name), actor.id]));
  return {
    actors: population.actors.map((actor) => {
      const entry: CatalogEntry = { ...actor, aliases: [] };
      const shared: string[] = [];
      for (const alias of actor.aliases) {
        const key = nameKey(alias);
        const owner = canonical.get(key);
        if (owner !== undefined && owner !== actor.id) continue;
        (population.ambiguous.has(key) ? shared : entry.aliases).push(alias);
      }
      if (shared.length > 0) entry.sharedAliases = shared;
      const surname = population.surnames.get(actor.id);
      if (surname && !actor.name.endsWith(surname)) entry.surname = surname;
      return entry;
    }),
  };
}

/**
 * The start of ground-truth.json up to the opening of its `articles` list; the writer
 * streams the articles after it and closes with `]}`.
 */
export function groundTruthHeader(options: SynthOptions, population: Population): string {
  const actors = population.actors.map(({ id, name, type }) => ({ id, name, type }));
  const head = JSON.stringify({ generator: 'kg synth', seed: options.seed, actorsTarget: options.actors, actors });
  return `${head.slice(0, -1)},\n"articles":[\n`;
}

/** Reads a ground-truth.json written by `kg synth`. */
export async function readGroundTruth(path: string): Promise<GroundTruth> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new KgError(`synth: cannot read ground truth ${path} (${(error as Error).message}); regenerate it with kg synth.`);
  }
  const truth = value as Partial<GroundTruth>;
  if (truth?.generator !== 'kg synth' || !Array.isArray(truth.articles) || !Array.isArray(truth.actors)) {
    throw new KgError(`synth: ${path} is not a kg synth ground truth (no "generator": "kg synth", "actors" and "articles"); regenerate it with kg synth.`);
  }
  return truth as GroundTruth;
}

/** The ground truth as the evaluator's gold annotations. */
export function toGold(articles: readonly TruthArticle[]): GoldArticle[] {
  return articles.map(({ article, actors, relations }) => ({
    article,
    actors,
    relations: relations.map(({ source, type, target, properties, sentence }) => ({ source, type, target, sentence, ...(properties ? { properties } : {}) })),
  }));
}

/**
 * Precision and recall of the relations in `doc` against the ground truth (per type and
 * micro-averaged), with src/evaluate's matching rules: (article, source, type, target),
 * symmetric types in either order. Articles of `doc` absent from the truth are ignored.
 */
export function scoreAgainstGroundTruth(doc: GraphDocument, truth: Pick<GroundTruth, 'articles'>): Evaluation {
  return scoreDocument(toGold(truth.articles), doc);
}
