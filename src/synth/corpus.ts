/**
 * The synthetic corpus: news-like articles drawn from a generated population, each with
 * the relations its text states. Article i depends only on (seed, actors, i), so a corpus
 * can be streamed, generated in slices by workers, or regenerated to check a result.
 */
import { ALL_RELATION_TEMPLATES, DISTRACTOR_TEMPLATES, FILLER_TEMPLATES, type Cast, type Template } from './phrasings.ts';
import { generatePopulation, type Population } from './population.ts';
import { createRandom, type Random } from './random.ts';
import { ArticleWriter, type TruthRelation } from './writer.ts';

export type { TruthRelation } from './writer.ts';

export interface SynthOptions {
  /** Number of articles. */
  articles: number;
  /** Any integer; the same seed gives the same corpus. */
  seed: number;
  /** About how many actors the population has (at least ~40). */
  actors: number;
  /** Index of the first article to generate (to generate a slice of a corpus). */
  start: number;
}

export const SYNTH_DEFAULTS: SynthOptions = { articles: 100, seed: 1, actors: 200, start: 0 };

/** One generated article: the fields ingest reads, plus what its text states. */
export interface SynthArticle {
  id: string;
  date: string;
  title: string;
  source: string;
  url: null;
  text: string;
  /** Actor ids the text mentions. */
  actors: string[];
  relations: TruthRelation[];
}

const FIRST_DAY_MS = Date.UTC(2021, 0, 1);
const DAY_MS = 86_400_000;
const DATE_SPAN_DAYS = 4 * 365;
const OUTLETS = ['Steppe Herald', 'Continental Wire', 'The Morning Ledger', 'Eastern Dispatch', 'Frontier Post'];
const HEADLINES = ['Unrest spreads in', 'Talks on the crisis in', 'Arrests and appeals in', 'Pressure mounts on', 'A tense week in'];

/** What generating any article of a corpus needs, computed once per population. */
export interface CorpusContext {
  seed: number;
  population: Population;
}

/** Builds the population of a corpus. */
export function createCorpusContext(seed: number, actors: number): CorpusContext {
  return { seed, population: generatePopulation(seed, actors) };
}

/** Zero-padded so that file names sort in article order. */
export function synthArticleId(seed: number, index: number): string {
  return `synth-${seed}-${String(index).padStart(7, '0')}`;
}

function drawCast(random: Random, population: Population): Cast {
  const { countries, blocs, movements, kinships } = population;
  const home = random.pick(countries);
  const partner = random.pick(countries.filter((country) => country !== home));
  const homeKin = kinships.filter((kin) => kin.of.country === home.country.id);
  return {
    home,
    partner,
    bloc: blocs.find((bloc) => bloc.members.includes(home.country)),
    movement: movements.find((movement) => movement.country === home),
    kin: homeKin.length > 0 ? random.pick(homeKin) : undefined,
  };
}

/**
 * Writes one sentence from the first template (of up to five draws) that fits the cast
 * and does not repeat a sentence of the article.
 */
function writeSentence(writer: ArticleWriter, cast: Cast, templates: readonly Template[], written: Set<string>): string | null {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const text = writer.random.pick(templates)(writer, cast);
    if (text !== null && !written.has(text)) {
      written.add(text);
      return writer.finish(text);
    }
    writer.discard();
  }
  return null;
}

/** Generates article `index` of the corpus described by `context`. */
export function generateArticle(context: CorpusContext, index: number): SynthArticle {
  const random = createRandom(context.seed, 0xa271c1e5, index);
  const id = synthArticleId(context.seed, index);
  const dateMs = FIRST_DAY_MS + random.int(0, DATE_SPAN_DAYS - 1) * DAY_MS;
  const cast = drawCast(random, context.population);
  const writer = new ArticleWriter(random, context.population, id, dateMs);

  const paragraphs: string[] = [];
  let sentences: string[] = [];
  const written = new Set<string>();
  const total = random.int(8, 16);
  for (let n = 0; n < total; n += 1) {
    const roll = random.next();
    const templates = roll < 0.6 ? ALL_RELATION_TEMPLATES : roll < 0.8 ? DISTRACTOR_TEMPLATES : FILLER_TEMPLATES;
    const sentence = writeSentence(writer, cast, templates, written);
    if (sentence) sentences.push(sentence);
    if (sentences.length >= 3 && (random.chance(0.3) || n === total - 1)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));

  return {
    id,
    date: new Date(dateMs).toISOString().slice(0, 10),
    title: `${random.pick(HEADLINES)} ${cast.home.country.name}`,
    source: random.pick(OUTLETS),
    url: null,
    text: paragraphs.join('\n\n'),
    actors: [...writer.mentioned],
    relations: writer.relations,
  };
}

