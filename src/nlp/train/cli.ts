/**
 * `npm run train [-- --data DIR --out FILE --tagger-epochs N --parser-epochs N --labeller-epochs N --folds N --prune W --with-dev]`:
 * trains the NLP model from the UD treebanks and writes it (default: the shipped `models/en-ud.model.gz`); the dev
 * files are scored, or with `--with-dev` trained on too (the last step once settings are chosen on dev).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KgError } from '../../errors.ts';
import { DEFAULT_MODEL_PATH, saveModel } from '../index.ts';
import { train } from './train.ts';

const DEFAULT_DATA = fileURLToPath(new URL('../../../../shared/data/ud', import.meta.url));

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DEFAULT_DATA },
      out: { type: 'string', default: DEFAULT_MODEL_PATH },
      'tagger-epochs': { type: 'string' },
      'parser-epochs': { type: 'string' },
      'labeller-epochs': { type: 'string' },
      folds: { type: 'string' },
      prune: { type: 'string' },
      'with-dev': { type: 'boolean', default: false },
    },
  });
  if (!existsSync(values.data)) throw new KgError(`train: no treebanks at ${values.data}; pass --data DIR (the ud/ folder with ewt/ and gum/)`);
  const number = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new KgError(`train: --${name} must be a non-negative number, got "${value}"`);
    return parsed;
  };
  const began = Date.now();
  const options = {
    dataDir: values.data,
    taggerEpochs: number('tagger-epochs', values['tagger-epochs']),
    parserEpochs: number('parser-epochs', values['parser-epochs']),
    labellerEpochs: number('labeller-epochs', values['labeller-epochs']),
    folds: number('folds', values.folds),
    prune: number('prune', values.prune),
  };
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const model = train({ dataDir: values.data, withDev: values['with-dev'], ...defined });
  const bytes = saveModel(values.out, model);
  console.log(`train: wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB) in ${((Date.now() - began) / 1000).toFixed(0)} s`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof KgError ? error.message : error);
  process.exit(error instanceof KgError ? error.exitCode : 1);
}
