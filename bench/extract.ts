/**
 * `npm run bench:extract`: speed and memory of the extraction pipeline on one core.
 * Generates news-like articles from the seed sentences with catalog names swapped in
 * (small and self-contained; `kg synth` makes richer corpora), streams them one by one
 * through extractArticle, and reports sentences/s and peak RSS for two corpus sizes, each
 * in its own process so the RSS figures are independent. Flat RSS across sizes shows the
 * pipeline holds one article at a time.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createContext, extractArticle } from '../src/extract/index.ts';
import { DEFAULT_ARTICLES } from '../src/cli/inputs.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { readArticles, type Article } from '../src/ingest/index.ts';

const SIZES = [10_000, 20_000];
const SENTENCES_PER_ARTICLE = 14;
const TARGET_PER_SECOND = 10_000;

/** Small deterministic PRNG (mulberry32), so every run sees the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Yields `count` articles of seed sentences with the seed's people replaced by random catalog people. */
function* corpus(
  count: number,
  sentences: string[],
  people: Array<{ name: string; surname: string }>,
  seedPeople: Array<{ name: string; surname: string }>,
): Generator<Article> {
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  for (let i = 0; i < count; i++) {
    let text = Array.from({ length: SENTENCES_PER_ARTICLE }, () => pick(sentences)).join(' ');
    for (const person of seedPeople) {
      const other = pick(people);
      text = text.replaceAll(person.name, other.name).replaceAll(person.surname, other.surname);
    }
    yield { id: `bench-${i}`, date: '2022-01-09', title: null, source: null, url: null, text, contentHash: String(i), origin: { file: 'bench' } };
  }
}

/** Runs one corpus size in this process and prints a JSON line with its figures. */
async function measure(count: number): Promise<void> {
  const context = createContext();
  const { articles } = await readArticles([DEFAULT_ARTICLES], { strict: true });
  const sentences = articles.flatMap((article) => splitSentences(article.text).map((sentence) => sentence.text));
  const people = context.catalog.actors
    .filter((actor) => actor.type === 'Person' && actor.name.includes(' '))
    .map((actor) => ({ name: actor.name, surname: actor.name.split(' ').at(-1)! }));
  const seedPeople = people.filter((person) => articles.some((article) => article.text.includes(person.name)));
  let sentenceCount = 0;
  let relations = 0;
  let elapsed = 0;
  let cpu = 0;
  for (const article of corpus(count, sentences, people, seedPeople)) {
    const begin = performance.now();
    const cpuBegin = process.cpuUsage();
    const extraction = extractArticle(article, context);
    const used = process.cpuUsage(cpuBegin);
    cpu += (used.user + used.system) / 1000;
    elapsed += performance.now() - begin;
    relations += extraction.findings.length;
    sentenceCount += splitSentences(article.text).length;
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const cpuPerSecond = (sentenceCount * 1000) / cpu;
  console.log(
    JSON.stringify({
      articles: count,
      sentences: sentenceCount,
      relations,
      seconds: elapsed / 1000,
      sentencesPerSecond: (sentenceCount * 1000) / elapsed,
      cpuPerSecond,
      peakRssMb,
    }),
  );
}

const sizeArgument = process.argv.indexOf('--size');
if (sizeArgument > 0) {
  await measure(Number(process.argv[sizeArgument + 1]));
} else {
  console.log(`extraction, one core, ${SENTENCES_PER_ARTICLE} sentences per article (target ≥ ${TARGET_PER_SECOND} sentences/s)`);
  for (const size of SIZES) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(size)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench:extract: the run with ${size} articles failed:\n${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
    const verdict = result.cpuPerSecond >= TARGET_PER_SECOND ? 'ok' : 'BELOW TARGET';
    const rate = (value: number) => Math.round(value).toLocaleString('en-US').padStart(8);
    // CPU time is what one core costs; wall time also counts waiting for a busy machine.
    console.log(
      `${String(result.articles).padStart(7)} articles  ${String(result.sentences).padStart(8)} sentences  ${rate(result.cpuPerSecond)} sentences/s of CPU ` +
        `(${rate(result.sentencesPerSecond)} wall)  peak RSS ${Math.round(result.peakRssMb)} MB  ${verdict}`,
    );
  }
}
