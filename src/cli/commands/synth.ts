/**
 * `kg synth`: writes a deterministic synthetic news corpus with its catalog and ground
 * truth (see docs/benchmarks.md), for measuring extraction accuracy and speed at sizes
 * the seed articles cannot reach.
 */
import { KgError } from '../../errors.ts';
import { SYNTH_DEFAULTS } from '../../synth/corpus.ts';
import { writeCorpus, type CorpusFormat } from '../../synth/write-corpus.ts';
import { choiceOption, integerOption, parseCommandArgs } from '../options.ts';
import type { Command } from '../types.ts';

const usage = `Usage: kg synth --articles N --out DIR [--seed ${SYNTH_DEFAULTS.seed}] [--actors ${SYNTH_DEFAULTS.actors}] [--format md|jsonl]

Generates N news-like articles about a generated population of actors, and writes
  DIR/articles/<id>.md (or DIR/articles.jsonl with --format jsonl)
  DIR/catalog.yaml        the generated actors, for kg extract --catalog
  DIR/ground-truth.json   per article: actors mentioned, relations stated, with their sentence
The same arguments always give byte-identical files.
  --articles  number of articles (required)
  --out       output directory (new, empty, or an earlier kg synth output)
  --seed      any integer (default ${SYNTH_DEFAULTS.seed})
  --actors    about how many actors to generate, at least 40 (default ${SYNTH_DEFAULTS.actors})
  --format    md: one front-matter file per article (default); jsonl: one JSON Lines file`;

export const command: Command = {
  summary: 'Write a synthetic news corpus with its catalog and ground truth',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs('synth', usage, {
      args: argv,
      options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, actors: { type: 'string' }, format: { type: 'string' } },
    });
    if (values.articles === undefined || !values.out) throw new KgError(`synth: --articles and --out are required.\n\n${usage}`, { exitCode: 2 });
    const articles = integerOption('synth', '--articles', values.articles, 0);
    const format = choiceOption<CorpusFormat>('synth', '--format', values.format, ['md', 'jsonl'], 'md');
    const written = await writeCorpus({
      out: values.out,
      format,
      articles,
      seed: integerOption('synth', '--seed', values.seed, SYNTH_DEFAULTS.seed, -(2 ** 31)),
      actors: integerOption('synth', '--actors', values.actors, SYNTH_DEFAULTS.actors, 40),
    });
    const mb = (written.bytes / 1e6).toFixed(1);
    console.log(`kg synth: ${written.articles} articles (${mb} MB), ${written.actors} actors, ${written.relations} ground-truth relations → ${values.out}`);
    return 0;
  },
};
