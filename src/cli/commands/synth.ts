/**
 * `kg synth`: writes a deterministic synthetic news corpus with its catalog and ground
 * truth (see docs/benchmarks.md), for measuring extraction accuracy and speed at sizes
 * the seed articles cannot reach.
 */
import { Option } from 'commander';
import { SYNTH_DEFAULTS } from '../../synth/corpus.ts';
import { writeCorpus, type CorpusFormat } from '../../synth/write-corpus.ts';
import { wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';

interface SynthOptions {
  articles: number;
  out: string;
  seed: number;
  actors: number;
  format: CorpusFormat;
}

export const command: KgCommand<SynthOptions> = {
  summary: 'Write a synthetic news corpus with its catalog and ground truth',
  configure: (command) =>
    command
      .description('Generates N news-like articles about a generated population of actors, and writes\n' +
        '  DIR/articles/<id>.md (or DIR/articles.jsonl with --format jsonl)\n' +
        '  DIR/catalog.yaml        the generated actors, for kg extract --catalog\n' +
        '  DIR/ground-truth.json   per article: actors mentioned, relations stated, with their sentence')
      .addHelpText('after', '\nThe same arguments always give byte-identical files.')
      .requiredOption('--articles <n>', 'number of articles', wholeNumber())
      .requiredOption('--out <dir>', 'output directory (new, empty, or an earlier kg synth output)')
      .option('--seed <n>', 'any integer', wholeNumber(-(2 ** 31)), SYNTH_DEFAULTS.seed)
      .option('--actors <n>', 'about how many actors to generate', wholeNumber(40), SYNTH_DEFAULTS.actors)
      .addOption(new Option('--format <format>', 'md: one front-matter file per article; jsonl: one JSON Lines file').choices(['md', 'jsonl']).default('md')),
  async run(options) {
    const written = await writeCorpus(options);
    const mb = (written.bytes / 1e6).toFixed(1);
    console.log(`kg synth: ${written.articles} articles (${mb} MB), ${written.actors} actors, ${written.relations} ground-truth relations → ${options.out}`);
    return 0;
  },
};
