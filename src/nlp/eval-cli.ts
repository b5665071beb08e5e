/**
 * `npm run eval:parser -- FILE.conllu [FILE.conllu …] [--model PATH]`: tags and parses every
 * sentence of the files from their own tokens (gold tokenization) and from their raw text (this
 * layer's sentence splitter and tokenizer, words aligned by character offsets). The last line is
 * the gold-tokenization figures (`UPOS=… UAS=… LAS=…`), the line before it the raw-text ones;
 * a line before those gives the speed of `analyze` on the raw text (CPU time, first and second call).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KgError } from '../errors.ts';
import { readConllu } from './conllu.ts';
import { analyze, DEFAULT_MODEL_PATH, loadModel, parseTokens } from './index.ts';
import { figures, formatFigures, goldRawText, scoreGoldTokens, scoreRawText } from './score.ts';

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { model: { type: 'string', default: DEFAULT_MODEL_PATH } } });
  if (positionals.length === 0) throw new KgError('eval:parser: name at least one CoNLL-U file: npm run eval:parser -- FILE.conllu');
  for (const file of positionals) if (!existsSync(file)) throw new KgError(`eval:parser: ${file} does not exist; give the path of a CoNLL-U file`);
  const model = loadModel(values.model);
  const gold = positionals.flatMap((file) => readConllu(file));
  const words = gold.reduce((sum, sentence) => sum + sentence.words.length, 0);
  console.log(`eval:parser: ${positionals.join(', ')}: ${gold.length} sentences, ${words} words; model ${values.model}`);
  const text = goldRawText(gold);
  const runs = [0, 1].map(() => {
    const cpuBefore = process.cpuUsage();
    const sentences = analyze(text, model);
    const cpu = process.cpuUsage(cpuBefore);
    return { sentences, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  });
  const analysed = runs[0]!.sentences;
  const rate = (cpuSeconds: number) => Math.round(analysed.length / cpuSeconds);
  console.log(`speed: analyze (split, tokenize, tag, lemmatize, parse) ${analysed.length} sentences: first call ${rate(runs[0]!.cpuSeconds)}, ` +
    `second call ${rate(runs[1]!.cpuSeconds)} sentences per CPU-second (model loaded before)`);
  const fromText = scoreRawText(gold, text, analysed);
  const fromTokens = scoreGoldTokens(gold, gold.map((sentence) => parseTokens(sentence.words.map((word) => word.form), model)));
  console.log(`raw text (own sentence splitter and tokenizer): ${formatFigures(figures(fromText))}`);
  console.log(`gold tokenization: ${formatFigures(figures(fromTokens), ['UPOS', 'XPOS', 'Lemma', 'UAS', 'LAS', 'LAS:sub'])}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof KgError ? error.message : error);
  process.exit(error instanceof KgError ? error.exitCode : 1);
}
